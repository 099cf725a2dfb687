'use client';

// Live file status: one WebSocket per tab on /realtime, shared by every component that asks for
// it. Each event patches the cached file at once and refreshes the lists (debounced); when the
// socket is down the queries fall back to polling (see `useLiveConnected`).
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { create } from 'zustand';
import { anyCachedFile, patchFiles, scheduleListRefresh } from './file-cache';
import { fileKeys } from './query-keys';
import { fileStatuses, isProcessing, type FileStatus } from './types';

type LiveState = {
  connected: boolean;
  /** The last status each file was reported in, for places that hold no file (the upload panel). */
  statuses: Record<string, { status: FileStatus; error: string | null }>;
};

export const useLiveFiles = create<LiveState>(() => ({ connected: false, statuses: {} }));

/** Whether status changes arrive by themselves; when false, screens with busy files poll. */
export function useLiveConnected(): boolean {
  return useLiveFiles((s) => s.connected);
}

/** How often screens showing busy files poll while the socket is down. */
export const POLL_MS = 3000;

const MAX_BACKOFF_MS = 30_000;

let users = 0;
let socket: WebSocket | null = null;
let client: QueryClient | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let attempt = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
/** A page change unmounts one screen and mounts the next: keep the socket across that gap. */
const IDLE_CLOSE_MS = 5000;

type Message = { type?: unknown; file_id?: unknown; status?: unknown; error?: unknown };

function isStatus(value: unknown): value is FileStatus {
  return typeof value === 'string' && (fileStatuses as readonly string[]).includes(value);
}

function onMessage(raw: unknown) {
  if (typeof raw !== 'string' || !client) return;
  let message: Message;
  try {
    message = JSON.parse(raw) as Message;
  } catch {
    return;
  }
  if (message.type === 'hello') {
    attempt = 0;
    useLiveFiles.setState({ connected: true });
    // Events sent while we were away are lost: catch up on anything that was still busy.
    if (anyCachedFile(client, isProcessing)) scheduleListRefresh(client);
    return;
  }
  if (message.type !== 'file' || typeof message.file_id !== 'string') return;
  const id = message.file_id;
  if (isStatus(message.status)) {
    const status = message.status;
    const error = typeof message.error === 'string' ? message.error : null;
    useLiveFiles.setState((s) => ({ statuses: { ...s.statuses, [id]: { status, error } } }));
    patchFiles(client, (f) => (f.id === id && (f.status !== status || f.error !== error) ? { ...f, status, error } : f));
  }
  void client.invalidateQueries({ queryKey: fileKeys.detail(id) });
  scheduleListRefresh(client);
}

function connect() {
  clearTimeout(retryTimer);
  retryTimer = undefined;
  if (socket || users === 0 || typeof window === 'undefined') return;
  let ws: WebSocket;
  try {
    ws = new WebSocket(`${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/realtime`);
  } catch {
    scheduleReconnect();
    return;
  }
  socket = ws;
  ws.onmessage = (event) => onMessage(event.data);
  ws.onerror = () => ws.close();
  ws.onclose = () => {
    if (socket !== ws) return;
    socket = null;
    useLiveFiles.setState({ connected: false });
    scheduleReconnect();
  };
}

/** 1 s, 2 s, 4 s … up to 30 s, with jitter so a restarted server is not hit by every tab at once. */
function scheduleReconnect() {
  if (users === 0 || retryTimer) return;
  const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempt) * (0.5 + Math.random() / 2);
  attempt = Math.min(attempt + 1, 10);
  retryTimer = setTimeout(connect, delay);
}

/** Coming back online or to the tab: try again now instead of waiting out the backoff. */
function reconnectNow() {
  if (document.visibilityState === 'hidden') return;
  if (!socket && users > 0) {
    attempt = 0;
    connect();
  }
}

function disconnect() {
  clearTimeout(retryTimer);
  retryTimer = undefined;
  const ws = socket;
  socket = null;
  ws?.close();
  useLiveFiles.setState({ connected: false });
}

/** Keeps the live connection open while the calling component is mounted. */
export function useFileEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    client = queryClient;
    clearTimeout(idleTimer);
    users += 1;
    if (users === 1) {
      attempt = 0;
      window.addEventListener('online', reconnectNow);
      document.addEventListener('visibilitychange', reconnectNow);
    }
    connect();
    return () => {
      users -= 1;
      if (users > 0) return;
      window.removeEventListener('online', reconnectNow);
      document.removeEventListener('visibilitychange', reconnectNow);
      idleTimer = setTimeout(() => users === 0 && disconnect(), IDLE_CLOSE_MS);
    };
  }, [queryClient]);
}
