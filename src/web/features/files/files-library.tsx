'use client';

import { Upload } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { FileBrowser } from './file-browser';
import { useFolderParam } from './library-filters';
import type { FileFilter } from './types';
import { SearchLauncher } from './search-launcher';
import { useEnqueue, useFileDrop, UploadZone } from './upload-zone';

/** The library: every file, sorted into courses, with upload, filters and bulk actions. */
export function FilesLibrary({ initialFilter }: { initialFilter?: Partial<FileFilter> }) {
  const t = useTranslations('files');
  const enqueue = useEnqueue(null);
  const { dragging, handlers } = useFileDrop(enqueue);
  const folder = useFolderParam();
  const course = initialFilter?.course;

  return (
    <div {...handlers} data-testid="files-page" className="relative grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
          <p className="text-muted-foreground">{t('subtitle')}</p>
        </div>
        <SearchLauncher />
      </div>
      <UploadZone courseId={null} dragging={dragging} />
      <FileBrowser initialFilter={{ ...initialFilter, ...(folder && course && course !== 'none' ? { folder } : {}) }} />
      {dragging ? (
        <div aria-hidden className="pointer-events-none fixed inset-0 z-40 flex items-center justify-center bg-background/70 backdrop-blur-sm">
          <div className="flex flex-col items-center gap-3 rounded-2xl border-2 border-dashed border-primary bg-background px-10 py-8 shadow-xl">
            <Upload className="size-8 text-primary" />
            <p className="text-lg font-semibold">{t('upload.dropNow')}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}
