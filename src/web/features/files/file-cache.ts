// Editing the file lists and pages already in the query cache: optimistic changes, live status from
// the socket, and the debounced refresh that follows them.
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys as courseKeys } from '@/web/features/courses/query-keys';
import { fileKeys } from './query-keys';
import type { FileItem, FilePage } from './types';

type ListData = InfiniteData<FilePage, string | null>;
export type CacheSnapshot = Array<[QueryKey, unknown]>;

/** Every cached list page and file page, to put back if the server refuses a change. */
export function snapshotFiles(queryClient: QueryClient): CacheSnapshot {
  return [...queryClient.getQueriesData({ queryKey: fileKeys.lists }), ...queryClient.getQueriesData({ queryKey: fileKeys.details })];
}

export function restoreFiles(queryClient: QueryClient, snapshot: CacheSnapshot | undefined): void {
  for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
}

/**
 * Applies `update` to every cached copy of a file: it returns the new file, the same one to leave it,
 * or null to take it out of the lists.
 */
export function patchFiles(queryClient: QueryClient, update: (file: FileItem) => FileItem | null): void {
  queryClient.setQueriesData<ListData>({ queryKey: fileKeys.lists }, (data) => {
    if (!data) return data;
    let changed = false;
    const pages = data.pages.map((page) => {
      const next: FileItem[] = [];
      let pageChanged = false;
      for (const file of page.data) {
        const updated = update(file);
        if (updated !== file) pageChanged = true;
        if (updated) next.push(updated);
      }
      if (!pageChanged) return page;
      changed = true;
      return { ...page, data: next };
    });
    return changed ? { ...data, pages } : data;
  });
  queryClient.setQueriesData<FileItem>({ queryKey: fileKeys.details }, (file) => (file ? (update(file) ?? file) : file));
}

/** Puts the server's version of these files into every list and page that shows them. */
export function mergeFiles(queryClient: QueryClient, files: FileItem[]): void {
  const byId = new Map(files.map((f) => [f.id, f]));
  patchFiles(queryClient, (file) => byId.get(file.id) ?? file);
  for (const f of files) queryClient.setQueryData(fileKeys.detail(f.id), f);
}

/** A file already in some cached list, to show its page at once while it loads. */
export function findCachedFile(queryClient: QueryClient, id: string): FileItem | undefined {
  for (const [, data] of queryClient.getQueriesData<ListData>({ queryKey: fileKeys.lists })) {
    for (const page of data?.pages ?? []) {
      const hit = page.data.find((f) => f.id === id);
      if (hit) return hit;
    }
  }
  return undefined;
}

export function anyCachedFile(queryClient: QueryClient, predicate: (file: FileItem) => boolean): boolean {
  for (const [, data] of queryClient.getQueriesData<ListData>({ queryKey: fileKeys.lists })) {
    if (data?.pages.some((page) => page.data.some(predicate))) return true;
  }
  return false;
}

const REFRESH_DELAY_MS = 300;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Refetches lists, search results and course counts once things have been quiet for 300 ms, so a
 * burst of 200 uploads or status events costs one refetch, not 200.
 */
export function scheduleListRefresh(queryClient: QueryClient): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    refreshTimer = undefined;
    void refreshLists(queryClient);
  }, REFRESH_DELAY_MS);
}

/** Refetches at once every list that shows files, and the course counts. */
export function refreshLists(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: fileKeys.lists }),
    queryClient.invalidateQueries({ queryKey: fileKeys.searches }),
    queryClient.invalidateQueries({ queryKey: courseKeys.courses }),
    queryClient.invalidateQueries({ queryKey: courseKeys.activity }),
  ]);
}
