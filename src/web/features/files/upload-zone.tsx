'use client';

import { FolderUp, Upload } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type DragEvent } from 'react';
import { Button } from '@/web/components/ui/button';
import { cn } from '@/web/lib/utils';
import { dragHasFiles, filesFromDrop, filesFromInput, type PickedFile } from './collect-files';
import { megabytes } from '@/domain/billing/plans';
import { useUploadLimit } from './upload-limit';
import { useUploads } from './upload-store';
import { ACCEPT_ATTRIBUTE } from './upload-rules';

/** Drag-and-drop of files and whole folders onto an element; `dragging` while files hover it. */
export function useFileDrop(onFiles: (files: PickedFile[]) => void) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  return {
    dragging,
    handlers: {
      onDragEnter: (event: DragEvent<HTMLElement>) => {
        if (!dragHasFiles(event.dataTransfer)) return;
        event.preventDefault();
        depth.current += 1;
        setDragging(true);
      },
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (!dragHasFiles(event.dataTransfer)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: (event: DragEvent<HTMLElement>) => {
        if (!dragHasFiles(event.dataTransfer)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        if (!dragHasFiles(event.dataTransfer)) return;
        event.preventDefault();
        event.stopPropagation();
        depth.current = 0;
        setDragging(false);
        void filesFromDrop(event.dataTransfer).then(onFiles);
      },
    },
  };
}

/** Sends picked or dropped files to the upload queue, into a course when one is given. */
export function useEnqueue(courseId: string | null) {
  const enqueue = useUploads((s) => s.enqueue);
  const maxBytes = useUploadLimit();
  return (files: PickedFile[]) => enqueue(files, { courseId, maxBytes });
}

/** "Choose files" and "Choose folder": the keyboard and touch way to upload. */
export function UploadButtons({ courseId, className, compact = false }: { courseId: string | null; className?: string; compact?: boolean }) {
  const t = useTranslations('files.upload');
  const enqueue = useEnqueue(courseId);
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  return (
    <div className={cn('flex flex-wrap gap-2', className)}>
      <Button size={compact ? 'sm' : 'default'} onClick={() => filesRef.current?.click()}>
        <Upload aria-hidden />
        {t('chooseFiles')}
      </Button>
      <Button size={compact ? 'sm' : 'default'} variant="outline" onClick={() => folderRef.current?.click()}>
        <FolderUp aria-hidden />
        {t('chooseFolder')}
      </Button>
      <input
        ref={filesRef}
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        hidden
        tabIndex={-1}
        data-testid="upload-files-input"
        onChange={(e) => {
          enqueue(filesFromInput(e.currentTarget.files));
          e.currentTarget.value = '';
        }}
      />
      <input
        ref={(el) => {
          folderRef.current = el;
          if (el) el.webkitdirectory = true;
        }}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        data-testid="upload-folder-input"
        onChange={(e) => {
          enqueue(filesFromInput(e.currentTarget.files));
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}

/**
 * A dashed area that takes dropped files and folders, with the buttons inside. Inside a larger
 * drop target, pass that target's `dragging` and the zone only shows it.
 */
export function UploadZone({ courseId, dragging: outerDragging, className }: { courseId: string | null; dragging?: boolean; className?: string }) {
  const t = useTranslations('files.upload');
  const enqueue = useEnqueue(courseId);
  const maxBytes = useUploadLimit();
  const own = useFileDrop(enqueue);
  const nested = outerDragging !== undefined;
  const dragging = nested ? outerDragging : own.dragging;
  return (
    <div
      {...(nested ? {} : own.handlers)}
      data-testid="upload-zone"
      className={cn(
        'flex flex-wrap items-center gap-x-6 gap-y-3 rounded-xl border border-dashed px-4 py-4 transition-colors sm:px-5',
        dragging ? 'border-primary bg-accent/60' : 'border-input/60 bg-muted/30',
        className,
      )}
    >
      <div className="grid min-w-0 flex-1 basis-56 gap-0.5">
        <p className="text-sm font-medium">{dragging ? t('dropNow') : t('dropTitle')}</p>
        <p className="text-xs text-muted-foreground">{t('dropHint', { limitMb: megabytes(maxBytes) })}</p>
      </div>
      <UploadButtons courseId={courseId} compact />
    </div>
  );
}
