// One key per resource, nested so a mutation can invalidate a whole family at once
// (e.g. `['courses']` refreshes every course list and course page).
export type CourseListFilter = { term: string | null; archived: boolean };

export const queryKeys = {
  academic: ['academic'] as const,
  reference: (country: string | null) => ['academic', 'reference', country] as const,
  countries: ['academic', 'countries'] as const,
  courses: ['courses'] as const,
  courseLists: ['courses', 'list'] as const,
  courseList: (filter: CourseListFilter) => ['courses', 'list', filter] as const,
  course: (id: string) => ['courses', 'detail', id] as const,
  courseImpact: (id: string) => ['courses', 'impact', id] as const,
  suggestion: (name: string) => ['course-suggestions', name] as const,
  folders: (courseId: string) => ['folders', courseId] as const,
  grades: ['grades'] as const,
  gradeList: (courseId: string) => ['grades', 'list', courseId] as const,
  gradeSummary: ['grades', 'summary'] as const,
  activity: ['activity'] as const,
};
