// Turns what the student picked or dropped into files with the relative path they had, walking
// dropped folders recursively (the server reads the folder names as hints: "BIO101/Week 3").
import { isSystemFile } from './upload-rules';

export type PickedFile = { file: File; path: string };

/** From `<input type=file>`, with or without `webkitdirectory`. */
export function filesFromInput(list: FileList | null): PickedFile[] {
  return Array.from(list ?? [])
    .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
    .filter((p) => !isSystemFile(p.path));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

const MAX_DEPTH = 20;

async function walk(entry: FileSystemEntry, out: PickedFile[], depth: number): Promise<void> {
  const path = entry.fullPath.replace(/^\/+/, '') || entry.name;
  if (isSystemFile(path)) return;
  if (entry.isFile) {
    try {
      out.push({ file: await entryFile(entry as FileSystemFileEntry), path });
    } catch {
      // Unreadable (permissions, removed meanwhile): nothing to upload.
    }
    return;
  }
  if (!entry.isDirectory || depth >= MAX_DEPTH) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands out at most ~100 entries per call: read until it returns none.
  for (;;) {
    let batch: FileSystemEntry[];
    try {
      batch = await readBatch(reader);
    } catch {
      return;
    }
    if (batch.length === 0) return;
    for (const child of batch) await walk(child, out, depth + 1);
  }
}

/**
 * Files and folders from a drop. Entries must be taken synchronously, while the drop event is
 * being handled; reading them happens afterwards.
 */
export function filesFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...Array.from(data.files));
  return (async () => {
    const out: PickedFile[] = loose.filter((f) => !isSystemFile(f.name)).map((file) => ({ file, path: file.name }));
    for (const entry of entries) await walk(entry, out, 0);
    return out;
  })();
}

/** True while something being dragged over us carries files (not text or a link). */
export function dragHasFiles(data: DataTransfer | null): boolean {
  return !!data && Array.from(data.types).includes('Files');
}
