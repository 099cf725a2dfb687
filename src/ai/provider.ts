// The one interface every AI provider implements (DESIGN.md §4 "AI providers").
// Providers are pure computation over the inputs they are given: no database, no HTTP boundary.
import type { Locale } from '@/i18n/locales';

export const languages = ['en', 'fr', 'de', 'es', 'other'] as const;
export type DocumentLanguage = (typeof languages)[number];

export const categories = ['lecture', 'assignment', 'notes', 'exam', 'other'] as const;
export type FileCategory = (typeof categories)[number];

export type CourseCandidate = {
  id: string;
  name: string;
  code: string | null;
  professor: string | null;
};

/**
 * What the user's library already teaches. The library sends only what the student settled (a course
 * chosen at upload, a correction, a move): the app's own guesses would pull later files after them.
 */
export type LearnedExample = {
  /** Keywords of a file (as stored in files.ai_keywords) plus its original name. */
  keywords: string[];
  fileName: string;
  /** The course the student put it in; null when they did not settle it. */
  courseId: string | null;
  /** The category the student gave it; null when they did not settle it. */
  category: FileCategory | null;
  /** True when the user put it there by hand: a correction weighs more than a guess. */
  corrected: boolean;
};

export type AnalysisInput = {
  /** Extracted text, already truncated by the caller to a bounded length. */
  text: string;
  fileName: string;
  /** Folder path the file was dropped in (e.g. "BIO101/Week 3"), if any. */
  folderHint: string | null;
  language: DocumentLanguage;
  /** The user's UI locale; topic wording follows the document language, prompts follow this. */
  locale: Locale;
  courses: CourseCandidate[];
  examples: LearnedExample[];
};

export type TokenUsage = { model: string; promptTokens: number; completionTokens: number; costUsd: number };

/** A course the file may belong to, with the chance that it does (0–1). */
export type CourseCandidateScore = { courseId: string; confidence: number };

/** Courses the review list offers for a file in doubt, at most, whatever the provider. */
export const MAX_COURSE_CANDIDATES = 3;

export type AnalysisResult = {
  /** Null when no course fits ("none of these courses" is an answer): the file stays unsorted. */
  courseId: string | null;
  courseConfidence: number; // 0–1
  /** The likeliest courses, best first, at most three: what the review list offers the student. */
  courseCandidates: CourseCandidateScore[];
  category: FileCategory;
  categoryConfidence: number; // 0–1
  /** Short topic in the document's language, e.g. "Photosynthesis"; null when nothing sensible. */
  topic: string | null;
  /** ISO date (YYYY-MM-DD) found in the content or the name, else null. */
  date: string | null;
  language: DocumentLanguage;
  /** Up to 12 keywords in the document's language, most important first. */
  keywords: string[];
  usage?: TokenUsage;
};

export interface AiProvider {
  readonly name: 'local' | 'openai';
  analyse(input: AnalysisInput, options?: { signal?: AbortSignal }): Promise<AnalysisResult>;
}
