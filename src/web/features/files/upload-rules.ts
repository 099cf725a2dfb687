// What the browser checks before sending a file. The server checks again, by content.

export const ACCEPTED_EXTENSIONS = ['pdf', 'docx', 'pptx', 'txt', 'md', 'markdown', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'heic'] as const;

/** For `<input accept>`: extensions plus the MIME types some pickers filter by. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');

/** Files operating systems leave in folders; dropping a folder should not upload them. */
const SYSTEM_FILES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', 'icon\r']);

export function extensionOf(name: string): string {
  const base = name.split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** True for files nobody means to upload: OS metadata, hidden files, macOS resource forks. */
export function isSystemFile(path: string): boolean {
  const segments = path.split('/');
  const base = (segments.at(-1) ?? '').toLowerCase();
  return SYSTEM_FILES.has(base) || base.startsWith('.') || base.startsWith('~$') || segments.some((s) => s === '__MACOSX' || (s.startsWith('.') && s.length > 1));
}

export type PrecheckError = 'FILE_EMPTY' | 'FILE_OVER_PLAN_LIMIT' | 'FILE_TYPE_UNSUPPORTED';

/**
 * The error-catalog code the server would answer with, or null when the file may be sent.
 * `maxBytes` is the largest file the student's plan accepts (`plan` of their profile).
 */
export function precheck(file: { name: string; size: number }, maxBytes: number, path = file.name): PrecheckError | null {
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extensionOf(path))) return 'FILE_TYPE_UNSUPPORTED';
  if (file.size > maxBytes) return 'FILE_OVER_PLAN_LIMIT';
  if (file.size === 0) return 'FILE_EMPTY';
  return null;
}
