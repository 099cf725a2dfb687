'use client';

import { CircleAlert, CircleCheck, File, FileImage, FileText, FileType, LoaderCircle, Presentation, type LucideIcon } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { Badge } from '@/web/components/ui/badge';
import { cn } from '@/web/lib/utils';
import { useFileFormat } from './format';
import { isProcessing, type ConfidenceLevel, type FileItem, type FileKind } from './types';

const kindIcons: Record<FileKind, LucideIcon> = {
  pdf: FileText,
  docx: FileType,
  pptx: Presentation,
  text: File,
  markdown: File,
  image: FileImage,
};

const kindTints: Record<FileKind, string> = {
  pdf: 'bg-red-500/10 text-red-700 dark:text-red-300',
  docx: 'bg-blue-500/10 text-blue-700 dark:text-blue-300',
  pptx: 'bg-orange-500/10 text-orange-700 dark:text-orange-300',
  text: 'bg-muted text-muted-foreground',
  markdown: 'bg-muted text-muted-foreground',
  image: 'bg-emerald-500/10 text-emerald-700 dark:text-emerald-300',
};

export function FileKindIcon({ kind, className }: { kind: FileKind; className?: string }) {
  const Icon = kindIcons[kind];
  return (
    <span aria-hidden className={cn('inline-flex size-9 shrink-0 items-center justify-center rounded-lg', kindTints[kind], className)}>
      <Icon className="size-[55%]" />
    </span>
  );
}

/** Where the worker is with a file; a failure says why, in words from the errors catalog. */
export function StatusChip({ file, className }: { file: Pick<FileItem, 'status' | 'error'>; className?: string }) {
  const t = useTranslations('files.status');
  const fmt = useFileFormat();
  if (file.status === 'ready') {
    return (
      <Badge variant="success" className={className} data-status="ready">
        <CircleCheck aria-hidden />
        {t('ready')}
      </Badge>
    );
  }
  if (file.status === 'failed') {
    const reason = fmt.errorCode(file.error);
    return (
      <Badge variant="warning" className={cn('cursor-help', className)} title={reason} data-status="failed">
        <CircleAlert aria-hidden />
        <span aria-hidden>{t('failed')}</span>
        <span className="sr-only">{t('failedReason', { reason })}</span>
      </Badge>
    );
  }
  return (
    <Badge variant="outline" className={cn('text-muted-foreground', className)} data-status={file.status}>
      {isProcessing(file) ? <LoaderCircle aria-hidden className="animate-spin motion-reduce:animate-none" /> : null}
      {t(file.status)}
    </Badge>
  );
}

const confidenceStyles: Record<ConfidenceLevel, string> = {
  high: 'border-transparent bg-success-surface text-success',
  medium: 'border-amber-600/30 bg-amber-500/10 text-amber-800 dark:text-amber-200',
  low: 'border-transparent bg-danger-surface text-danger',
};

/** How sure the analysis was about what the student has not settled by hand. */
export function ConfidenceBadge({ level, className }: { level: ConfidenceLevel | null; className?: string }) {
  const t = useTranslations('files.confidence');
  if (!level) return null;
  return (
    <Badge variant="outline" title={t(`${level}Hint`)} className={cn(confidenceStyles[level], className)} data-confidence={level}>
      <span aria-hidden className="flex gap-0.5">
        {[0, 1, 2].map((i) => (
          <span key={i} className={cn('h-2.5 w-1 rounded-full bg-current', i >= { high: 3, medium: 2, low: 1 }[level] && 'opacity-25')} />
        ))}
      </span>
      <span aria-hidden>{t(level)}</span>
      <span className="sr-only">{t('label', { level: t(level) })}</span>
    </Badge>
  );
}
