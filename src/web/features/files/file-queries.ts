'use client';

import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { toast } from '@/web/components/ui/toast';
import { ApiError, apiFetch } from '@/web/lib/api';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { findCachedFile, mergeFiles, patchFiles, refreshLists, restoreFiles, snapshotFiles } from './file-cache';
import { fileKeys, type SearchFilter } from './query-keys';
import { POLL_MS, useLiveConnected } from './use-file-events';
import {
  isProcessing,
  type BulkAction,
  type FileCategory,
  type FileFilter,
  type FileItem,
  type FilePage,
  type FilePreview,
  type SearchResponse,
} from './types';

export const PAGE_SIZE = 50;

export function listUrl(filter: FileFilter, cursor: string | null): string {
  const params = new URLSearchParams();
  if (filter.view === 'trash') params.set('trashed', 'true');
  if (filter.view === 'review') params.set('review', 'true');
  if (filter.course) params.set('course_id', filter.course);
  if (filter.folder && filter.course && filter.course !== 'none') params.set('folder_id', filter.folder);
  if (filter.category) params.set('category', filter.category);
  if (filter.language) params.set('language', filter.language);
  if (filter.type) params.set('type', filter.type);
  if (filter.status) params.set('status', filter.status);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  params.set('sort', filter.sort);
  params.set('order', filter.order);
  params.set('limit', String(PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return `/api/files?${params}`;
}

const fileUrl = (id: string) => `/api/files/${encodeURIComponent(id)}`;
export const downloadUrl = (id: string, inline: boolean) => `${fileUrl(id)}/download?inline=${inline}`;

/** The library, 50 files a page. Polls every 3 s while a shown file is busy and the socket is down. */
export function useFileList(filter: FileFilter) {
  const locale = useLocale();
  const live = useLiveConnected();
  return useInfiniteQuery({
    queryKey: fileKeys.list(filter),
    queryFn: ({ pageParam, signal }) => apiFetch<FilePage>(listUrl(filter, pageParam), { locale, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (!live && query.state.data?.pages.some((p) => p.data.some(isProcessing)) ? POLL_MS : false),
  });
}

export function useFile(id: string) {
  const locale = useLocale();
  const live = useLiveConnected();
  const queryClient = useQueryClient();
  return useQuery<FileItem>({
    queryKey: fileKeys.detail(id),
    queryFn: ({ signal }) => apiFetch<FileItem>(fileUrl(id), { locale, signal }),
    placeholderData: () => findCachedFile(queryClient, id),
    retry: (count, error) => count < 1 && !(error instanceof ApiError && (error.status === 404 || error.status === 400)),
    refetchInterval: (query) => (!live && query.state.data && isProcessing(query.state.data) ? POLL_MS : false),
  });
}

/** What the viewer shows for documents it does not render itself (DOCX, text, slides). */
export function useFilePreview(id: string, enabled: boolean) {
  const locale = useLocale();
  return useQuery({
    queryKey: fileKeys.preview(id),
    queryFn: ({ signal }) => apiFetch<FilePreview>(`${fileUrl(id)}/preview`, { locale, signal }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Results a page at a time (the dialog shows more on request); pages follow `next_offset`. */
export function useFileSearch(q: string, filter: SearchFilter) {
  const locale = useLocale();
  const term = q.trim();
  return useInfiniteQuery({
    queryKey: fileKeys.search(term, filter),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ q: term, limit: '20', offset: String(pageParam) });
      if (filter.course) params.set('course_id', filter.course);
      if (filter.category) params.set('category', filter.category);
      if (filter.type) params.set('type', filter.type);
      return apiFetch<SearchResponse>(`/api/search?${params}`, { locale, signal });
    },
    initialPageParam: 0,
    getNextPageParam: (last) => last.next_offset ?? undefined,
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

export type FileChange = { course_id?: string | null; folder_id?: string | null; category?: FileCategory; display_name?: string };

function applyChange(file: FileItem, change: FileChange): FileItem {
  const next = { ...file };
  if (change.course_id !== undefined) Object.assign(next, { course_id: change.course_id, course_source: 'user', folder_id: null });
  // Filing into a folder (or none) settles the course as well.
  if (change.folder_id !== undefined) Object.assign(next, { folder_id: change.folder_id, course_source: 'user' });
  if (change.category !== undefined) Object.assign(next, { ai_category: change.category, category_source: 'user' });
  if (change.display_name !== undefined) next.display_name = change.display_name;
  return next;
}

/**
 * A correction or rename of one file: shown at once everywhere, undone with a toast if the server
 * refuses. The server learns from course and category corrections.
 */
export function useUpdateFile() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  return useMutation({
    mutationFn: ({ file, change }: { file: FileItem; change: FileChange }) =>
      apiFetch<FileItem>(fileUrl(file.id), { method: 'PATCH', locale, body: change }),
    onMutate: async ({ file, change }) => {
      await queryClient.cancelQueries({ queryKey: fileKeys.all });
      const snapshot = snapshotFiles(queryClient);
      patchFiles(queryClient, (f) => (f.id === file.id ? applyChange(f, change) : f));
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      restoreFiles(queryClient, context?.snapshot);
      toast.error(errorMessage(error));
    },
    onSuccess: (file) => mergeFiles(queryClient, [file]),
    onSettled: () => refreshLists(queryClient),
  });
}

export type BulkRequest = { ids: string[]; action: BulkAction; course_id?: string | null; category?: FileCategory };

/** Leaves the lists of the view the action takes files out of. */
const removesFromView: Partial<Record<BulkAction, true>> = { trash: true, restore: true, delete_forever: true };

/** One action on many files, all or nothing; the lists change at once and come back on failure. */
export function useBulkFiles() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  return useMutation({
    mutationFn: async ({ ids, action, course_id, category }: BulkRequest) =>
      (
        await apiFetch<{ data: FileItem[] }>('/api/files/bulk', {
          method: 'POST',
          locale,
          body: { file_ids: ids, action, ...(course_id !== undefined ? { course_id } : {}), ...(category ? { category } : {}) },
        })
      ).data,
    onMutate: async ({ ids, action, course_id, category }) => {
      await queryClient.cancelQueries({ queryKey: fileKeys.all });
      const snapshot = snapshotFiles(queryClient);
      const chosen = new Set(ids);
      patchFiles(queryClient, (f) => {
        if (!chosen.has(f.id)) return f;
        if (removesFromView[action]) return null;
        if (action === 'move') return applyChange(f, { course_id: course_id ?? null });
        if (action === 'set_category' && category) return applyChange(f, { category });
        return f;
      });
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      restoreFiles(queryClient, context?.snapshot);
      toast.error(errorMessage(error));
    },
    onSuccess: (files, { action, ids }) => {
      if (action === 'delete_forever') for (const id of ids) queryClient.removeQueries({ queryKey: fileKeys.detail(id) });
      else if (!removesFromView[action]) mergeFiles(queryClient, files);
      else for (const f of files) queryClient.setQueryData(fileKeys.detail(f.id), f);
    },
    onSettled: () => refreshLists(queryClient),
  });
}

/** Runs the analysis again; the student's own corrections are kept. */
export function useReanalyse() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  return useMutation({
    mutationFn: async (ids: string[]) =>
      (await apiFetch<{ data: FileItem[] }>('/api/files/categorize', { method: 'POST', locale, body: { file_ids: ids } })).data,
    onSuccess: (files) => mergeFiles(queryClient, files),
    onError: (error) => toast.error(errorMessage(error)),
    onSettled: () => refreshLists(queryClient),
  });
}

/** Moves one file to the trash (kept 30 days). */
export function useTrashFile() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  return useMutation({
    mutationFn: (file: FileItem) => apiFetch<FileItem>(fileUrl(file.id), { method: 'DELETE', locale }),
    onSuccess: (file) => {
      queryClient.setQueryData(fileKeys.detail(file.id), file);
      patchFiles(queryClient, (f) => (f.id === file.id ? null : f));
    },
    onError: (error) => toast.error(errorMessage(error)),
    onSettled: () => refreshLists(queryClient),
  });
}
