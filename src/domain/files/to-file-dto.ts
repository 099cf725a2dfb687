import type { FileSummaryRow } from '@/db/queries/files';
import { REVIEW_BELOW } from '@/db/queries/files';
import type { DocumentLanguage } from '@/ai/provider';
import { kindOfMime } from './file-kinds';
import type { FileDto } from './schemas';

const HIGH = 0.8;

function level(row: FileSummaryRow): FileDto['confidence_level'] {
  if (row.status !== 'ready') return null;
  // Only the decisions the student left to the analysis count; a missing course counts as 0.
  let weakest = Infinity;
  if (row.courseSource === 'ai') weakest = row.courseId ? (row.courseConfidence ?? Infinity) : 0;
  if (row.categorySource === 'ai' && row.aiConfidence !== null) weakest = Math.min(weakest, row.aiConfidence);
  if (weakest === Infinity) return 'high';
  return weakest >= HIGH ? 'high' : weakest >= REVIEW_BELOW ? 'medium' : 'low';
}

export function toFileDto(row: FileSummaryRow): FileDto {
  const confidence = level(row);
  return {
    id: row.id,
    course_id: row.courseId,
    folder_id: row.folderId,
    original_name: row.originalName,
    display_name: row.displayName,
    ai_name: row.aiName,
    folder_hint: row.folderHint,
    kind: kindOfMime(row.fileType),
    file_type: row.fileType,
    file_size: row.fileSize,
    status: row.status,
    error: row.error,
    page_count: row.pageCount,
    detected_language: row.detectedLanguage as DocumentLanguage | null,
    ai_category: row.aiCategory,
    ai_confidence: row.aiConfidence,
    course_confidence: row.courseConfidence,
    course_source: row.courseSource,
    category_source: row.categorySource,
    confidence_level: confidence,
    needs_review: confidence === 'low' && !row.deletedAt,
    ai_topic: row.aiTopic,
    ai_date: row.aiDate,
    ai_keywords: row.aiKeywords,
    processed_at: row.processedAt?.toISOString() ?? null,
    deleted_at: row.deletedAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
