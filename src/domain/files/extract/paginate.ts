// Formats without real pages (DOCX, plain text) are cut into pseudo pages of about `target`
// characters, at a paragraph break when there is one in the second half of the window, else at
// a line break, else at a space, never inside a surrogate pair.
export const PSEUDO_PAGE_CHARS = 3000;

export function paginate(text: string, target = PSEUDO_PAGE_CHARS): string[] {
  const pages: string[] = [];
  let rest = text.trim();
  while (rest.length > target) {
    const window = rest.slice(0, target + 1);
    const min = Math.floor(target / 2);
    let cut = window.lastIndexOf('\n\n');
    if (cut < min) cut = window.lastIndexOf('\n');
    if (cut < min) cut = window.search(/\s\S*$/);
    if (cut < min) {
      cut = target;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    pages.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pages.push(rest);
  return pages;
}

/** Tidies extracted text: Unix newlines, no trailing spaces, at most one blank line in a row. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
