'use client';

import { useMemo } from 'react';
import { useCourses } from '@/web/features/courses/course-queries';
import { useReference } from '@/web/features/courses/reference';
import { regionalWords } from '@/web/features/courses/terms';
import type { Course, CourseWord } from '@/web/features/courses/types';

export type CourseIndex = {
  /** Active courses in the student's order: what files can be moved to. */
  active: Course[];
  byId: Map<string, Course>;
  /** "course" or "module", as the student's country says it. */
  word: CourseWord;
  isPending: boolean;
};

/** Every course a file may point at (archived ones too, so their badges still show). */
export function useCourseIndex(): CourseIndex {
  const active = useCourses({ term: null, archived: false });
  const archived = useCourses({ term: null, archived: true });
  const word = regionalWords(useReference().data).course;
  return useMemo(() => {
    const list = active.data ?? [];
    const byId = new Map<string, Course>();
    for (const c of [...list, ...(archived.data ?? [])]) byId.set(c.id, c);
    return { active: list, byId, word, isPending: active.isPending };
  }, [active.data, archived.data, active.isPending, word]);
}

/** A course's short label: its code when it has one. */
export function courseLabel(course: Pick<Course, 'code' | 'name'>): string {
  return course.code || course.name;
}
