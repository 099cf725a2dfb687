'use client';

import { useMutation, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { toast } from '@/web/components/ui/toast';
import { ApiError, apiFetch } from '@/web/lib/api';
import { useErrorMessage } from '@/web/lib/use-error-message';
import { queryKeys, type CourseListFilter } from './query-keys';
import type { Course, CourseImpact, CourseInput, CoursePatch, CourseSuggestion } from './types';

function listUrl(filter: CourseListFilter): string {
  const params = new URLSearchParams({ archived: String(filter.archived) });
  if (filter.term) params.set('term', filter.term);
  return `/api/courses?${params}`;
}

/** Courses in their saved order. `term: null` is every term. */
export function useCourses(filter: CourseListFilter, options: { enabled?: boolean } = {}) {
  const locale = useLocale();
  return useQuery({
    queryKey: queryKeys.courseList(filter),
    queryFn: async ({ signal }) => (await apiFetch<{ data: Course[] }>(listUrl(filter), { locale, signal })).data,
    enabled: options.enabled ?? true,
  });
}

export function useCourse(id: string) {
  const locale = useLocale();
  return useQuery({
    queryKey: queryKeys.course(id),
    queryFn: ({ signal }) => apiFetch<Course>(`/api/courses/${encodeURIComponent(id)}`, { locale, signal }),
    retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status === 404),
  });
}

/** What deleting a course would take with it, for the confirmation dialog. */
export function useCourseImpact(id: string, enabled: boolean) {
  const locale = useLocale();
  return useQuery({
    queryKey: queryKeys.courseImpact(id),
    queryFn: async ({ signal }) => {
      const body = await apiFetch<CourseImpact | { deleted: CourseImpact }>(`/api/courses/${encodeURIComponent(id)}/impact`, { locale, signal });
      return 'deleted' in body ? body.deleted : body;
    },
    enabled,
    staleTime: 0,
  });
}

/** A colour, emoji and code for a course name; the caller debounces the name. */
export function useCourseSuggestion(name: string, enabled: boolean) {
  const locale = useLocale();
  const trimmed = name.trim();
  return useQuery({
    queryKey: queryKeys.suggestion(trimmed.toLowerCase()),
    queryFn: ({ signal }) =>
      apiFetch<CourseSuggestion>(`/api/courses/suggestions?name=${encodeURIComponent(trimmed)}`, { locale, signal }),
    enabled: enabled && trimmed.length >= 2,
    staleTime: Infinity,
    retry: false,
  });
}

type ListSnapshot = Array<[QueryKey, Course[] | undefined]>;

function snapshotLists(queryClient: QueryClient): ListSnapshot {
  return queryClient.getQueriesData<Course[]>({ queryKey: queryKeys.courseLists });
}

function restoreLists(queryClient: QueryClient, snapshot: ListSnapshot | undefined): void {
  for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
}

function filterOf(key: QueryKey): CourseListFilter | undefined {
  const filter = key[2];
  return filter && typeof filter === 'object' ? (filter as CourseListFilter) : undefined;
}

/** Refreshes everything that shows courses: lists, course pages, grade averages and activity. */
export function invalidateCourseData(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.courses }),
    queryClient.invalidateQueries({ queryKey: queryKeys.gradeSummary }),
    queryClient.invalidateQueries({ queryKey: queryKeys.activity }),
  ]);
}

/** Create (no id) or edit a course. Not optimistic: the form shows field errors in place. */
export function useSaveCourse() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CoursePatch }) =>
      id
        ? apiFetch<Course>(`/api/courses/${encodeURIComponent(id)}`, { method: 'PUT', locale, body: input })
        : apiFetch<Course>('/api/courses', { method: 'POST', locale, body: input }),
    onSuccess: (course) => {
      queryClient.setQueryData(queryKeys.course(course.id), course);
      return invalidateCourseData(queryClient);
    },
  });
}

/** Several courses at once, all or nothing (onboarding). */
export function useCreateCourses() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (courses: CourseInput[]) =>
      (await apiFetch<{ data: Course[] }>('/api/courses/batch', { method: 'POST', locale, body: { courses } })).data,
    onSuccess: () => invalidateCourseData(queryClient),
  });
}

/** Archive or restore, applied at once and rolled back with a toast if the server refuses. */
export function useArchiveCourse() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  return useMutation({
    mutationFn: ({ course, archived }: { course: Course; archived: boolean }) =>
      apiFetch<Course>(`/api/courses/${encodeURIComponent(course.id)}`, { method: 'PUT', locale, body: { archived } }),
    onMutate: async ({ course, archived }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.courses });
      const lists = snapshotLists(queryClient);
      const detail = queryClient.getQueryData<Course>(queryKeys.course(course.id));
      for (const [key, data] of lists) {
        if (!data) continue;
        const filter = filterOf(key);
        queryClient.setQueryData<Course[]>(
          key,
          filter && filter.archived !== archived ? data.filter((c) => c.id !== course.id) : data.map((c) => (c.id === course.id ? { ...c, archived } : c)),
        );
      }
      if (detail) queryClient.setQueryData<Course>(queryKeys.course(course.id), { ...detail, archived });
      return { lists, detail };
    },
    onError: (error, { course }, context) => {
      restoreLists(queryClient, context?.lists);
      if (context?.detail) queryClient.setQueryData(queryKeys.course(course.id), context.detail);
      toast.error(errorMessage(error));
    },
    onSettled: () => invalidateCourseData(queryClient),
  });
}

/** Delete, removed from every list at once; restored with a toast if the server refuses. */
export function useDeleteCourse() {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  return useMutation({
    mutationFn: (course: Course) =>
      apiFetch<{ deleted: CourseImpact }>(`/api/courses/${encodeURIComponent(course.id)}`, { method: 'DELETE', locale }),
    onMutate: async (course) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.courses });
      const lists = snapshotLists(queryClient);
      for (const [key, data] of lists) {
        if (data) queryClient.setQueryData<Course[]>(key, data.filter((c) => c.id !== course.id));
      }
      return { lists };
    },
    onError: (error, _course, context) => {
      restoreLists(queryClient, context?.lists);
      toast.error(errorMessage(error));
    },
    onSuccess: (_result, course) => {
      queryClient.removeQueries({ queryKey: queryKeys.course(course.id) });
      queryClient.removeQueries({ queryKey: queryKeys.folders(course.id) });
      queryClient.removeQueries({ queryKey: queryKeys.gradeList(course.id) });
    },
    onSettled: () => invalidateCourseData(queryClient),
  });
}

/**
 * Saves a new order for one list. The list shows the new order at once; a failure puts the old
 * order back and says why.
 */
export function useReorderCourses(filter: CourseListFilter) {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const key = queryKeys.courseList(filter);
  return useMutation({
    mutationFn: async (ids: string[]) =>
      (await apiFetch<{ data: Course[] }>('/api/courses/reorder', { method: 'POST', locale, body: { ids } })).data,
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.courseLists });
      const previous = queryClient.getQueryData<Course[]>(key);
      if (previous) {
        const rank = new Map(ids.map((id, i) => [id, i]));
        const next = [...previous].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
        queryClient.setQueryData<Course[]>(key, next.map((c, i) => ({ ...c, position: i })));
      }
      return { previous };
    },
    onError: (error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast.error(errorMessage(error));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.courses }),
  });
}
