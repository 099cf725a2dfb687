// mammoth's own raw-text writer (what `extractRawText` applies to the document it reads); the
// package ships no types for it.
declare module 'mammoth/lib/raw-text.js' {
  export function convertElementToRawText(element: unknown): string;
}
