// How well the organiser sorted a set of labelled files, scored one way for the evaluation-set and
// labelled-set integration tests and for `npm run bench`, so the numbers each prints mean the same.
// Also the generated labelled set as a student uploads it, which the test and the bench both drive.
import { bandStats, type BandStats } from './confidence-bands';
import { makeDocx, makePdf, makePptx } from './documents';
import type { UploadPart } from './files';
import type { LabelledDoc, LabelledStudent } from './labelled-corpus';

/** What a person labelled: the course's key (null for an outsider, which belongs to none of the student's courses). */
export type Label = { course: string | null; language: string; category: string };

/** The fields of a file as the API answers it (GET /api/files/:id, GET /api/files) that the score reads. */
export type OrganisedFile = {
  status: string;
  kind: string;
  course_id: string | null;
  course_confidence: number | null;
  course_candidates: { course_id: string }[];
  needs_review: boolean;
  review_reasons: string[];
  confidence_level: string | null;
  detected_language: string | null;
  ai_category: string | null;
};

export type Rate = { right: number; of: number; share: number };

/** One file as scored: the course key it was filed in (null: left unsorted) and the one the student sees first. */
export type Judged<T> = T & { course: string | null; firstGuess: string | null; filedWithoutReview: boolean };

export type OrganiserScore<T> = {
  files: number;
  failed: number;
  /** Course files (not outsiders) filed in their course. */
  course: Rate;
  /** Course files whose filed course, else the first guess the review list offers, is theirs. */
  first_guess: Rate;
  /** Every file, outsiders included. */
  language: Rate;
  category: Rate;
  /** The same over the course files alone (the labelled set's bars of issue 4 are set on these). */
  course_files: { language: Rate; category: Rate };
  /** Filed in a course and not flagged for review: the files the student never has to look at. */
  filed_without_review: { files: Rate; right: Rate };
  needing_review: number;
  review_reasons: Record<string, number>;
  outsiders: { files: number; filed_without_review: number; unsorted: number };
  /** Precision of the course per confidence band as the badge draws it; an outsider is right only when unsorted. */
  bands: BandStats;
  judged: Judged<T>[];
};

const rate = (right: number, of: number): Rate => ({ right, of, share: of ? right / of : 0 });

/**
 * Scores each file's outcome against its label. `courseKeyById` names the student's courses by the
 * labels' keys. With no file filed without review, none was filed wrongly: that share counts as 1.
 */
export function scoreOrganiser<T extends { label: Label; file: OrganisedFile }>(outcomes: readonly T[], courseKeyById: ReadonlyMap<string, string>): OrganiserScore<T> {
  const keyOf = (id: string | null | undefined) => (id ? (courseKeyById.get(id) ?? null) : null);
  const judged = outcomes.map((o) => ({
    ...o,
    course: keyOf(o.file.course_id),
    firstGuess: keyOf(o.file.course_id ?? o.file.course_candidates[0]?.course_id),
    filedWithoutReview: o.file.course_id !== null && !o.file.needs_review,
  }));
  const count = (of: Judged<T>[], ok: (j: Judged<T>) => boolean) => rate(of.filter(ok).length, of.length);
  const members = judged.filter((j) => j.label.course !== null);
  const outsiders = judged.filter((j) => j.label.course === null);
  const unreviewed = judged.filter((j) => j.filedWithoutReview);
  const unreviewedRight = count(unreviewed, (j) => j.course === j.label.course);
  const reasons: Record<string, number> = {};
  for (const j of judged) for (const r of j.file.review_reasons) reasons[r] = (reasons[r] ?? 0) + 1;
  return {
    files: judged.length,
    failed: judged.filter((j) => j.file.status === 'failed').length,
    course: count(members, (j) => j.course === j.label.course),
    first_guess: count(members, (j) => j.firstGuess === j.label.course),
    language: count(judged, (j) => j.file.detected_language === j.label.language),
    category: count(judged, (j) => j.file.ai_category === j.label.category),
    course_files: {
      language: count(members, (j) => j.file.detected_language === j.label.language),
      category: count(members, (j) => j.file.ai_category === j.label.category),
    },
    filed_without_review: { files: rate(unreviewed.length, judged.length), right: unreviewed.length ? unreviewedRight : { ...unreviewedRight, share: 1 } },
    needing_review: judged.filter((j) => j.file.needs_review).length,
    review_reasons: reasons,
    outsiders: {
      files: outsiders.length,
      filed_without_review: outsiders.filter((j) => j.filedWithoutReview).length,
      unsorted: outsiders.filter((j) => j.course === null).length,
    },
    bands: bandStats(judged.map((j) => ({ confidence: j.file.course_id ? j.file.course_confidence : null, right: j.course === j.label.course }))),
    judged,
  };
}

// ---------------------------------------------------------------------------------------------
// The generated labelled set as a student uploads it.

export const LABELLED_COUNTRY = { en: 'US', fr: 'FR', de: 'DE', es: 'ES' } as const;
const formats = ['pdf', 'docx', 'pptx', 'txt', 'md'] as const;

/** The i-th document as a real file, the five formats in turn, in its folder when it has one. */
export async function labelledFile(doc: LabelledDoc, i: number): Promise<UploadPart> {
  const format = formats[i % formats.length]!;
  const name = `${doc.folderHint ? `${doc.folderHint}/` : ''}${doc.fileName}.${format}`;
  if (format === 'pdf') return { name, bytes: await makePdf(doc.pages) };
  if (format === 'docx') return { name, bytes: await makeDocx(doc.pages.flatMap((p) => p.split('\n'))) };
  if (format === 'pptx') return { name, bytes: await makePptx(doc.pages.map((p) => p.split('\n'))) };
  return { name, bytes: doc.pages.join('\n\n') };
}

/** The student's batch after the examples: the documents with the outsiders spread among them, as they arrive in a real batch. */
export function labelledBatch(student: LabelledStudent): { doc: LabelledDoc; outsider: boolean; label: Label }[] {
  const label = (doc: LabelledDoc, outsider: boolean): Label => ({ course: outsider ? null : doc.courseKey, language: doc.language, category: doc.category });
  const batch = student.documents.map((doc) => ({ doc, outsider: false, label: label(doc, false) }));
  student.outsiders.forEach((doc, j) =>
    batch.splice(Math.round(((j + 1) * batch.length) / (student.outsiders.length + 1)), 0, { doc, outsider: true, label: label(doc, true) }),
  );
  return batch;
}
