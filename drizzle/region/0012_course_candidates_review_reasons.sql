-- Issue 15: "none of these courses" is an answer. The analysis keeps its likeliest courses with
-- their confidences ([{course_id, confidence}], best first), so a file left unsorted or filed with
-- doubt offers them on the review list; the resource says why each file is on that list.
ALTER TABLE "files" ADD COLUMN "course_candidates" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- As 0007, plus course_candidates and review_reasons. The reasons are exactly the decisions that
-- put a file on the review list (the 'low' band, < 0.5 = REVIEW_BELOW), one code each:
--   no_course: the analysis found no course that fits, so the file stays unsorted;
--   courses_tied: filed with doubt, and the runner-up is within 0.15 of the chosen course;
--   low_course_confidence: filed with doubt otherwise;
--   low_category_confidence: the category is in doubt.
-- tests/integ/review-reasons.integ.ts checks them against the review list's filter.
CREATE OR REPLACE FUNCTION file_resource(f files) RETURNS text
LANGUAGE sql STABLE
AS $$
  SELECT row_to_json(r)::text FROM (
    SELECT f.id, f.course_id, f.folder_id, f.original_name, f.display_name, f.ai_name, f.folder_hint,
      CASE f.file_type
        WHEN 'application/pdf' THEN 'pdf'
        WHEN 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' THEN 'docx'
        WHEN 'application/vnd.openxmlformats-officedocument.presentationml.presentation' THEN 'pptx'
        WHEN 'text/plain' THEN 'text'
        WHEN 'text/markdown' THEN 'markdown'
        ELSE 'image'
      END AS kind,
      f.file_type, f.file_size::float8 AS file_size, f.status, f.error, f.page_count, f.detected_language,
      f.ai_category, f.ai_confidence, f.course_confidence, f.course_source, f.category_source,
      c.level AS confidence_level,
      coalesce(c.level = 'low', false) AND f.deleted_at IS NULL AS needs_review,
      f.course_candidates,
      CASE WHEN coalesce(c.level = 'low', false) AND f.deleted_at IS NULL THEN array_remove(ARRAY[
        CASE WHEN f.course_source = 'ai' AND f.course_id IS NULL THEN 'no_course' END,
        CASE WHEN f.course_source = 'ai' AND f.course_id IS NOT NULL AND f.course_confidence < 0.5 THEN
          CASE WHEN (f.course_candidates->1->>'confidence')::float8 >= f.course_confidence - 0.15 THEN 'courses_tied' ELSE 'low_course_confidence' END
        END,
        CASE WHEN f.category_source = 'ai' AND f.ai_confidence < 0.5 THEN 'low_category_confidence' END
      ], NULL) ELSE ARRAY[]::text[] END AS review_reasons,
      f.ai_topic, f.ai_date, f.ai_keywords,
      to_char(f.processed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS processed_at,
      to_char(f.deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS deleted_at,
      to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
      to_char(f.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at
    FROM (
      -- Only the decisions the student left to the analysis count: the weaker one sets the badge
      -- (high ≥ 0.8 > medium ≥ 0.5 > low). A missing course counts as 0; a missing confidence not at all.
      SELECT CASE
        WHEN f.status <> 'ready' THEN NULL
        WHEN w.weakest IS NULL OR w.weakest >= 0.8 THEN 'high'
        WHEN w.weakest >= 0.5 THEN 'medium'
        ELSE 'low'
      END AS level
      FROM (SELECT least(
        CASE WHEN f.course_source = 'ai' THEN CASE WHEN f.course_id IS NULL THEN 0 ELSE f.course_confidence END END,
        CASE WHEN f.category_source = 'ai' THEN f.ai_confidence END) AS weakest) w
    ) c
  ) r
$$;
--> statement-breakpoint
-- Every row's resource gains the two fields through the trigger.
UPDATE files SET resource = NULL;
