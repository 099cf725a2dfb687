// The kinds of file CourseFlow accepts, and how each is stored and named.
import type { FileKind } from './schemas';

export const kindMime: Record<Exclude<FileKind, 'image'>, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  text: 'text/plain',
  markdown: 'text/markdown',
};

const imageMimes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/heic'];

const kindByMime = new Map(Object.entries(kindMime).map(([kind, mime]) => [mime, kind as FileKind]));

export function kindOfMime(mime: string): FileKind {
  return kindByMime.get(mime) ?? 'image';
}

export function mimesOfKind(kind: FileKind): string[] {
  return kind === 'image' ? imageMimes : [kindMime[kind]];
}

const extensions: Record<string, string> = {
  'application/pdf': 'pdf',
  [kindMime.docx]: 'docx',
  [kindMime.pptx]: 'pptx',
  'text/plain': 'txt',
  'text/markdown': 'md',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/heic': 'heic',
};

/** The name a download gets: the display name plus the extension its content really has. */
export function downloadName(displayName: string, mime: string): string {
  const ext = extensions[mime];
  if (!ext || displayName.toLowerCase().endsWith(`.${ext}`)) return displayName;
  return `${displayName}.${ext}`;
}
