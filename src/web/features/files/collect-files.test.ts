import { describe, expect, it } from 'vitest';
import { filesFromDrop, filesFromInput } from './collect-files';

type FakeEntry = FileSystemEntry & { children?: FakeEntry[]; blob?: File };

function fileEntry(fullPath: string): FakeEntry {
  const name = fullPath.split('/').pop()!;
  const blob = new File(['x'], name);
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (ok: (f: File) => void) => ok(blob),
  } as unknown as FakeEntry;
}

/** A directory whose reader hands out `batch` entries per call, like browsers do (about 100). */
function dirEntry(fullPath: string, children: FakeEntry[], batch = 2): FakeEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').pop()!,
    fullPath,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
          const next = children.slice(at, at + batch);
          at += batch;
          setTimeout(() => ok(next), 0);
        },
      };
    },
  } as unknown as FakeEntry;
}

function transfer(entries: FakeEntry[]): DataTransfer {
  return {
    items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry, getAsFile: () => null })),
    files: [],
  } as unknown as DataTransfer;
}

describe('collecting dropped files', () => {
  it('walks dropped folders recursively, reading every batch, and keeps relative paths', async () => {
    const folder = dirEntry('/BIO101', [
      fileEntry('/BIO101/syllabus.pdf'),
      dirEntry('/BIO101/Week 3', [fileEntry('/BIO101/Week 3/notes.pdf'), fileEntry('/BIO101/Week 3/slides.pptx'), fileEntry('/BIO101/Week 3/.DS_Store')]),
      fileEntry('/BIO101/reading.md'),
      fileEntry('/BIO101/Thumbs.db'),
    ]);
    const picked = await filesFromDrop(transfer([folder, fileEntry('/loose.txt')]));
    expect(picked.map((p) => p.path).sort()).toEqual(['BIO101/Week 3/notes.pdf', 'BIO101/Week 3/slides.pptx', 'BIO101/reading.md', 'BIO101/syllabus.pdf', 'loose.txt']);
    expect(picked.every((p) => p.file instanceof File)).toBe(true);
  });

  it('takes the files of a picker, with the folder path when one was chosen', () => {
    const inFolder = new File(['x'], 'notes.pdf');
    Object.defineProperty(inFolder, 'webkitRelativePath', { value: 'BIO101/Week 3/notes.pdf' });
    const alone = new File(['x'], 'essay.docx');
    Object.defineProperty(alone, 'webkitRelativePath', { value: '' });
    const hidden = new File(['x'], '.DS_Store');
    Object.defineProperty(hidden, 'webkitRelativePath', { value: 'BIO101/.DS_Store' });
    const list = Object.assign([inFolder, alone, hidden], { item: (i: number) => [inFolder, alone, hidden][i] }) as unknown as FileList;
    expect(filesFromInput(list).map((p) => p.path)).toEqual(['BIO101/Week 3/notes.pdf', 'essay.docx']);
  });
});
