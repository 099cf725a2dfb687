'use client';

// The upload queue: one request per file, three at a time, each with its own progress, cancel and
// retry. It lives outside React so uploads carry on while the student moves between pages.
import type { QueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import type { Locale } from '@/i18n/locales';
import { mergeFiles, scheduleListRefresh } from './file-cache';
import type { PickedFile } from './collect-files';
import type { FileItem, UploadResult } from './types';
import { megabytes } from '@/domain/billing/plans';
import { precheck } from './upload-rules';

export const UPLOAD_CONCURRENCY = 3;
const PROGRESS_INTERVAL_MS = 100;

export type UploadStatus = 'waiting' | 'uploading' | 'stored' | 'duplicate' | 'rejected' | 'failed' | 'cancelled';

export type UploadItem = {
  id: string;
  /** The path shown and sent as the part's filename ("BIO101/Week 3/notes.pdf"). */
  path: string;
  size: number;
  courseId: string | null;
  status: UploadStatus;
  loaded: number;
  /**
   * Why it did not go through: an error-catalog code (`NETWORK_ERROR` when the request never got an
   * answer) and the server's localised message when it sent one, else the message's parameters.
   */
  error: { code: string; message: string | null; params?: Record<string, number> } | null;
  /** The stored file, or the one already in the library for a duplicate. */
  file: FileItem | null;
};

type UploadState = {
  items: UploadItem[];
  /** The server asked us to slow down (429): nothing starts before this time (ms since epoch). */
  pausedUntil: number;
  /** A new batch opens the panel; the student may fold it away. */
  open: boolean;
  /** `maxBytes`: the largest file the student's plan accepts. */
  enqueue: (files: PickedFile[], options: { courseId: string | null; maxBytes: number }) => void;
  cancel: (id: string) => void;
  cancelAll: () => void;
  retry: (id: string) => void;
  retryAll: () => void;
  clearFinished: () => void;
  setOpen: (open: boolean) => void;
};

const ACTIVE: ReadonlySet<UploadStatus> = new Set(['waiting', 'uploading']);
export const RETRYABLE: ReadonlySet<UploadStatus> = new Set(['failed', 'cancelled']);

/** The File objects and requests of the queue: not state React renders. */
const blobs = new Map<string, File>();
const requests = new Map<string, XMLHttpRequest>();
/** How often each file was turned away for going too fast; past the limit it fails for real. */
const throttled = new Map<string, number>();
const MAX_THROTTLED = 5;
const DEFAULT_PAUSE_S = 10;
let resumeTimer: ReturnType<typeof setTimeout> | undefined;
let context: { locale: Locale; queryClient: QueryClient | null } = { locale: 'en-US', queryClient: null };
let nextId = 1;

/** The page's locale (for the server's messages) and the cache to refresh; set by the panel. */
export function configureUploads(next: { locale: Locale; queryClient: QueryClient }): void {
  context = next;
}

export const useUploads = create<UploadState>((set, get) => {
  const update = (id: string, patch: Partial<UploadItem>) =>
    set((s) => ({ items: s.items.map((item) => (item.id === id ? { ...item, ...patch } : item)) }));

  function finish(id: string, patch: Partial<UploadItem>) {
    requests.delete(id);
    // Only what can never be sent again lets go of its bytes; failed or paused files keep them.
    if (patch.status === 'stored' || patch.status === 'duplicate' || patch.status === 'rejected') blobs.delete(id);
    update(id, patch);
    pump();
  }

  function start(item: UploadItem) {
    const blob = blobs.get(item.id);
    if (!blob) return update(item.id, { status: 'failed', error: { code: 'NETWORK_ERROR', message: null } });
    const xhr = new XMLHttpRequest();
    requests.set(item.id, xhr);
    update(item.id, { status: 'uploading', loaded: 0, error: null });
    xhr.open('POST', '/api/files/upload');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', context.locale);
    xhr.responseType = 'text';
    let shownAt = 0;
    xhr.upload.onprogress = (event) => {
      // At most ten repaints a second per file: 200 files must not flood React.
      const now = performance.now();
      if (now - shownAt < PROGRESS_INTERVAL_MS && event.loaded < event.total) return;
      shownAt = now;
      update(item.id, { loaded: event.lengthComputable ? Math.min(event.loaded, item.size) : 0 });
    };
    xhr.onload = () => {
      if (xhr.status === 429 && (throttled.get(item.id) ?? 0) < MAX_THROTTLED) {
        // Rate limited: put it back in line and pause the queue for as long as the server says.
        throttled.set(item.id, (throttled.get(item.id) ?? 0) + 1);
        const seconds = Number(xhr.getResponseHeader('Retry-After')) || DEFAULT_PAUSE_S;
        set({ pausedUntil: Date.now() + seconds * 1000 });
        return finish(item.id, { status: 'waiting', loaded: 0 });
      }
      finish(item.id, outcomeOf(xhr, item));
    };
    xhr.onerror = () => finish(item.id, { status: 'failed', error: { code: 'NETWORK_ERROR', message: null } });
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => finish(item.id, { status: 'cancelled', loaded: 0 });
    const form = new FormData();
    if (item.courseId) form.append('course_id', item.courseId);
    form.append('files', blob, item.path);
    xhr.send(form);
  }

  function outcomeOf(xhr: XMLHttpRequest, item: UploadItem): Partial<UploadItem> {
    let body: { data?: UploadResult[]; error?: { code?: string; message?: string } } | undefined;
    try {
      body = JSON.parse(xhr.responseText);
    } catch {
      body = undefined;
    }
    const result = body?.data?.[0];
    if (xhr.status >= 200 && xhr.status < 300 && result) {
      const queryClient = context.queryClient;
      if (result.file && queryClient) {
        mergeFiles(queryClient, [result.file]);
        scheduleListRefresh(queryClient);
      }
      if (result.outcome === 'rejected') {
        return { status: 'rejected', error: { code: result.error?.code ?? 'INTERNAL', message: result.error?.message ?? null } };
      }
      return { status: result.outcome, loaded: item.size, file: result.file };
    }
    const error = { code: body?.error?.code ?? 'INTERNAL', message: body?.error?.message ?? null };
    // The file itself was refused (type, size, content): sending it again changes nothing.
    const refused = xhr.status >= 400 && xhr.status < 500 && xhr.status !== 408 && xhr.status !== 429 && xhr.status !== 401;
    return { status: refused ? 'rejected' : 'failed', loaded: 0, error };
  }

  function pump() {
    const { items, pausedUntil } = get();
    const wait = pausedUntil - Date.now();
    if (wait > 0) {
      clearTimeout(resumeTimer);
      resumeTimer = setTimeout(pump, wait);
      return;
    }
    if (pausedUntil) set({ pausedUntil: 0 });
    let running = items.filter((i) => i.status === 'uploading').length;
    for (const item of items) {
      if (running >= UPLOAD_CONCURRENCY) break;
      if (item.status !== 'waiting') continue;
      running += 1;
      start(item);
    }
  }

  return {
    items: [],
    pausedUntil: 0,
    open: false,
    enqueue: (files, { courseId, maxBytes }) => {
      if (files.length === 0) return;
      const added: UploadItem[] = files.map(({ file, path }) => {
        const id = `u${nextId++}`;
        const code = precheck(file, maxBytes, path);
        if (!code) blobs.set(id, file);
        return {
          id,
          path,
          size: file.size,
          courseId,
          status: code ? 'rejected' : 'waiting',
          loaded: 0,
          error: code ? { code, message: null, params: { limitMb: megabytes(maxBytes) } } : null,
          file: null,
        };
      });
      set((s) => ({ items: [...s.items, ...added], open: true }));
      pump();
    },
    cancel: (id) => {
      const xhr = requests.get(id);
      if (xhr) xhr.abort();
      else if (get().items.find((i) => i.id === id)?.status === 'waiting') update(id, { status: 'cancelled' });
    },
    cancelAll: () => {
      set((s) => ({ items: s.items.map((i) => (i.status === 'waiting' ? { ...i, status: 'cancelled' as const } : i)) }));
      for (const xhr of [...requests.values()]) xhr.abort();
    },
    retry: (id) => {
      if (!blobs.has(id)) return;
      throttled.delete(id);
      update(id, { status: 'waiting', loaded: 0, error: null });
      pump();
    },
    retryAll: () => {
      throttled.clear();
      set((s) => ({ items: s.items.map((i) => (RETRYABLE.has(i.status) && blobs.has(i.id) ? { ...i, status: 'waiting' as const, loaded: 0, error: null } : i)) }));
      pump();
    },
    clearFinished: () => {
      const keep = get().items.filter((i) => ACTIVE.has(i.status));
      const kept = new Set(keep.map((i) => i.id));
      for (const id of [...blobs.keys()]) if (!kept.has(id)) blobs.delete(id);
      for (const id of [...throttled.keys()]) if (!kept.has(id)) throttled.delete(id);
      set({ items: keep, open: keep.length > 0 });
    },
    setOpen: (open) => set({ open }),
  };
});

export function isActive(item: UploadItem): boolean {
  return ACTIVE.has(item.status);
}

/** Bytes sent over bytes to send, for everything that is or was going up. */
export function overallProgress(items: UploadItem[]): { done: number; total: number; fraction: number } {
  const counted = items.filter((i) => i.status !== 'rejected' && i.status !== 'cancelled');
  const total = counted.reduce((sum, i) => sum + i.size, 0);
  const sent = counted.reduce((sum, i) => sum + (i.status === 'stored' || i.status === 'duplicate' ? i.size : i.loaded), 0);
  const done = items.filter((i) => !ACTIVE.has(i.status)).length;
  return { done, total: items.length, fraction: total > 0 ? sent / total : 0 };
}
