'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { useEffect } from 'react';
import { toast } from '@/web/components/ui/toast';
import { apiFetch } from '@/web/lib/api';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { fileKeys } from '@/web/features/files/query-keys';
import { queryKeys } from './query-keys';
import { descendantIds } from './folder-model';
import type { Folder } from './types';

/**
 * A course's folders (none asked for without a course). `expected` is a folder a file names: when the
 * cached list lacks it (the worker just created it from a dropped folder), the list is fetched again.
 */
export function useFolders(courseId: string | null, expected?: string | null) {
  const locale = useLocale();
  const query = useQuery({
    queryKey: queryKeys.folders(courseId ?? ''),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ data: Folder[] }>(`/api/courses/${encodeURIComponent(courseId!)}/folders`, { locale, signal })).data,
    enabled: !!courseId,
  });
  const { data, refetch } = query;
  // Once per list: an unchanged answer keeps the same array, so a folder deleted meanwhile asks only once.
  useEffect(() => {
    if (expected && data && !data.some((f) => f.id === expected)) void refetch({ cancelRefetch: false });
  }, [expected, data, refetch]);
  return query;
}

type FolderChange =
  | { kind: 'create'; name: string; parent_id: string | null }
  | { kind: 'rename'; folder: Folder; name: string }
  | { kind: 'move'; folder: Folder; parent_id: string | null }
  | { kind: 'delete'; folder: Folder };

type FolderResult = Folder | { deleted: { folders: number; files_unfiled: number } };

/**
 * Every change to a course's folders, shown at once and undone with a toast when the server
 * refuses (e.g. a move into its own subfolder).
 */
export function useFolderMutation(courseId: string) {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const key = queryKeys.folders(courseId);
  return useMutation({
    mutationFn: (change: FolderChange): Promise<FolderResult> => {
      switch (change.kind) {
        case 'create':
          return apiFetch<Folder>(`/api/courses/${encodeURIComponent(courseId)}/folders`, {
            method: 'POST',
            locale,
            body: { name: change.name, ...(change.parent_id ? { parent_id: change.parent_id } : {}) },
          });
        case 'rename':
          return apiFetch<Folder>(`/api/folders/${encodeURIComponent(change.folder.id)}`, { method: 'PATCH', locale, body: { name: change.name } });
        case 'move':
          return apiFetch<Folder>(`/api/folders/${encodeURIComponent(change.folder.id)}`, {
            method: 'PATCH',
            locale,
            body: { parent_id: change.parent_id },
          });
        case 'delete':
          return apiFetch<{ deleted: { folders: number; files_unfiled: number } }>(`/api/folders/${encodeURIComponent(change.folder.id)}`, {
            method: 'DELETE',
            locale,
          });
      }
    },
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Folder[]>(key);
      if (previous) {
        let next = previous;
        if (change.kind === 'create') {
          const siblings = previous.filter((f) => f.parent_id === change.parent_id);
          next = [
            ...previous,
            {
              id: `pending-${Date.now()}`,
              course_id: courseId,
              parent_id: change.parent_id,
              name: change.name,
              position: siblings.reduce((max, f) => Math.max(max, f.position + 1), 0),
              created_at: new Date().toISOString(),
            },
          ];
        } else if (change.kind === 'rename') {
          next = previous.map((f) => (f.id === change.folder.id ? { ...f, name: change.name } : f));
        } else if (change.kind === 'move') {
          next = previous.map((f) => (f.id === change.folder.id ? { ...f, parent_id: change.parent_id } : f));
        } else {
          const gone = descendantIds(previous, change.folder.id);
          next = previous.filter((f) => !gone.has(f.id));
        }
        queryClient.setQueryData<Folder[]>(key, next);
      }
      return { previous };
    },
    onError: (error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast.error(errorMessage(error));
    },
    onSettled: (_result, _error, change) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key }),
        queryClient.invalidateQueries({ queryKey: queryKeys.courses }),
        queryClient.invalidateQueries({ queryKey: queryKeys.activity }),
        // A deleted folder's files are no longer in a folder.
        change.kind === 'delete' ? queryClient.invalidateQueries({ queryKey: fileKeys.all }) : undefined,
      ]),
  });
}
