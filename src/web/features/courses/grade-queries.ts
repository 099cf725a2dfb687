'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { toast } from '@/web/components/ui/toast';
import { apiFetch } from '@/web/lib/api';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { queryKeys } from './query-keys';
import type { Grade, GradeInput, GradeList, GradeSummary, NeededResult } from './types';

export function useGrades(courseId: string) {
  const locale = useLocale();
  return useQuery({
    queryKey: queryKeys.gradeList(courseId),
    queryFn: ({ signal }) => apiFetch<GradeList>(`/api/grades?course_id=${encodeURIComponent(courseId)}`, { locale, signal }),
  });
}

export function useGradeSummary() {
  const locale = useLocale();
  return useQuery({
    queryKey: queryKeys.gradeSummary,
    queryFn: ({ signal }) => apiFetch<GradeSummary>('/api/grades/summary', { locale, signal }),
  });
}

function useInvalidateGrades() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.grades }),
      queryClient.invalidateQueries({ queryKey: queryKeys.courses }),
      queryClient.invalidateQueries({ queryKey: queryKeys.activity }),
    ]);
}

/** Record (no id) or correct a grade. Not optimistic: the form shows field errors in place. */
export function useSaveGrade() {
  const locale = useLocale();
  const invalidate = useInvalidateGrades();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: GradeInput }) =>
      id
        ? apiFetch<Grade>(`/api/grades/${encodeURIComponent(id)}`, { method: 'PUT', locale, body: input })
        : apiFetch<Grade>('/api/grades', { method: 'POST', locale, body: input }),
    onSuccess: () => invalidate(),
  });
}

/** Removed from the list at once; put back with a toast when the server refuses. */
export function useDeleteGrade(courseId: string) {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const invalidate = useInvalidateGrades();
  const key = queryKeys.gradeList(courseId);
  return useMutation({
    mutationFn: (grade: Grade) => apiFetch<unknown>(`/api/grades/${encodeURIComponent(grade.id)}`, { method: 'DELETE', locale }),
    onMutate: async (grade) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<GradeList>(key);
      if (previous) queryClient.setQueryData<GradeList>(key, { ...previous, data: previous.data.filter((g) => g.id !== grade.id) });
      return { previous };
    },
    onError: (error, _grade, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast.error(errorMessage(error));
    },
    onSettled: () => invalidate(),
  });
}

/** "What do I need on the rest to reach this target?" */
export function useNeededGrade() {
  const locale = useLocale();
  return useMutation({
    mutationFn: (input: { course_id: string; target: number }) =>
      apiFetch<NeededResult>('/api/grades/needed', { method: 'POST', locale, body: input }),
  });
}
