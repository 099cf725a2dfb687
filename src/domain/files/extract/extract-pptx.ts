// PowerPoint decks: one page per slide, in the order the presentation lists them (falling back to
// the slide file numbers), with the text of every <a:t> run and a line per paragraph.
import { AppError } from '../../errors';
import { tidy } from './paginate';
import { safeUnzip } from './safe-unzip';
import { assertTextSize, type ExtractedDocument } from './types';
import { decodeXmlEntities, utf8 } from './xml-text';

const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;
const needed = (name: string) => SLIDE.test(name) || name === 'ppt/presentation.xml' || name === 'ppt/_rels/presentation.xml.rels';

export function slideText(xml: string): string {
  const paragraphs: string[] = [];
  for (const [paragraph] of xml.matchAll(/<a:p\b[^>]*?(?:\/>|>[\s\S]*?<\/a:p>)/g)) {
    let line = '';
    for (const m of paragraph.matchAll(/<a:t\b[^>]*?(?:\/>|>([\s\S]*?)<\/a:t>)|<a:br\b[^>]*>|<a:tab\b[^>]*>/g)) {
      if (m[0].startsWith('<a:br')) line += '\n';
      else if (m[0].startsWith('<a:tab')) line += '\t';
      else line += decodeXmlEntities(m[1] ?? '');
    }
    paragraphs.push(line);
  }
  return tidy(paragraphs.join('\n'));
}

function slideOrder(parts: Map<string, Uint8Array>): string[] {
  const numeric = [...parts.keys()]
    .filter((n) => SLIDE.test(n))
    .sort((a, b) => Number(SLIDE.exec(a)![1]) - Number(SLIDE.exec(b)![1]));
  const presentation = utf8(parts.get('ppt/presentation.xml'));
  const rels = utf8(parts.get('ppt/_rels/presentation.xml.rels'));
  const targets = new Map<string, string>();
  for (const [rel] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(rel)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (id && target) targets.set(id, `ppt/${target.replace(/^\/?(ppt\/)?/, '')}`);
  }
  const listed = [...presentation.matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)]
    .map((m) => targets.get(m[1]!))
    .filter((n): n is string => !!n && parts.has(n));
  return listed.length > 0 && new Set(listed).size === listed.length ? listed : numeric;
}

export function extractPptx(bytes: Uint8Array): ExtractedDocument {
  const parts = safeUnzip(bytes, needed);
  if (!parts.has('ppt/presentation.xml')) throw new AppError('FILE_CORRUPT', { cause: new Error('pptx: no ppt/presentation.xml') });
  let chars = 0;
  const pages = slideOrder(parts).map((name) => {
    const text = slideText(utf8(parts.get(name)));
    assertTextSize((chars += text.length));
    return text;
  });
  return { pages, pageCount: pages.length };
}
