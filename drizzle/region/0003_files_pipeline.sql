-- Trigram matching on file names (search finds a file by either of its names).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."decision_source" AS ENUM('ai', 'user');--> statement-breakpoint
CREATE TABLE "ai_cache" (
	"user_id" uuid NOT NULL,
	"cache_key" text NOT NULL,
	"provider" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_cache_user_id_cache_key_pk" PRIMARY KEY("user_id","cache_key")
);
--> statement-breakpoint
CREATE TABLE "ai_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"purpose" text NOT NULL,
	"prompt_tokens" integer NOT NULL,
	"completion_tokens" integer NOT NULL,
	"cost_usd" real NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "file_texts" ADD COLUMN "ts_config" "regconfig" DEFAULT 'simple'::regconfig NOT NULL;--> statement-breakpoint
ALTER TABLE "file_texts" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector(ts_config, content)) STORED;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "ai_keywords" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "ai_name" text;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "course_source" "decision_source" DEFAULT 'ai' NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "category_source" "decision_source" DEFAULT 'ai' NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "ai_provider" text;--> statement-breakpoint
ALTER TABLE "ai_cache" ADD CONSTRAINT "ai_cache_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_usage" ADD CONSTRAINT "ai_usage_user_id_auth_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."auth_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_usage_user_idx" ON "ai_usage" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "file_texts_search_idx" ON "file_texts" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "file_texts_user_idx" ON "file_texts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "files_user_created_idx" ON "files" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "files_user_name_idx" ON "files" USING btree ("user_id",lower("display_name"),"id");--> statement-breakpoint
CREATE INDEX "files_user_size_idx" ON "files" USING btree ("user_id","file_size","id");--> statement-breakpoint
CREATE INDEX "files_display_name_trgm_idx" ON "files" USING gin ("display_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "files_original_name_trgm_idx" ON "files" USING gin ("original_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "files_active_status_idx" ON "files" USING btree ("status") WHERE "files"."status" in ('queued', 'extracting', 'analysing');--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ai_cache', 'ai_usage'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO authenticated USING (user_id = auth.uid()) WITH CHECK (user_id = auth.uid())', t);
    EXECUTE format('CREATE POLICY service_all ON %I TO service_role USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- File changes reach the realtime role (and through it the student's open tabs) at commit.
-- The payload is small on purpose: clients refetch what they show.
CREATE FUNCTION notify_file_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('file_events', json_build_object(
    'user_id', NEW.user_id, 'file_id', NEW.id, 'status', NEW.status, 'error', NEW.error
  )::text);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER files_notify AFTER INSERT OR UPDATE OF status, display_name, course_id, ai_category, deleted_at ON files
  FOR EACH ROW EXECUTE FUNCTION notify_file_change();
--> statement-breakpoint
-- Search candidates for the caller. RLS would apply the owner check first and, because `@@`, `<%`
-- and ILIKE are not leakproof, keep the planner from the GIN indexes; this function checks the
-- owner itself (auth.uid()) and lets each side use its index. It returns ids and ranks only: the
-- rows themselves are read back under RLS.
CREATE FUNCTION search_file_candidates(q text, like_pattern text, tsq tsquery, lim int)
RETURNS TABLE (id uuid, rank float8)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  -- The planner prices `<%`, ILIKE and `@@` like cheap operators and picks sequential scans that
  -- compute trigram similarity for every file the student has (≈90 ms at 10,000 files); the GIN
  -- indexes look only at files that can match.
  SET enable_seqscan = off
  -- At most 2 × lim rows: lets the caller look files up by id instead of hashing all of them.
  ROWS 200
AS $$
  WITH text_hits AS (
    -- ts_rank, not ts_rank_cd: a common word matches thousands of documents and cover density
    -- costs 3× more per document. Trashed files are dropped by the caller's filters.
    SELECT t.file_id AS id, ts_rank(t.search_vector, tsq, 32) AS r
    FROM file_texts t
    WHERE t.search_vector @@ tsq AND t.user_id = auth.uid()
    ORDER BY r DESC LIMIT lim
  ), name_hits AS (
    SELECT f.id, 2 * greatest(word_similarity(q, f.display_name), word_similarity(q, f.original_name)) AS r
    FROM files f
    WHERE (q <% f.display_name OR q <% f.original_name OR f.display_name ILIKE like_pattern OR f.original_name ILIKE like_pattern)
      AND f.user_id = auth.uid() AND f.deleted_at IS NULL
    ORDER BY r DESC LIMIT lim
  )
  SELECT h.id, sum(h.r)::float8 FROM (SELECT * FROM text_hits UNION ALL SELECT * FROM name_hits) h GROUP BY h.id
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION search_file_candidates(text, text, tsquery, int) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION search_file_candidates(text, text, tsquery, int) TO authenticated;
