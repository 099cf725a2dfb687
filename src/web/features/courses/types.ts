// Client-side shapes of the academic, course, folder and grade resources (the API's snake_case JSON).
import type { Reference } from '@/domain/academic/schemas';
import type { AcademicSystem } from '@/web/features/settings/mutations';

export type { AcademicSystem };
export type PeriodType = 'semester' | 'term' | 'trimester' | 'quarter';
export const periodTypes: readonly PeriodType[] = ['semester', 'term', 'trimester', 'quarter'];
/** `uk_credits` is accepted too: the reference table allows it for UK-style credits. */
export type CreditUnit = 'credit_hours' | 'ects' | 'uk_credits';
export type CourseWord = 'course' | 'module';
export type TermWord = 'semester' | 'term';

/** The reference resource as the API's schema defines it. */
export type AcademicReference = Reference;

/** A term as the UI offers it: the stored value and its localised label. */
export type TermChoice = { value: string; label: string };

export type SupportedCountry = { country: string; academic_system: AcademicSystem };

export type Course = {
  id: string;
  name: string;
  code: string | null;
  professor: string | null;
  term: string | null;
  /** The term's localised label, when the server sends one. */
  term_label?: string | null;
  academic_period_type: PeriodType | null;
  credits: number | null;
  ects_credits: number | null;
  color: string;
  emoji: string | null;
  archived: boolean;
  position: number;
  file_count: number;
  folder_count: number;
  next_deadline: null | { name: string; date: string };
  created_at: string;
  updated_at: string;
};

export type CourseInput = {
  name: string;
  code?: string | null;
  professor?: string | null;
  term?: string | null;
  academic_period_type?: PeriodType | null;
  credits?: number | null;
  ects_credits?: number | null;
  color?: string;
  emoji?: string | null;
};

export type CoursePatch = Partial<CourseInput> & { archived?: boolean };

export type CourseImpact = { folders: number; files: number; grades: number; flashcards: number };

export type CourseSuggestion = { color: string; emoji: string; code: string | null };

export type Folder = { id: string; course_id: string; parent_id: string | null; name: string; position: number; created_at: string };

export type Grade = {
  id: string;
  course_id: string;
  name: string;
  weight: number;
  grade_value: string | null;
  grade_type: AcademicSystem;
  date_recorded: string | null;
  percentage: number | null;
};

export type CourseGrade = { percentage: number | null; graded_weight: number; total_weight: number; display: string | null };

export type GradeList = { data: Grade[]; course: CourseGrade };

export type GradeInput = {
  course_id: string;
  name: string;
  weight: number;
  grade_value?: string | null;
  grade_type?: AcademicSystem;
  date_recorded?: string | null;
};

export type GradeSummary = {
  system: AcademicSystem;
  overall: { value: number | null; display: string | null; label?: string | null };
  courses: Array<{ course_id: string; percentage: number | null; display: string | null; credits: number | null }>;
};

export type NeededResult = { needed: number | null; achievable: boolean; already_secured: boolean };
