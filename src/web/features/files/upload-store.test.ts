import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's XMLHttpRequest: the test decides when and how each request ends. */
class FakeXhr {
  static all: FakeXhr[] = [];
  status = 0;
  responseText = '';
  responseType = '';
  headers: Record<string, string> = {};
  sent: FormData | null = null;
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  responseHeaders: Record<string, string> = {};
  open() {}
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name] ?? null;
  }
  send(body: FormData) {
    this.sent = body;
    FakeXhr.all.push(this);
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.responseHeaders = headers;
    this.onload?.();
  }
}

const MAX = 1000;
const stored = (name: string) => ({ data: [{ name, outcome: 'stored', file: null, error: null }] });
const file = (name: string, size = 10) => ({ file: new File(['x'.repeat(size)], name), path: `Folder/${name}` });

let store: typeof import('./upload-store');

beforeEach(async () => {
  FakeXhr.all = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.resetModules();
  store = await import('./upload-store');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const statuses = () => store.useUploads.getState().items.map((i) => i.status);

describe('the upload queue', () => {
  it('sends one file per request, three at a time, with the folder path and the course', () => {
    store.useUploads.getState().enqueue([file('a.pdf'), file('b.pdf'), file('c.pdf'), file('d.pdf'), file('e.exe')], { courseId: 'c1', maxBytes: MAX });
    expect(FakeXhr.all).toHaveLength(3);
    expect(statuses()).toEqual(['uploading', 'uploading', 'uploading', 'waiting', 'rejected']);
    const form = FakeXhr.all[0]!.sent!;
    expect((form.get('files') as File).name).toBe('Folder/a.pdf');
    expect(form.get('course_id')).toBe('c1');
    FakeXhr.all[0]!.answer(201, stored('a.pdf'));
    expect(FakeXhr.all).toHaveLength(4);
    expect(statuses()).toEqual(['stored', 'uploading', 'uploading', 'uploading', 'rejected']);
  });

  it('cancels one or all, and retries what was cancelled or failed', () => {
    const s = store.useUploads.getState();
    s.enqueue([file('a.pdf'), file('b.pdf'), file('c.pdf'), file('d.pdf')], { courseId: null, maxBytes: MAX });
    s.cancel(store.useUploads.getState().items[0]!.id);
    expect(statuses()[0]).toBe('cancelled');
    expect(statuses()[3]).toBe('uploading');
    FakeXhr.all[1]!.onerror?.();
    expect(statuses()[1]).toBe('failed');
    s.cancelAll();
    expect(statuses()).toEqual(['cancelled', 'failed', 'cancelled', 'cancelled']);
    s.retryAll();
    expect(statuses()).toEqual(['uploading', 'uploading', 'uploading', 'waiting']);
  });

  it('keeps the server refusal as the message and does not offer to send it again', () => {
    store.useUploads.getState().enqueue([file('fake.pdf')], { courseId: null, maxBytes: MAX });
    FakeXhr.all[0]!.answer(415, { error: { code: 'FILE_TYPE_MISMATCH', message: 'Contents do not match.' } });
    const item = store.useUploads.getState().items[0]!;
    expect(item.status).toBe('rejected');
    expect(item.error).toEqual({ code: 'FILE_TYPE_MISMATCH', message: 'Contents do not match.' });
  });

  it('pauses the whole queue when rate limited and resumes after Retry-After', () => {
    vi.useFakeTimers();
    store.useUploads.getState().enqueue([file('a.pdf'), file('b.pdf'), file('c.pdf'), file('d.pdf')], { courseId: null, maxBytes: MAX });
    FakeXhr.all[0]!.answer(429, { error: { code: 'RATE_LIMITED', message: 'Slow down' } }, { 'Retry-After': '2' });
    expect(statuses()).toEqual(['waiting', 'uploading', 'uploading', 'waiting']);
    expect(FakeXhr.all).toHaveLength(3);
    vi.advanceTimersByTime(2100);
    expect(FakeXhr.all).toHaveLength(4);
    expect(store.useUploads.getState().pausedUntil).toBe(0);
  });

  it("refuses a file over the plan's limit without sending it, naming the limit", () => {
    const mb = 1024 * 1024;
    store.useUploads.getState().enqueue([file('thesis.pdf', 51 * mb)], { courseId: null, maxBytes: 50 * mb });
    expect(FakeXhr.all).toHaveLength(0);
    expect(store.useUploads.getState().items[0]).toMatchObject({ status: 'rejected', error: { code: 'FILE_OVER_PLAN_LIMIT', params: { limitMb: 50 } } });
    // On a plan with room for it, the same file goes.
    store.useUploads.getState().enqueue([file('thesis.pdf', 51 * mb)], { courseId: null, maxBytes: 75 * mb });
    expect(FakeXhr.all).toHaveLength(1);
  });

  it('measures overall progress in bytes', () => {
    store.useUploads.getState().enqueue([file('a.pdf', 100), file('b.pdf', 300)], { courseId: null, maxBytes: MAX });
    FakeXhr.all[0]!.answer(201, stored('a.pdf'));
    FakeXhr.all[1]!.upload.onprogress?.({ loaded: 150, total: 300, lengthComputable: true });
    const progress = store.overallProgress(store.useUploads.getState().items);
    expect(progress).toEqual({ done: 1, total: 2, fraction: 250 / 400 });
  });
});
