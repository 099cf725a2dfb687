'use client';

import { ArrowLeft, Check, Download, Pencil, RefreshCw, RotateCcw, Sparkles, Trash, Undo2, X } from 'lucide-react';
import { useSearchParams } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useRouter } from '@/i18n/navigation';
import { Alert } from '@/web/components/ui/alert';
import { Badge } from '@/web/components/ui/badge';
import { Button } from '@/web/components/ui/button';
import { Card } from '@/web/components/ui/card';
import { Input } from '@/web/components/ui/input';
import { Skeleton } from '@/web/components/ui/skeleton';
import { toast } from '@/web/components/ui/toast';
import { ApiError } from '@/web/lib/api';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { CategoryMenu, CourseMenu } from './correction-menus';
import { ConfidenceBadge, FileKindIcon, ReviewNote, StatusChip } from './file-badges';
import { downloadUrl, useBulkFiles, useFile, useReanalyse, useTrashFile, useUpdateFile } from './file-queries';
import { FileViewer } from './file-viewer';
import { useFileFormat } from './format';
import { isProcessing, type FileItem } from './types';
import { useCourseIndex } from './use-course-index';
import { useFileEvents } from './use-file-events';
import { SearchLauncher } from './search-launcher';

const NAME_MAX = 200;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-2 py-1.5 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="grid gap-2 border-t border-border px-4 py-4 first:border-t-0">
      <h2 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{title}</h2>
      {children}
    </section>
  );
}

function NameEditor({ file, onDone }: { file: FileItem; onDone: () => void }) {
  const t = useTranslations('files.detail');
  const update = useUpdateFile();
  const id = useId();
  const [value, setValue] = useState(file.display_name);
  const [error, setError] = useState<string | null>(null);
  const errorMessage = useErrorMessage();

  function submit(event: FormEvent) {
    event.preventDefault();
    const name = value.trim();
    if (!name) return setError(t('nameRequired'));
    if (!/[\p{L}\p{N}]/u.test(name)) return setError(t('nameInvalid'));
    if (name === file.display_name) return onDone();
    update.mutate(
      { file, change: { display_name: name } },
      {
        onSuccess: () => {
          toast.success(t('renamed'));
          onDone();
        },
        onError: (e) => setError(e instanceof ApiError ? (e.fieldErrors().display_name ?? errorMessage(e)) : errorMessage(e)),
      },
    );
  }

  return (
    <form onSubmit={submit} className="grid gap-2" data-testid="rename-form">
      <label htmlFor={id} className="sr-only">
        {t('displayName')}
      </label>
      <Input
        id={id}
        name="display_name"
        value={value}
        maxLength={NAME_MAX}
        autoFocus
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onDone())}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={update.isPending}>
          <Check aria-hidden />
          {t('save')}
        </Button>
        <Button variant="ghost" size="sm" onClick={onDone}>
          <X aria-hidden />
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}

/** One file: the document beside what CourseFlow knows about it, with corrections in place. */
export function FileDetail({ fileId }: { fileId: string }) {
  const t = useTranslations('files');
  const format = useFormatter();
  const fmt = useFileFormat();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const courses = useCourseIndex();
  const query = useFile(fileId);
  const update = useUpdateFile();
  const bulk = useBulkFiles();
  const reanalyse = useReanalyse();
  const trash = useTrashFile();
  const [renaming, setRenaming] = useState(false);
  const [viewerPages, setViewerPages] = useState<number | null>(null);
  // Set when the file was opened from a search hit: the word its snippet marked.
  const find = useSearchParams().get('find') ?? undefined;
  useFileEvents();

  const back = (
    <Link href="/app/files" className="inline-flex w-fit items-center gap-1.5 text-sm font-medium text-muted-foreground hover:text-foreground">
      <ArrowLeft aria-hidden className="size-4" />
      {t('detail.back')}
    </Link>
  );

  if (query.isPending) {
    return (
      <div role="status" aria-busy="true" className="grid gap-6">
        <span className="sr-only">{t('loading')}</span>
        {back}
        <Skeleton className="h-8 w-96 max-w-full" />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <Skeleton className="h-[60dvh] rounded-xl" />
          <Skeleton className="h-96 rounded-xl" />
        </div>
      </div>
    );
  }

  if (query.isError && !query.data) {
    const notFound = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);
    return (
      <div className="grid gap-6">
        {back}
        <Alert variant="error" title={notFound ? t('detail.notFound') : undefined}>
          {notFound ? null : (
            <>
              <span>{errorMessage(query.error)} </span>
              <button type="button" onClick={() => query.refetch()} className="inline-flex items-center gap-1 font-medium underline">
                <RefreshCw aria-hidden className="size-3.5" />
                {t('retry')}
              </button>
            </>
          )}
        </Alert>
      </div>
    );
  }

  const file = query.data;
  const trashed = !!file.deleted_at;
  const percent = (value: number) => format.number(value, { style: 'percent', maximumFractionDigits: 0 });
  const pages = file.page_count ?? viewerPages;

  return (
    <div className="grid gap-6" data-testid="file-detail">
      <div className="grid gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          {back}
          <SearchLauncher className="sm:w-64" />
        </div>
        <div className="flex flex-wrap items-start gap-4">
          <FileKindIcon kind={file.kind} className="size-12" />
          <div className="grid min-w-0 flex-1 basis-60 gap-1">
            <h1 className="text-xl font-semibold tracking-tight break-words sm:text-2xl" data-testid="file-title">
              {file.display_name}
            </h1>
            {file.original_name !== file.display_name ? (
              <p className="text-sm break-words text-muted-foreground">
                {t('detail.originalIs')} <span data-testid="detail-original-name">{file.original_name}</span>
              </p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="outline" size="sm">
              <a href={downloadUrl(file.id, false)} download data-testid="download">
                <Download aria-hidden />
                {t('actions.download')}
              </a>
            </Button>
            {trashed ? (
              <Button
                variant="outline"
                size="sm"
                onClick={() => bulk.mutate({ ids: [file.id], action: 'restore' }, { onSuccess: () => toast.success(t('done.restore', { count: 1, name: file.display_name })) })}
              >
                <RotateCcw aria-hidden />
                {t('actions.restore')}
              </Button>
            ) : (
              <Button
                variant="outline"
                size="sm"
                className="text-danger"
                disabled={trash.isPending}
                onClick={() =>
                  trash.mutate(file, {
                    onSuccess: () => {
                      toast.success(t('done.trash', { count: 1, name: file.display_name }));
                      router.push('/app/files');
                    },
                  })
                }
              >
                <Trash aria-hidden />
                {t('actions.trash')}
              </Button>
            )}
          </div>
        </div>
        {trashed ? <Alert variant="info">{t('detail.inTrash')}</Alert> : null}
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <FileViewer file={file} find={find} onPages={setViewerPages} />
        </div>

        <Card className="overflow-hidden" data-testid="file-meta">
          <Section title={t('detail.status')}>
            <div className="flex flex-wrap items-center gap-2">
              <StatusChip file={file} />
              {file.status === 'ready' ? <ConfidenceBadge level={file.confidence_level} /> : null}
            </div>
            {file.status === 'failed' ? <p className="text-sm text-danger">{fmt.errorCode(file.error)}</p> : null}
            {file.needs_review && !trashed ? (
              <>
                <p className="text-sm text-muted-foreground">{t('detail.needsReview')}</p>
                <ReviewNote file={file} courses={courses} onChoose={(courseId) => update.mutate({ file, change: { course_id: courseId } })} />
              </>
            ) : null}
            {!trashed && !isProcessing(file) ? (
              <Button
                variant="ghost"
                size="sm"
                className="-ml-2 w-fit"
                disabled={reanalyse.isPending}
                onClick={() => reanalyse.mutate([file.id], { onSuccess: () => toast.success(t('done.reanalysing', { count: 1, name: file.display_name })) })}
              >
                <RefreshCw aria-hidden />
                {t('actions.reanalyse')}
              </Button>
            ) : null}
          </Section>

          <Section title={t('detail.name')}>
            {renaming ? (
              <NameEditor file={file} onDone={() => setRenaming(false)} />
            ) : (
              <div className="flex items-start gap-2">
                <p className="min-w-0 flex-1 text-sm font-medium break-words">{file.display_name}</p>
                {!trashed ? (
                  <button
                    type="button"
                    onClick={() => setRenaming(true)}
                    aria-label={t('detail.rename')}
                    data-testid="rename"
                    className="-mt-1 inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted hover:text-foreground"
                  >
                    <Pencil aria-hidden className="size-4" />
                  </button>
                ) : null}
              </div>
            )}
            <dl>
              <Fact label={t('detail.original')}>{file.original_name}</Fact>
              <Fact label={t('detail.smart')}>{file.ai_name ?? <span className="text-muted-foreground">{t('detail.smartPending')}</span>}</Fact>
            </dl>
            {!trashed ? (
              <div className="flex flex-wrap gap-2">
                {file.ai_name && file.ai_name !== file.display_name ? (
                  <Button variant="outline" size="sm" disabled={bulk.isPending} onClick={() => bulk.mutate({ ids: [file.id], action: 'smart_name' })} data-testid="use-smart-name">
                    <Sparkles aria-hidden />
                    {t('actions.useSmartName')}
                  </Button>
                ) : null}
                {file.original_name !== file.display_name ? (
                  <Button variant="outline" size="sm" disabled={bulk.isPending} onClick={() => bulk.mutate({ ids: [file.id], action: 'original_name' })} data-testid="revert-name">
                    <Undo2 aria-hidden />
                    {t('actions.revertName')}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </Section>

          <Section title={t('detail.sorting')}>
            <dl>
              <Fact label={t(`words.${courses.word}.label`)}>
                <div className="grid justify-items-start gap-1">
                  {trashed ? null : (
                    <CourseMenu
                      courseId={file.course_id}
                      courses={courses}
                      fileName={file.display_name}
                      onChange={(courseId) => update.mutate({ file, change: { course_id: courseId } })}
                      className="-ml-2"
                    />
                  )}
                  <span className="text-xs text-muted-foreground">
                    {file.course_source === 'user' ? t('detail.setByYou') : file.course_confidence !== null ? t('detail.sure', { percent: percent(file.course_confidence) }) : null}
                  </span>
                </div>
              </Fact>
              <Fact label={t('filters.category')}>
                <div className="grid justify-items-start gap-1">
                  {trashed ? null : (
                    <CategoryMenu category={file.ai_category} fileName={file.display_name} onChange={(category) => update.mutate({ file, change: { category } })} className="-ml-2" />
                  )}
                  <span className="text-xs text-muted-foreground">
                    {file.category_source === 'user' ? t('detail.setByYou') : file.ai_confidence !== null ? t('detail.sure', { percent: percent(file.ai_confidence) }) : null}
                  </span>
                </div>
              </Fact>
            </dl>
          </Section>

          <Section title={t('detail.about')}>
            <dl>
              {file.ai_topic ? <Fact label={t('detail.topic')}>{file.ai_topic}</Fact> : null}
              {file.ai_date ? <Fact label={t('detail.date')}>{fmt.date(file.ai_date)}</Fact> : null}
              <Fact label={t('filters.type')}>{t(`kinds.${file.kind}`)}</Fact>
              {file.detected_language ? <Fact label={t('filters.language')}>{t(`languages.${file.detected_language}`)}</Fact> : null}
              {pages ? (
                <Fact label={t(file.kind === 'pptx' ? 'detail.slides' : 'detail.pages')}>
                  <span data-testid="meta-pages">{format.number(pages)}</span>
                </Fact>
              ) : null}
              <Fact label={t('detail.size')}>{fmt.size(file.file_size)}</Fact>
              <Fact label={t('detail.uploaded')}>{fmt.date(file.created_at)}</Fact>
              {file.folder_hint ? <Fact label={t('detail.uploadedFrom')}>{file.folder_hint}</Fact> : null}
            </dl>
            {file.ai_keywords.length ? (
              <div className="grid gap-1.5 pt-1">
                <p className="text-sm text-muted-foreground">{t('detail.keywords')}</p>
                <ul className="flex flex-wrap gap-1.5" aria-label={t('detail.keywords')}>
                  {file.ai_keywords.map((k) => (
                    <li key={k}>
                      <Badge variant="outline">{k}</Badge>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Section>
        </Card>
      </div>
    </div>
  );
}
