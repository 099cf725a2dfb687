import { describe, expect, it } from 'vitest';
import type { FileSummaryRow } from '@/db/queries/files';
import { toFileDto } from './to-file-dto';

const at = new Date('2026-11-26T10:45:40.948Z');
const row = (over: Partial<FileSummaryRow>): FileSummaryRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  courseId: '00000000-0000-4000-8000-000000000002',
  folderId: null,
  originalName: 'lecture 3.pdf',
  displayName: 'ECON101 - Lecture - Inflation - 2026-11-03',
  aiName: 'ECON101 - Lecture - Inflation - 2026-11-03',
  folderHint: null,
  fileType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  fileSize: 1234,
  status: 'ready',
  error: null,
  pageCount: 12,
  detectedLanguage: 'en',
  aiCategory: 'lecture',
  aiConfidence: 0.9,
  courseConfidence: 0.9,
  courseSource: 'ai',
  categorySource: 'ai',
  aiTopic: 'Inflation',
  aiDate: '2026-11-03',
  aiKeywords: ['inflation'],
  processedAt: at,
  deletedAt: null,
  createdAt: at,
  updatedAt: at,
  ...over,
});

describe('toFileDto', () => {
  it('rates confidence by the weaker decision the student left to the analysis', () => {
    expect(toFileDto(row({})).confidence_level).toBe('high');
    expect(toFileDto(row({ aiConfidence: 0.6 })).confidence_level).toBe('medium');
    expect(toFileDto(row({ courseConfidence: 0.3 }))).toMatchObject({ confidence_level: 'low', needs_review: true });
    // No course found counts as the weakest decision of all.
    expect(toFileDto(row({ courseId: null })).confidence_level).toBe('low');
    // A course the student chose by hand no longer counts, however unsure the analysis was.
    expect(toFileDto(row({ courseSource: 'user', courseConfidence: 0.1 })).confidence_level).toBe('high');
    expect(toFileDto(row({ courseSource: 'user', categorySource: 'user', aiConfidence: 0.1 })).confidence_level).toBe('high');
    // Not rated until analysed; a trashed file is never on the review list.
    expect(toFileDto(row({ status: 'analysing' })).confidence_level).toBeNull();
    expect(toFileDto(row({ courseConfidence: 0.3, deletedAt: at })).needs_review).toBe(false);
  });

  it('names the kind from the content type and writes timestamps in ISO 8601', () => {
    const dto = toFileDto(row({}));
    expect(dto.kind).toBe('pptx');
    expect(toFileDto(row({ fileType: 'image/png' })).kind).toBe('image');
    expect(dto.created_at).toBe('2026-11-26T10:45:40.948Z');
    expect(dto.deleted_at).toBeNull();
  });
});
