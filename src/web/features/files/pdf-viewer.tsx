'use client';

// PDF pages drawn in the browser by pdf.js: one canvas per page, drawn as it nears the viewport
// and released when far away, so a 300-page reader costs a few pages of memory. Over each drawn
// page lies pdf.js' text layer (transparent text, styled in globals.css): its words can be
// selected and copied, and the one a search hit was opened for is marked.
import { LoaderCircle, Minus, Plus } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { Alert } from '@/web/components/ui/alert';
import { Skeleton } from '@/web/components/ui/skeleton';
import { findFirst, findPattern, markFound, scrollFrameTo, unmarkFound } from './find-in-document';

type PdfJs = typeof import('pdfjs-dist');
type PageText = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;

let pdfjsPromise: Promise<PdfJs> | null = null;

/** pdf.js and its worker, loaded on first use (never on pages without a PDF). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/legacy/build/pdf.worker.min.mjs', import.meta.url).toString();
    return pdfjs as PdfJs;
  });
  pdfjsPromise.catch(() => (pdfjsPromise = null));
  return pdfjsPromise;
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const A4_RATIO = 841.89 / 595.28;
const GAP_PX = 12;
/** Pages whose text stays read: those around the view, and the one a search found. */
const TEXTS_KEPT = 8;

/**
 * Each page's text, read once by pdf.js' worker for both the page search and the text layers (a
 * new zoom lays the same text out again), the most recently used few kept.
 */
function pageTexts(doc: PDFDocumentProxy): (page: number) => Promise<PageText> {
  const kept = new Map<number, Promise<PageText>>();
  return (page) => {
    const text = kept.get(page) ?? doc.getPage(page).then((p) => p.getTextContent());
    kept.delete(page);
    kept.set(page, text);
    if (kept.size > TEXTS_KEPT) kept.delete(kept.keys().next().value!);
    text.catch(() => kept.get(page) === text && kept.delete(page));
    return text;
  };
}

function PdfPage({
  doc,
  pageNumber,
  width,
  ratio,
  root,
  find,
  textOf,
  onRatio,
  onSeen,
}: {
  doc: PDFDocumentProxy;
  pageNumber: number;
  width: number;
  ratio: number;
  root: HTMLElement | null;
  /** The word to mark on this page, if it is where the word first appears. */
  find?: string;
  textOf: (page: number) => Promise<PageText>;
  onRatio: (page: number, ratio: number) => void;
  onSeen: (page: number, visible: boolean) => void;
}) {
  const t = useTranslations('files.viewer');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState(false);
  /** How many times the text layer was laid out since the page came near (each time, marked anew). */
  const [textLaidOut, setTextLaidOut] = useState(0);

  useEffect(() => {
    const el = boxRef.current;
    if (!el || !root) return;
    const nearby = new IntersectionObserver(([entry]) => setNear(!!entry?.isIntersecting), { root, rootMargin: '150% 0px' });
    const seen = new IntersectionObserver(([entry]) => onSeen(pageNumber, !!entry?.isIntersecting), { root, threshold: 0.35 });
    nearby.observe(el);
    seen.observe(el);
    return () => {
      nearby.disconnect();
      seen.disconnect();
    };
  }, [root, pageNumber, onSeen]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const text = textRef.current;
    if (!near || !canvas || !text || width <= 0) return;
    let cancelled = false;
    let task: { cancel: () => void; promise: Promise<void> } | null = null;
    let layer: { cancel: () => void } | null = null;
    void (async () => {
      try {
        const page = await doc.getPage(pageNumber);
        if (cancelled) return;
        const base = page.getViewport({ scale: 1 });
        onRatio(pageNumber, base.height / base.width);
        const viewport = page.getViewport({ scale: width / base.width });
        const dpr = Math.min(window.devicePixelRatio || 1, 2);
        canvas.width = Math.floor(viewport.width * dpr);
        canvas.height = Math.floor(viewport.height * dpr);
        task = page.render({ canvas, viewport, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined });
        await task.promise;
        if (cancelled) return;
        setDrawn(true);
        const [{ TextLayer }, content] = await Promise.all([loadPdfJs(), textOf(pageNumber)]);
        if (cancelled) return;
        text.replaceChildren();
        text.style.setProperty('--total-scale-factor', String(viewport.scale * viewport.userUnit));
        const textLayer = new TextLayer({ textContentSource: content, container: text, viewport });
        layer = textLayer;
        await textLayer.render();
        if (!cancelled) setTextLaidOut((n) => n + 1);
      } catch {
        // Cancelled by scrolling away or a new width: the next pass draws it.
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
      layer?.cancel();
    };
  }, [near, doc, pageNumber, width, textOf, onRatio]);

  useEffect(() => {
    const text = textRef.current;
    const found = textLaidOut && text && find ? findFirst(text, find) : null;
    if (!found) return;
    markFound(found);
    return unmarkFound;
  }, [textLaidOut, find]);

  // Far from view: give the canvas memory back.
  useEffect(() => {
    if (near) return;
    const canvas = canvasRef.current;
    if (canvas) {
      canvas.width = 0;
      canvas.height = 0;
    }
    textRef.current?.replaceChildren();
    setTextLaidOut(0);
    setDrawn(false);
  }, [near]);

  return (
    <div ref={boxRef} data-page={pageNumber} className="relative mx-auto bg-white shadow-sm" style={{ width, height: width * ratio }}>
      {!drawn ? <Skeleton className="absolute inset-0 rounded-none bg-white dark:bg-white" /> : null}
      <canvas ref={canvasRef} role="img" aria-label={t('page', { page: pageNumber })} data-testid="pdf-page" className="block size-full" />
      <div ref={textRef} className="textLayer" data-testid="pdf-text-layer" />
    </div>
  );
}

export default function PdfViewer({ url, find, onPages }: { url: string; find?: string; onPages?: (count: number) => void }) {
  const t = useTranslations('files.viewer');
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [boxWidth, setBoxWidth] = useState(0);
  const [zoom, setZoom] = useState(1);
  const [ratios, setRatios] = useState<Record<number, number>>({});
  const [current, setCurrent] = useState(1);
  const [foundOn, setFoundOn] = useState<number | null>(null);
  const visible = useRef(new Set<number>());
  const textOf = useMemo(() => (doc ? pageTexts(doc) : null), [doc]);

  useEffect(() => {
    let destroyed = false;
    let task: ReturnType<PdfJs['getDocument']> | null = null;
    setDoc(null);
    setFailed(false);
    void loadPdfJs()
      .then((pdfjs) => {
        if (destroyed) return;
        task = pdfjs.getDocument({ url, isEvalSupported: false, enableXfa: false });
        return task.promise.then((loaded) => {
          if (destroyed) return;
          setDoc(loaded);
          onPages?.(loaded.numPages);
        });
      })
      .catch(() => !destroyed && setFailed(true));
    return () => {
      destroyed = true;
      void task?.destroy();
    };
  }, [url, onPages]);

  useEffect(() => {
    const el = root;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setBoxWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [root]);

  const onRatio = useCallback((page: number, ratio: number) => {
    setRatios((r) => (Math.abs((r[page] ?? 0) - ratio) < 0.001 ? r : { ...r, [page]: ratio }));
  }, []);

  const onSeen = useCallback((page: number, isVisible: boolean) => {
    if (isVisible) visible.current.add(page);
    else visible.current.delete(page);
    if (visible.current.size) setCurrent(Math.min(...visible.current));
  }, []);

  const pageWidth = Math.max(0, Math.floor((boxWidth - 2 * GAP_PX) * zoom));
  const laidOut = pageWidth > 0;

  // The first page whose text has the word a search hit was opened for, scrolled to once the
  // pages have their size. pdf.js reads each page's text in its worker, in page order; the found
  // page's text layer then lays out the text read here.
  useEffect(() => {
    setFoundOn(null);
    if (!doc || !textOf || !find || !root || !laidOut) return;
    let cancelled = false;
    const pattern = findPattern(find);
    void (async () => {
      for (let n = 1; n <= doc.numPages && !cancelled; n++) {
        const content = await textOf(n);
        const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
        if (!pattern.test(text)) continue;
        const box = root.querySelector<HTMLElement>(`[data-page="${n}"]`);
        if (cancelled || !box) return;
        setFoundOn(n);
        scrollFrameTo(root, box.getBoundingClientRect().top, GAP_PX);
        return;
      }
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [doc, textOf, find, root, laidOut]);
  const zoomIndex = ZOOMS.indexOf(zoom);
  const firstRatio = ratios[1] ?? A4_RATIO;

  return (
    <div className="flex min-h-0 flex-col overflow-hidden rounded-xl border border-border bg-muted" data-testid="pdf-viewer">
      <div className="flex flex-wrap items-center gap-2 border-b border-border bg-background px-3 py-1.5 text-sm">
        <span aria-live="polite" className="tabular-nums text-muted-foreground" data-testid="pdf-page-count">
          {doc ? t('pageOf', { page: current, count: doc.numPages }) : t('loading')}
        </span>
        {foundOn !== null && find ? (
          <span role="status" className="truncate text-muted-foreground" data-testid="pdf-found-on">
            {t('foundOn', { word: find, page: foundOn })}
          </span>
        ) : null}
        <div className="ml-auto flex items-center gap-1">
          <button
            type="button"
            aria-label={t('zoomOut')}
            disabled={zoomIndex <= 0}
            onClick={() => setZoom(ZOOMS[zoomIndex - 1] ?? zoom)}
            className="inline-flex size-8 items-center justify-center rounded-md hover:bg-muted disabled:opacity-40"
          >
            <Minus aria-hidden className="size-4" />
          </button>
          <button type="button" onClick={() => setZoom(1)} className="h-8 min-w-14 rounded-md px-2 tabular-nums hover:bg-muted" aria-label={t('zoomReset')}>
            {Math.round(zoom * 100)}%
          </button>
          <button
            type="button"
            aria-label={t('zoomIn')}
            disabled={zoomIndex >= ZOOMS.length - 1}
            onClick={() => setZoom(ZOOMS[zoomIndex + 1] ?? zoom)}
            className="inline-flex size-8 items-center justify-center rounded-md hover:bg-muted disabled:opacity-40"
          >
            <Plus aria-hidden className="size-4" />
          </button>
        </div>
      </div>
      <div
        ref={setRoot}
        tabIndex={0}
        role="region"
        aria-label={t('pages')}
        className="h-[75dvh] overflow-auto outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        {failed ? (
          <div className="p-4">
            <Alert variant="error">{t('pdfFailed')}</Alert>
          </div>
        ) : !doc || !textOf ? (
          <div role="status" className="flex h-full items-center justify-center gap-2 text-sm text-muted-foreground">
            <LoaderCircle aria-hidden className="size-4 animate-spin motion-reduce:animate-none" />
            {t('loading')}
          </div>
        ) : (
          <div className="grid w-max min-w-full justify-items-center" style={{ gap: GAP_PX, padding: GAP_PX }}>
            {Array.from({ length: doc.numPages }, (_, i) => (
              <PdfPage
                key={i + 1}
                doc={doc}
                pageNumber={i + 1}
                width={pageWidth}
                ratio={ratios[i + 1] ?? firstRatio}
                root={root}
                find={foundOn === i + 1 ? find : undefined}
                textOf={textOf}
                onRatio={onRatio}
                onSeen={onSeen}
              />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
