'use client';

import { useTranslations } from 'next-intl';
import { FileBrowser } from './file-browser';
import { useFolderParam } from './library-filters';
import { SearchLauncher } from './search-launcher';
import { useEnqueue, useFileDrop, UploadZone } from './upload-zone';

function CourseFilesSection({ courseId }: { courseId: string }) {
  const t = useTranslations('files');
  const { dragging, handlers } = useFileDrop(useEnqueue(courseId));
  const folder = useFolderParam();
  return (
    <section {...handlers} aria-labelledby="course-files-title" data-testid="course-files" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="grid gap-1">
          <h2 id="course-files-title" className="text-lg font-semibold tracking-tight">
            {t('title')}
          </h2>
          <p className="text-sm text-muted-foreground">{t('courseSubtitle')}</p>
        </div>
        <SearchLauncher className="sm:w-64" />
      </div>
      <UploadZone courseId={courseId} dragging={dragging} />
      <FileBrowser course={courseId} initialFilter={{ folder }} />
    </section>
  );
}

/** A course's files and an upload area that files straight into the course. */
export function CourseFiles({ courseId }: { courseId: string }) {
  return (
    <CourseFilesSection courseId={courseId} />
  );
}
