ALTER TABLE "files" ADD COLUMN "resource" text;--> statement-breakpoint
-- The file resource the API answers with (FileDto), defined once, here: every file response reads
-- this column. The library's lists and search send it to the client as it is, so a page costs
-- PostgreSQL a text column per file instead of converting 25 columns to JSON on every read (and
-- Node no longer parses and re-serialises them). The trigger keeps it current on every write.
-- Timestamps are written as the rest of the API writes them (ISO 8601 in UTC, milliseconds).
-- The kinds mirror kindMime in src/domain/files/file-kinds.ts, and 0.5 is REVIEW_BELOW of the
-- review list's filter; tests/integ/file-resource.integ.ts checks both agree.
CREATE FUNCTION file_resource(f files) RETURNS text
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
CREATE FUNCTION files_keep_resource() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW.resource := file_resource(NEW);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER files_keep_resource BEFORE INSERT OR UPDATE ON files
  FOR EACH ROW EXECUTE FUNCTION files_keep_resource();
--> statement-breakpoint
-- Existing rows get theirs through the trigger; from then on no row is without one.
UPDATE files SET resource = NULL;
--> statement-breakpoint
ALTER TABLE files ALTER COLUMN resource SET NOT NULL;
