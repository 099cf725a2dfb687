// Word documents: unzipped under the zip-bomb limits first, then only the verified parts (never the
// original archive) are handed to mammoth. Word has no fixed pages, so the text is cut into pseudo
// pages; the page count Word last saved in docProps/app.xml is reported when there is one. A very
// long document's text is read straight from its XML instead (see MAMMOTH_MAX_XML_BYTES).
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { convertElementToRawText } from 'mammoth/lib/raw-text.js';
import { AppError } from '../../errors';
import { paginate, tidy } from './paginate';
import { safeUnzip } from './safe-unzip';
import { assertTextSize, type ExtractedDocument } from './types';
import { decodeXmlEntities, utf8 } from './xml-text';

// Pictures and embedded objects play no part in the text.
const notNeeded = (name: string) => /^word\/(media|embeddings)\//.test(name);

export function pageCountFromAppXml(appXml: string): number | null {
  const m = /<(?:\w+:)?Pages>\s*(\d+)\s*<\/(?:\w+:)?Pages>/.exec(appXml);
  const n = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/**
 * mammoth builds a model of the whole document: past a few megabytes of document.xml it outgrows
 * the extraction thread's 512 MB heap (about 8 MB failed). Longer documents (a thesis, a course
 * reader of hundreds of pages) have their text read straight from the XML, and no HTML preview:
 * the viewer shows their pages.
 */
export const MAMMOTH_MAX_XML_BYTES = 6 * 1024 * 1024;

const WORD_NAMESPACES = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const MARKUP_COMPATIBILITY_NAMESPACES = ['http://schemas.openxmlformats.org/markup-compatibility/2006'];

/**
 * A pattern for the element prefixes the root element binds to one of `namespaces`: "w:" and "mc:"
 * by Word's convention, but any prefix is valid XML ("" for a default namespace), other writers
 * pick their own (ns0:, for one), and one namespace may have several.
 */
function prefixFor(xml: string, namespaces: string[], conventional: string): string {
  const root = /<[^?!][^>]*>/.exec(xml)?.[0] ?? '';
  const bound = [...root.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(["'])(.*?)\2/g)].filter((m) => namespaces.includes(m[3]!));
  const prefixes = bound.length ? bound.map((m) => (m[1] ? `${m[1].replace(/\./g, '\\.')}:` : '')) : [conventional];
  return `(?:${prefixes.join('|')})`;
}

/** The XML without its <mc:Choice> blocks, nested ones included (an unclosed one is kept). */
function withoutChoices(xml: string, mc: string): string {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (const m of xml.matchAll(new RegExp(`<(\\/?)${mc}Choice\\b[^>]*?(\\/?)>`, 'g'))) {
    if (m[2]) continue;
    if (!m[1]) {
      if (depth++ === 0) {
        parts.push(xml.slice(from, m.index));
        from = m.index;
      }
    } else if (depth > 0 && --depth === 0) from = m.index + m[0].length;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}

/**
 * The body text of document.xml the way mammoth's raw text has it: runs' <w:t> text, tabs and
 * breaks, a blank line after each paragraph (deleted text, <w:delText>, is not a <w:t>). Word
 * writes a text box twice, as a modern <mc:Choice> and an older <mc:Fallback>; like mammoth, only
 * the fallback is read.
 */
export function documentXmlText(xml: string): string {
  const out: string[] = [];
  const w = prefixFor(xml, WORD_NAMESPACES, 'w:');
  xml = withoutChoices(xml, prefixFor(xml, MARKUP_COMPATIBILITY_NAMESPACES, 'mc:'));
  // A run's tab is a bare <w:tab/>; one with attributes is a tab stop in the paragraph's settings.
  const parts = new RegExp(`<${w}t(?:\\s[^>]*)?>([^<]*)</${w}t>|<${w}(tab)\\s*/>|<${w}(br|cr)\\b[^>]*>|</${w}p>`, 'g');
  for (const m of xml.matchAll(parts)) {
    if (m[1] !== undefined) out.push(decodeXmlEntities(m[1]));
    else if (m[2]) out.push('\t');
    else if (m[3]) out.push('\n');
    else out.push('\n\n');
  }
  return out.join('');
}

export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  const parts = safeUnzip(bytes, (name) => !notNeeded(name));
  const body = parts.get('word/document.xml');
  if (!body) throw new AppError('FILE_CORRUPT', { cause: new Error('docx: no word/document.xml') });
  const pageCount = pageCountFromAppXml(utf8(parts.get('docProps/app.xml')));
  if (body.byteLength > MAMMOTH_MAX_XML_BYTES) {
    const text = documentXmlText(utf8(body));
    assertTextSize(text.length);
    return { pages: paginate(tidy(text)), pageCount };
  }
  const verified = zipSync(Object.fromEntries(parts), { level: 0 });
  const input = { buffer: Buffer.from(verified.buffer, verified.byteOffset, verified.byteLength) };
  let text = '';
  let html: string;
  try {
    // The viewer's HTML, with pictures left out, never read: the preview is for reading, and
    // their data URLs can be huge. The browser sanitises it again before showing it. The text is
    // written by mammoth's extractRawText writer from the same read of the document (reading it
    // apart modelled the whole document twice); mammoth calls document transforms unstable, so
    // its version is pinned and a test holds the text equal to extractRawText's.
    const converted = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      transformDocument: (document: unknown) => {
        text = convertElementToRawText(document);
        return document;
      },
    });
    assertTextSize(text.length);
    html = converted.value;
  } catch (err) {
    throw err instanceof AppError ? err : new AppError('FILE_CORRUPT', { cause: err });
  }
  return { pages: paginate(tidy(text)), pageCount, html };
}
