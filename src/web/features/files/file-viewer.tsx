'use client';

import DOMPurify from 'dompurify';
import { FileQuestion, LoaderCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import ReactMarkdown from 'react-markdown';
import { Alert } from '@/web/components/ui/alert';
import { Skeleton } from '@/web/components/ui/skeleton';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { cn } from '@/web/lib/utils';
import { downloadUrl, useFilePreview } from './file-queries';
import { useFindInFrame } from './find-in-document';
import { useFileFormat } from './format';
import { isProcessing, type FileItem } from './types';

const PdfViewer = lazy(() => import('./pdf-viewer'));

/** Readable defaults for documents, without a typography plugin. */
const proseClass = cn(
  'max-w-none text-[15px] leading-relaxed break-words text-foreground',
  '[&_h1]:mt-6 [&_h1]:mb-3 [&_h1]:text-2xl [&_h1]:font-semibold [&_h2]:mt-5 [&_h2]:mb-2 [&_h2]:text-xl [&_h2]:font-semibold',
  '[&_h3]:mt-4 [&_h3]:mb-2 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:mt-3 [&_h4]:font-semibold [&_p]:my-3',
  '[&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1',
  '[&_a]:text-link [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-border [&_blockquote]:pl-4 [&_blockquote]:text-muted-foreground',
  '[&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_code]:font-mono [&_code]:text-sm [&_pre]:my-3 [&_pre]:overflow-x-auto [&_pre]:rounded-lg [&_pre]:bg-muted [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0',
  '[&_table]:my-3 [&_table]:w-full [&_table]:border-collapse [&_td]:border [&_td]:border-border [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-border [&_th]:px-2 [&_th]:py-1 [&_th]:text-left',
  '[&_hr]:my-6 [&_hr]:border-border',
);

const frameClass = 'h-[75dvh] overflow-auto rounded-xl border border-border bg-card';

/** The pipeline renders a DOCX with mammoth (its own tags only); it is sanitised again here before it is shown. */
function sanitize(html: string): string {
  if (typeof window === 'undefined') return '';
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'img', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style', 'class', 'id', 'srcset'],
  });
}

function Centered({ children }: { children: ReactNode }) {
  return <div className={cn(frameClass, 'flex flex-col items-center justify-center gap-3 p-6 text-center text-sm text-muted-foreground')}>{children}</div>;
}

function ImageView({ file }: { file: FileItem }) {
  const t = useTranslations('files.viewer');
  const [broken, setBroken] = useState(false);
  if (broken) {
    return (
      <Centered>
        <FileQuestion aria-hidden className="size-8" />
        <p>{t('imageUnsupported')}</p>
      </Centered>
    );
  }
  return (
    <div className={cn(frameClass, 'flex items-center justify-center bg-muted p-3')}>
      <img src={downloadUrl(file.id, true)} alt={file.display_name} onError={() => setBroken(true)} className="max-h-full max-w-full object-contain" data-testid="image-view" />
    </div>
  );
}

function PreviewView({ file, find }: { file: FileItem; find?: string }) {
  const t = useTranslations('files.viewer');
  const errorMessage = useErrorMessage();
  const preview = useFilePreview(file.id, file.status === 'ready');
  const html = useMemo(() => (preview.data?.html ? sanitize(preview.data.html) : ''), [preview.data?.html]);
  const [frame, setFrame] = useState<HTMLElement | null>(null);
  useFindInFrame(frame, find, preview.isSuccess);

  if (preview.isPending) {
    return (
      <div role="status" aria-busy="true" className={cn(frameClass, 'grid content-start gap-3 p-6')}>
        <span className="sr-only">{t('loading')}</span>
        <Skeleton className="h-6 w-1/2" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-11/12" />
        <Skeleton className="h-4 w-4/5" />
      </div>
    );
  }
  if (preview.isError) {
    return <Alert variant="error">{errorMessage(preview.error)}</Alert>;
  }
  const data = preview.data;
  if (data.kind === 'docx' && html) {
    return (
      <article ref={setFrame} className={cn(frameClass, 'px-5 py-4 sm:px-8 sm:py-6')} data-testid="docx-view">
        <div className={proseClass} dangerouslySetInnerHTML={{ __html: html }} />
      </article>
    );
  }
  if (data.kind === 'markdown' && data.text !== null) {
    return (
      <article ref={setFrame} className={cn(frameClass, 'px-5 py-4 sm:px-8 sm:py-6')} data-testid="markdown-view">
        <div className={proseClass}>
          <ReactMarkdown
            skipHtml
            disallowedElements={['img']}
            unwrapDisallowed
            components={{ a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" /> }}
          >
            {data.text}
          </ReactMarkdown>
        </div>
      </article>
    );
  }
  if (data.text !== null) {
    return (
      <pre ref={setFrame} className={cn(frameClass, 'px-5 py-4 font-mono text-sm leading-relaxed whitespace-pre-wrap break-words')} data-testid="text-view">
        {data.text}
      </pre>
    );
  }
  if (data.pages?.length) {
    const slides = data.kind === 'pptx';
    return (
      <ol ref={setFrame} className={cn(frameClass, 'grid content-start gap-3 bg-muted p-3 sm:p-4')} data-testid="pages-view" aria-label={slides ? t('slides') : t('pages')}>
        {data.pages.map((text, i) => (
          <li key={i} className="grid gap-2 rounded-lg border border-border bg-card p-4 shadow-xs">
            <p className="text-xs font-medium text-muted-foreground">{slides ? t('slide', { page: i + 1 }) : t('page', { page: i + 1 })}</p>
            <p className="text-sm leading-relaxed whitespace-pre-wrap break-words">{text.trim() || t('emptyPage')}</p>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <Centered>
      <FileQuestion aria-hidden className="size-8" />
      <p>{t('nothing')}</p>
    </Centered>
  );
}

/**
 * The document itself: drawn PDFs and images, converted DOCX, text, Markdown and slide text.
 * `find`: a word to show where it first appears (the one a search hit was opened for).
 */
export function FileViewer({ file, find, onPages }: { file: FileItem; find?: string; onPages?: (count: number) => void }) {
  const t = useTranslations('files.viewer');
  const fmt = useFileFormat();
  const [asText, setAsText] = useState(false);

  if (file.kind === 'image') return <ImageView file={file} />;
  if (file.kind === 'pdf') {
    return (
      <div className="grid gap-2">
        {file.status === 'ready' ? (
          <div className="flex justify-end">
            <button type="button" aria-pressed={asText} onClick={() => setAsText(!asText)} className="rounded-md px-2 py-1 text-sm font-medium text-link hover:underline">
              {asText ? t('showPages') : t('showText')}
            </button>
          </div>
        ) : null}
        {asText ? (
          <PreviewView file={file} find={find} />
        ) : (
          <Suspense
            fallback={
              <Centered>
                <LoaderCircle aria-hidden className="size-5 animate-spin motion-reduce:animate-none" />
                {t('loading')}
              </Centered>
            }
          >
            <PdfViewer url={downloadUrl(file.id, true)} find={find} onPages={onPages} />
          </Suspense>
        )}
      </div>
    );
  }
  if (isProcessing(file)) {
    return (
      <Centered>
        <LoaderCircle aria-hidden className="size-6 animate-spin motion-reduce:animate-none" />
        <p className="font-medium text-foreground">{t('processingTitle')}</p>
        <p>{t('processing')}</p>
      </Centered>
    );
  }
  if (file.status === 'failed') {
    return (
      <Centered>
        <FileQuestion aria-hidden className="size-8" />
        <p className="max-w-md">{fmt.errorCode(file.error)}</p>
      </Centered>
    );
  }
  return <PreviewView file={file} find={find} />;
}
