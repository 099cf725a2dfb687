'use client';

import { ChevronDown, ChevronUp, CircleAlert, CircleCheck, Copy, RotateCcw, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { Button } from '@/web/components/ui/button';
import { cn } from '@/web/lib/utils';
import { StatusChip } from './file-badges';
import { useFileFormat } from './format';
import { useFileEvents, useLiveFiles } from './use-file-events';
import { isActive, overallProgress, RETRYABLE, useUploads, type UploadItem } from './upload-store';

export function ProgressBar({ value, label, className }: { value: number; label: string; className?: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className={cn('h-1.5 w-full overflow-hidden rounded-full bg-muted', className)}
    >
      <div className="h-full rounded-full bg-primary transition-[width] duration-200 motion-reduce:transition-none" style={{ width: `${percent}%` }} />
    </div>
  );
}

const FOLD_AFTER_MS = 4000;

const iconButton = 'inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground [&_svg]:size-4';

function UploadRow({ item }: { item: UploadItem }) {
  const t = useTranslations('files.upload');
  const fmt = useFileFormat();
  const cancel = useUploads((s) => s.cancel);
  const retry = useUploads((s) => s.retry);
  const live = useLiveFiles((s) => (item.file ? s.statuses[item.file.id] : undefined));
  const name = item.path.split('/').pop() ?? item.path;
  const folder = item.path.includes('/') ? item.path.slice(0, item.path.lastIndexOf('/')) : null;
  const percent = item.size ? Math.round((item.loaded / item.size) * 100) : 0;

  let line: ReactNode;
  switch (item.status) {
    case 'waiting':
      line = <span className="text-muted-foreground">{t('waiting')}</span>;
      break;
    case 'uploading':
      line = (
        <span className="grid gap-1">
          <span className="text-muted-foreground">{t('uploading', { percent })}</span>
          <ProgressBar value={item.size ? item.loaded / item.size : 0} label={t('progressOf', { name })} />
        </span>
      );
      break;
    case 'stored':
      line = (
        <span className="flex flex-wrap items-center gap-2">
          <span className="inline-flex items-center gap-1 text-success">
            <CircleCheck aria-hidden className="size-3.5" />
            {t('stored')}
          </span>
          {item.file ? <StatusChip file={live ?? item.file} /> : null}
          {item.file ? (
            <Link href={`/app/files/${item.file.id}`} className="text-link hover:underline">
              {t('open')}
            </Link>
          ) : null}
        </span>
      );
      break;
    case 'duplicate':
      line = (
        <span className="flex flex-wrap items-center gap-2">
          <span className="inline-flex items-center gap-1 text-muted-foreground">
            <Copy aria-hidden className="size-3.5" />
            {t('duplicate')}
          </span>
          {item.file ? (
            <Link href={`/app/files/${item.file.id}`} className="text-link hover:underline">
              {t('openExisting', { name: item.file.display_name })}
            </Link>
          ) : null}
        </span>
      );
      break;
    case 'rejected':
    case 'failed':
      line = (
        <span className="inline-flex items-start gap-1 text-danger">
          <CircleAlert aria-hidden className="mt-0.5 size-3.5 shrink-0" />
          <span>{fmt.errorCode(item.error?.code ?? null, item.error?.message, item.error?.params)}</span>
        </span>
      );
      break;
    case 'cancelled':
      line = <span className="text-muted-foreground">{t('cancelled')}</span>;
      break;
  }

  return (
    <li className="flex items-start gap-2 px-3 py-2.5" data-testid="upload-item" data-status={item.status} data-path={item.path}>
      <div className="grid min-w-0 flex-1 gap-1 text-xs">
        <p className="truncate text-sm font-medium" title={item.path}>
          {name}
          <span className="ml-2 text-xs font-normal text-muted-foreground">{fmt.size(item.size)}</span>
        </p>
        {folder ? <p className="truncate text-muted-foreground">{folder}</p> : null}
        {line}
      </div>
      {isActive(item) ? (
        <button type="button" className={iconButton} onClick={() => cancel(item.id)} aria-label={t('cancelOne', { name })}>
          <X aria-hidden />
        </button>
      ) : RETRYABLE.has(item.status) ? (
        <button type="button" className={iconButton} onClick={() => retry(item.id)} aria-label={t('retryOne', { name })}>
          <RotateCcw aria-hidden />
        </button>
      ) : null}
    </li>
  );
}

/** The upload queue, bottom right of every signed-in page while there is something in it. */
export function UploadPanel() {
  const t = useTranslations('files.upload');
  const items = useUploads((s) => s.items);
  const paused = useUploads((s) => s.pausedUntil > 0);
  const open = useUploads((s) => s.open);
  const setOpen = useUploads((s) => s.setOpen);
  const cancelAll = useUploads((s) => s.cancelAll);
  const retryAll = useUploads((s) => s.retryAll);
  const clearFinished = useUploads((s) => s.clearFinished);
  const listId = useId();
  const [announcement, setAnnouncement] = useState('');
  // Stored files keep changing status as the worker reads them: listen while the panel shows.
  useFileEvents();

  const progress = overallProgress(items);
  const active = items.filter(isActive).length;
  const failed = items.filter((i) => i.status === 'failed' || i.status === 'rejected').length;
  const retryable = items.filter((i) => RETRYABLE.has(i.status)).length;
  const stored = items.filter((i) => i.status === 'stored').length;
  const duplicates = items.filter((i) => i.status === 'duplicate').length;

  const summary = active
    ? t('title.active', { done: progress.done, total: progress.total })
    : t('title.done', { stored, duplicates, failed });

  // Announce the end of a batch once, not every progress tick; fold a clean batch away after a moment.
  const wasActive = useRef(false);
  useEffect(() => {
    if (active > 0) {
      wasActive.current = true;
      return;
    }
    if (items.length > 0) setAnnouncement(t('title.done', { stored, duplicates, failed }));
    if (!wasActive.current || failed > 0) return;
    const timer = setTimeout(() => {
      wasActive.current = false;
      useUploads.getState().setOpen(false);
    }, FOLD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [active, items.length, stored, duplicates, failed, t]);

  if (items.length === 0) return null;

  return (
    <section
      aria-label={t('region')}
      data-testid="upload-panel"
      className="fixed inset-x-2 bottom-2 z-40 flex max-h-[70dvh] flex-col overflow-hidden rounded-xl border border-border bg-popover text-popover-foreground shadow-xl sm:inset-x-auto sm:right-4 sm:bottom-4 sm:w-96"
    >
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <div className="flex flex-col gap-2 border-b border-border px-3 py-2.5">
        <div className="flex items-center gap-1">
          <h2 className="min-w-0 flex-1 text-sm font-semibold" data-testid="upload-summary">
            {summary}
          </h2>
          <button type="button" className={iconButton} aria-expanded={open} aria-controls={listId} aria-label={open ? t('collapse') : t('expand')} onClick={() => setOpen(!open)}>
            {open ? <ChevronDown aria-hidden /> : <ChevronUp aria-hidden />}
          </button>
          {active === 0 ? (
            <button type="button" className={iconButton} aria-label={t('close')} onClick={clearFinished}>
              <X aria-hidden />
            </button>
          ) : null}
        </div>
        {active ? <ProgressBar value={progress.fraction} label={t('overall')} /> : null}
        {active && paused ? <p className="text-xs text-muted-foreground">{t('paused')}</p> : null}
        {active || retryable ? (
          <div className="flex flex-wrap gap-2">
            {active ? (
              <Button variant="outline" size="sm" className="h-8" onClick={cancelAll}>
                {t('cancelAll')}
              </Button>
            ) : null}
            {retryable ? (
              <Button variant="outline" size="sm" className="h-8" onClick={retryAll}>
                <RotateCcw aria-hidden />
                {t('retryAll', { count: retryable })}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      <ul id={listId} hidden={!open} className="min-h-0 flex-1 divide-y divide-border overflow-y-auto">
        {items.map((item) => (
          <UploadRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
