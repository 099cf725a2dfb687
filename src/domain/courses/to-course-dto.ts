import type { CourseWithStats } from '@/db/queries/courses';
import type { CourseDto } from './schemas';

const num = (v: string | null) => (v === null ? null : Number(v));

export function toCourseDto(row: CourseWithStats, termLabel: (value: string | null) => string | null): CourseDto {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    professor: row.professor,
    term: row.term,
    term_label: termLabel(row.term),
    academic_period_type: row.academicPeriodType,
    credits: num(row.credits),
    ects_credits: num(row.ectsCredits),
    color: row.color,
    emoji: row.emoji,
    archived: row.archived,
    position: row.position,
    file_count: row.fileCount,
    folder_count: row.folderCount,
    next_deadline: row.nextDeadline,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
