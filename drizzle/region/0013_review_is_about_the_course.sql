-- Issue 15: the review list is where the student checks where a file was filed. A file goes there
-- when the analysis is unsure of its course (or found none); a category in doubt no longer sends
-- it there on its own — it stays on the file's confidence badge, and is named among the reasons of
-- a file that is on the list. On real documents a lecture and a reference chapter are often both
-- fair readings, and a queue full of such files hid the ones that were filed in doubt.
--   no_course: the analysis found no course that fits, so the file stays unsorted;
--   courses_tied: filed with doubt, and the runner-up is within 0.15 of the chosen course;
--   low_course_confidence: filed with doubt otherwise;
--   low_category_confidence: (with one of the above) the category is in doubt too.
-- The review filter of the files list (REVIEW_BELOW in src/db/queries/files.ts) agrees;
-- tests/integ/review-reasons.integ.ts checks both.
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
      d.course_doubt AND f.deleted_at IS NULL AS needs_review,
      f.course_candidates,
      CASE WHEN d.course_doubt AND f.deleted_at IS NULL THEN array_remove(ARRAY[
        CASE WHEN f.course_id IS NULL THEN 'no_course' END,
        CASE WHEN f.course_id IS NOT NULL THEN
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
    ) c,
    LATERAL (SELECT coalesce(f.status = 'ready' AND f.course_source = 'ai' AND (f.course_id IS NULL OR f.course_confidence < 0.5), false) AS course_doubt) d
  ) r
$$;
--> statement-breakpoint
-- Every row's resource is recomputed through the trigger.
UPDATE files SET resource = NULL;
