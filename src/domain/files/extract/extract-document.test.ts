// The extractors run in-process here (the pool's own tests cover the worker threads).
import { Document, ExternalHyperlink, FootnoteReferenceRun, ImageRun, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import mammoth from 'mammoth';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import {
  FOUR_LANGUAGES,
  makeCorruptPdf,
  makeDocx,
  makeDocxZipBomb,
  makeLongDocx,
  makeEncryptedPdf,
  makePdf,
  makePdfStreamBomb,
  makePptx,
  makeTruncated,
  sampleProse,
} from '../../../../tests/support/documents';
import { AppError, type ErrorCode } from '../../errors';
import { documentXmlText, MAMMOTH_MAX_XML_BYTES } from './extract-docx';
import { extractDocument } from './extract-document';
import { joinTextItems } from './extract-pdf';
import { slideText } from './extract-pptx';
import { paginate, PSEUDO_PAGE_CHARS, tidy } from './paginate';

const words = (s: string) => s.replace(/\s+/g, ' ').trim();

async function failure(promise: Promise<unknown>): Promise<ErrorCode> {
  const err = await promise.then(
    () => {
      throw new Error('expected extraction to fail');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

describe('extractDocument: PDF', () => {
  it('returns the text of every page with accents intact', async () => {
    const result = await extractDocument(await makePdf(FOUR_LANGUAGES), 'pdf');
    expect(result).toEqual({ pages: FOUR_LANGUAGES, pageCount: 4 });
  });

  it('ends wrapped lines with a line break, so words from adjacent lines never run together', async () => {
    const long = sampleProse(800, 3);
    const { pages } = await extractDocument(await makePdf([long, 'fin']), 'pdf');
    expect(pages[0]!.split('\n').length).toBeGreaterThan(20); // the maker really wrapped it
    expect(words(pages[0]!)).toBe(long);
  });

  it('joinTextItems honours hasEOL and skips marked-content markers', () => {
    const item = (str: string, hasEOL = false) => ({ str, hasEOL, dir: 'ltr', transform: [], width: 0, height: 0, fontName: 'F1' });
    expect(joinTextItems([item('first', true), { type: 'beginMarkedContent' as const, id: 'mc0' }, item('line'), item(' '), item('two', true), item('', true)])).toBe('first\nline two');
  });

  it('keeps empty pages so page numbers still line up', async () => {
    const { pages, pageCount } = await extractDocument(await makePdf(['one', '', 'three']), 'pdf');
    expect(pages).toEqual(['one', '', 'three']);
    expect(pageCount).toBe(3);
  });

  it('FILE_ENCRYPTED for a password-protected PDF', async () => {
    expect(await failure(extractDocument(await makeEncryptedPdf(['secret notes']), 'pdf'))).toBe('FILE_ENCRYPTED');
  });

  it('FILE_CORRUPT for a damaged PDF, FILE_EMPTY for a zero-byte one', async () => {
    expect(await failure(extractDocument(makeCorruptPdf(), 'pdf'))).toBe('FILE_CORRUPT');
    expect(await failure(extractDocument(new Uint8Array(0), 'pdf'))).toBe('FILE_EMPTY');
    expect(await failure(extractDocument(await makeDocx(['not a pdf']), 'pdf'))).toBe('FILE_CORRUPT');
  });

  it('does not detach the caller\'s bytes (pdf.js transfers what it is given)', async () => {
    const pdf = await makePdf(['x']);
    const length = pdf.byteLength;
    await extractDocument(pdf, 'pdf');
    expect(pdf.byteLength).toBe(length);
  });
});

describe('the test document makers are honest', () => {
  async function pdfText(bytes: Uint8Array, password?: string) {
    const doc = await getDocument({ data: bytes.slice(), password, isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const page = await doc.getPage(1);
      return joinTextItems((await page.getTextContent()).items);
    } finally {
      await doc.destroy();
    }
  }

  it('makeEncryptedPdf: pdf.js needs the password, and with it reads the original text', async () => {
    const encrypted = await makeEncryptedPdf(['Chiffré : élève'], 'mot de passe');
    const err = await pdfText(encrypted).catch((e: unknown) => e);
    expect((err as Error).name).toBe('PasswordException');
    expect(await pdfText(encrypted, 'mot de passe')).toBe('Chiffré : élève');
    expect(Buffer.from(encrypted).includes('Chiffr')).toBe(false);
  });

  it('makePdf replaces what Helvetica cannot draw instead of throwing', async () => {
    const { pages } = await extractDocument(await makePdf(['Łódź, Dvořák, 中文 and ő']), 'pdf');
    expect(pages[0]).toBe('?ódz, Dvorák, ?? and o'); // ó and á are WinAnsi; ł, 中 are not; ź, ř, ő lose their accent
  });
});

describe('extractDocument: DOCX', () => {
  it('returns the paragraphs with accents intact; no page count when Word did not record one', async () => {
    const result = await extractDocument(await makeDocx(FOUR_LANGUAGES), 'docx');
    expect(result.pageCount).toBeNull();
    expect(result.pages).toEqual([FOUR_LANGUAGES.join('\n\n')]);
  });

  it('splits long documents into ~3000-character pseudo pages without losing or cutting words', async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => sampleProse(90, i + 1));
    const { pages } = await extractDocument(await makeDocx(paragraphs), 'docx');
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(PSEUDO_PAGE_CHARS);
    expect(words(pages.join(' '))).toBe(words(paragraphs.join(' ')));
  });

  it('keeps the text around pictures (pictures are never handed to mammoth)', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC', 'base64');
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('Avant'), new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } }), new TextRun('après')] })] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(Object.keys(unzipSync(bytes)).some((name) => name.startsWith('word/media/'))).toBe(true);
    const { pages, html } = await extractDocument(bytes, 'docx');
    expect(pages).toEqual(['Avantaprès']);
    // The preview keeps the picture's place, not its bytes.
    expect(html).toBe('<p>Avant<img src="" />après</p>');
  });

  it('reads a DOCX’s text from the same read as its preview, exactly as mammoth’s extractRawText does', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('A footnote')] } },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Name'), new TextRun({ children: [new Tab(), 'Grade'] }), new TextRun({ text: 'Line two', break: 1 })] }),
            new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.org', children: [new TextRun('the syllabus')] }), new TextRun(' — '), new FootnoteReferenceRun(1)] }),
            new Table({ rows: [new TableRow({ children: [cell('Week'), cell('Topic')] }), new TableRow({ children: [cell('1'), cell('Entropy')] })] }),
            new Paragraph('Écrivez sur « Napoléon » & <script>'),
          ],
        },
      ],
    });
    const buffer = await Packer.toBuffer(doc);
    const { pages, html } = await extractDocument(new Uint8Array(buffer), 'docx');
    expect(pages).toEqual(paginate(tidy((await mammoth.extractRawText({ buffer })).value)));
    expect(pages.join('\n')).toContain('Name\tGrade');
    expect(html).toContain('<td><p>Entropy</p></td>');
  });

  it('renders the viewer HTML of a DOCX with its text escaped, not interpreted', async () => {
    const { html } = await extractDocument(await makeDocx(['Essay', 'Écrivez sur <Napoléon> & <script>alert(1)</script>']), 'docx');
    expect(html).toBe('<p>Essay</p><p>Écrivez sur &lt;Napoléon&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('reads runs, tabs, breaks and entities straight from document.xml, without deleted text or tab stops', () => {
    const xml =
      '<w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Name</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Score &amp; grade </w:t></w:r>' +
      '<w:del><w:r><w:delText>withdrawn</w:delText></w:r></w:del><w:r><w:br w:type="page"/><w:t>Seite &#x32;</w:t></w:r></w:p><w:p><w:r><w:t>Fin</w:t></w:r></w:p></w:body>';
    expect(documentXmlText(xml)).toBe('Name\tScore & grade \nSeite 2\n\nFin\n\n');
  });

  it('reads a text box once, though Word writes it twice (modern and fallback)', () => {
    const box = (inner: string) => `<w:txbxContent><w:p><w:r><w:t>${inner}</w:t></w:r></w:p></w:txbxContent>`;
    const xml =
      '<w:body><w:p><w:r><w:t>Before</w:t></w:r><w:r><mc:AlternateContent>' +
      `<mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('Key dates')}</wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox>${box('Key dates')}</v:textbox></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r><w:r><w:t>After</w:t></w:r></w:p></w:body>';
    expect(documentXmlText(xml)).toBe('BeforeKey dates\n\nAfter\n\n');
    // A choice inside a choice (a text box within a grouped shape) goes with its outer one.
    const nested =
      '<w:p><mc:AlternateContent><mc:Choice Requires="wpg"><mc:AlternateContent><mc:Choice Requires="wps"><w:t>Inner</w:t></mc:Choice>' +
      '<mc:Fallback><w:t>Inner</w:t></mc:Fallback></mc:AlternateContent><w:t>Group</w:t></mc:Choice>' +
      '<mc:Fallback><w:t>Group fallback</w:t></mc:Fallback></mc:AlternateContent></w:p>';
    expect(documentXmlText(nested)).toBe('Group fallback\n\n');
    // A choice left open (a damaged file) keeps its text rather than losing the rest of the document.
    expect(documentXmlText('<w:p><w:t>A</w:t><mc:Choice Requires="wps"><w:t>B</w:t></w:p>')).toBe('AB\n\n');
  });

  it('reads document.xml by its namespaces, whatever prefixes the writer chose', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
    const body = (w: string, mc: string) =>
      `<${w}body><${w}p><${w}r><${w}t>Lecture</${w}t><${w}tab/><${w}t>notes</${w}t></${w}r>` +
      `<${mc}AlternateContent><${mc}Choice Requires="wps"><${w}t>twice</${w}t></${mc}Choice><${mc}Fallback><${w}t> once</${w}t></${mc}Fallback></${mc}AlternateContent></${w}p>` +
      `<${w}p><${w}r><${w}t>Week 2</${w}t></${w}r></${w}p></${w}body>`;
    const expected = 'Lecture\tnotes once\n\nWeek 2\n\n';
    const prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    expect(documentXmlText(`${prolog}<ns0:document xmlns:ns0="${W}" xmlns:ns1='${MC}'>${body('ns0:', 'ns1:')}</ns0:document>`)).toBe(expected);
    // A default namespace: elements have no prefix, and <a:t> (another namespace's) is not Word's text.
    expect(documentXmlText(`${prolog}<document xmlns="${W}" xmlns:a="urn:x" xmlns:m.c="${MC}">${body('', 'm.c:')}<a:t>drawing</a:t></document>`)).toBe(expected);
    // Word's own prefixes, declared, and the same namespace bound twice.
    expect(documentXmlText(`<w:document xmlns:w="${W}" xmlns:mc="${MC}">${body('w:', 'mc:')}</w:document>`)).toBe(expected);
    expect(documentXmlText(`<document xmlns="${W}" xmlns:w="${W}" xmlns:mc="${MC}">${body('w:', 'mc:')}</document>`)).toBe(expected);
  });

  it('reads a document too long for mammoth (a course reader of hundreds of pages) from its XML, with no preview', async () => {
    const bytes = await makeLongDocx(40_000, (i) => `Paragraph ${i}: ${sampleProse(14, i + 1)}`);
    expect(unzipSync(bytes)['word/document.xml']!.byteLength).toBeGreaterThan(MAMMOTH_MAX_XML_BYTES);
    const result = await extractDocument(bytes, 'docx');
    expect(result.html).toBeUndefined();
    const text = result.pages.join('\n\n');
    expect(text.startsWith('Paragraph 0: ')).toBe(true);
    expect(text).toContain('Paragraph 39999: ');
    expect(result.pages.length).toBeGreaterThan(1000);
  });

  it('reports the page count Word saved in docProps/app.xml', async () => {
    const files = unzipSync(await makeDocx(['Seite eins']));
    files['docProps/app.xml'] = strToU8('<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Pages>12</Pages><Words>3</Words></Properties>');
    expect((await extractDocument(zipSync(files), 'docx')).pageCount).toBe(12);
  });

  it('FILE_CORRUPT for a truncated DOCX', async () => {
    const docx = await makeDocx(FOUR_LANGUAGES);
    expect(await failure(extractDocument(makeTruncated(docx, 0.5), 'docx'))).toBe('FILE_CORRUPT');
    expect(await failure(extractDocument(makeTruncated(docx, 0.98), 'docx'))).toBe('FILE_CORRUPT');
  });

  it('FILE_TOO_COMPLEX for a zip bomb, long before it is inflated', async () => {
    const started = performance.now();
    expect(await failure(extractDocument(makeDocxZipBomb(), 'docx'))).toBe('FILE_TOO_COMPLEX');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('FILE_CORRUPT for a zip that is not a Word document', async () => {
    expect(await failure(extractDocument(zipSync({ 'a.txt': strToU8('hello') }), 'docx'))).toBe('FILE_CORRUPT');
  });
});

describe('extractDocument: PPTX', () => {
  it('returns one page per slide with accents intact', async () => {
    const result = await extractDocument(await makePptx([FOUR_LANGUAGES.slice(0, 2), FOUR_LANGUAGES.slice(2), []]), 'pptx');
    expect(result).toEqual({ pages: [FOUR_LANGUAGES.slice(0, 2).join('\n'), FOUR_LANGUAGES.slice(2).join('\n'), ''], pageCount: 3 });
  });

  it('orders slides as the presentation lists them, not by file name', async () => {
    const files = unzipSync(await makePptx([['first'], ['second'], ['third']]));
    const rels = new TextDecoder().decode(files['ppt/_rels/presentation.xml.rels']);
    // Swap the targets of slide 1 and slide 3: the deck now shows slide3.xml first.
    files['ppt/_rels/presentation.xml.rels'] = strToU8(rels.replace('slides/slide1.xml', 'slides/TMP').replace('slides/slide3.xml', 'slides/slide1.xml').replace('slides/TMP', 'slides/slide3.xml'));
    expect((await extractDocument(zipSync(files), 'pptx')).pages).toEqual(['third', 'second', 'first']);
  });

  it('slideText: runs joined, paragraphs and breaks as lines, entities decoded', () => {
    const xml =
      '<p:sld><a:p><a:r><a:t>Caf</a:t></a:r><a:r><a:t>é &amp; cr&#232;me</a:t></a:r></a:p><a:p/>' +
      '<a:p><a:r><a:t>line</a:t></a:r><a:br/><a:r><a:t xml:space="preserve">&lt;two&gt;</a:t></a:r></a:p><a:tbl><a:p><a:r><a:t>cell</a:t></a:r></a:p></a:tbl></p:sld>';
    expect(slideText(xml)).toBe('Café & crème\n\nline\n<two>\ncell');
  });

  it('FILE_CORRUPT for a truncated deck, FILE_TOO_COMPLEX for a bomb', async () => {
    expect(await failure(extractDocument(makeTruncated(await makePptx([['x']]), 0.7), 'pptx'))).toBe('FILE_CORRUPT');
    expect(await failure(extractDocument(makeDocxZipBomb(), 'pptx'))).toBe('FILE_TOO_COMPLEX');
  });
});

describe('extractDocument: text, Markdown, images', () => {
  it('decodes UTF-8, strips the BOM and normalises line ends', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('# Résumé\r\n\r\nGröße — niño\r\n')]);
    expect(await extractDocument(bytes, 'markdown')).toEqual({ pages: ['# Résumé\n\nGröße — niño'], pageCount: null });
  });

  it('decodes Windows-1252 text that is not UTF-8', async () => {
    const bytes = new Uint8Array(Buffer.from('Caf\xe9 cr\xe8me \x96 Stra\xdfe \x80 5\r\n', 'latin1'));
    expect(await extractDocument(bytes, 'text')).toEqual({ pages: ['Café crème – Straße € 5'], pageCount: null });
  });

  it('FILE_CORRUPT when the rest of a text file is neither UTF-8 nor Windows-1252 text', async () => {
    expect(await failure(extractDocument(new Uint8Array([...Buffer.from('ok '), 0xe9, 0x1b]), 'text'))).toBe('FILE_CORRUPT');
    expect(await failure(extractDocument(new Uint8Array([0x61, 0, 0x62]), 'text'))).toBe('FILE_CORRUPT');
  });

  it('images have no text', async () => {
    expect(await extractDocument(new Uint8Array([0x89, 0x50]), 'image')).toEqual({ pages: [], pageCount: null });
  });

  it('a PDF with a highly compressed content stream still yields its text (the pool bounds the memory of bigger ones)', async () => {
    expect((await extractDocument(await makePdfStreamBomb(16), 'pdf')).pages).toEqual(['Hello']);
  });
});

describe('paginate', () => {
  it('cuts at paragraph breaks, then line breaks, then spaces, never mid-surrogate', () => {
    expect(paginate('a'.repeat(10) + '\n\n' + 'b'.repeat(5), 12)).toEqual(['a'.repeat(10), 'b'.repeat(5)]);
    expect(paginate('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    const pages = paginate('😀'.repeat(10), 5);
    expect(pages.join('')).toBe('😀'.repeat(10));
    for (const p of pages) expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(paginate('   ')).toEqual([]);
  });
});
