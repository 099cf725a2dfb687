'use client';

import { CircleAlert, CircleCheck, File, FileImage, FileText, FileType, LoaderCircle, Presentation, type LucideIcon } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { Badge } from '@/web/components/ui/badge';
import { cn } from '@/web/lib/utils';
import { useFileFormat } from './format';
import { isProcessing, type ConfidenceLevel, type FileItem, type FileKind } from './types';
import { courseLabel, type CourseIndex } from './use-course-index';

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

type ReviewReason = FileItem['review_reasons'][number];

/** Why the analysis left a file for the student to check, and the courses it would offer instead. */
export function ReviewNote({
  file,
  courses,
  onChoose,
  className,
}: {
  file: Pick<FileItem, 'review_reasons' | 'course_candidates' | 'course_id' | 'course_source'>;
  courses: CourseIndex;
  onChoose: (courseId: string) => void;
  className?: string;
}) {
  const t = useTranslations('files');
  const format = useFormatter();
  if (file.review_reasons.length === 0) return null;
  const words: Record<ReviewReason, string> = {
    no_course: t(`words.${courses.word}.reviewNone`),
    courses_tied: t(`words.${courses.word}.reviewTied`),
    low_course_confidence: t(`words.${courses.word}.reviewUnsure`),
    low_category_confidence: t('reviewNote.category'),
  };
  // Courses deleted since the analysis are not offered, nor the one the file is already in.
  const offers = file.course_source === 'ai' ? file.course_candidates.filter((c) => c.course_id !== file.course_id && courses.byId.has(c.course_id)) : [];
  return (
    <div className={cn('flex flex-wrap items-center gap-x-2 gap-y-1 text-xs', className)} data-testid="review-note">
      {file.review_reasons.map((reason) => (
        <span key={reason} className="inline-flex items-center gap-1 text-amber-800 dark:text-amber-200" data-reason={reason}>
          <CircleAlert aria-hidden className="size-3.5" />
          {words[reason]}
        </span>
      ))}
      {offers.length > 0 ? <span className="text-muted-foreground">{t('reviewNote.guesses')}</span> : null}
      {offers.map((c) => {
        const course = courses.byId.get(c.course_id)!;
        const percent = format.number(c.confidence, { style: 'percent', maximumFractionDigits: 0 });
        return (
          <button
            key={c.course_id}
            type="button"
            onClick={() => onChoose(c.course_id)}
            aria-label={t(`words.${courses.word}.offer`, { course: course.name, percent })}
            title={t(`words.${courses.word}.offer`, { course: course.name, percent })}
            data-course-id={c.course_id}
            className="relative z-10 inline-flex items-center gap-1 rounded-full border px-2 py-0.5 hover:bg-muted"
          >
            {courseLabel(course)}
            <span className="tabular-nums text-muted-foreground">{percent}</span>
          </button>
        );
      })}
    </div>
  );
}
