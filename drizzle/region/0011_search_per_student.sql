-- The search indexes lead with the owner. With the lexeme alone, a word's entries span every
-- student in the cell, and each of those rows was read from the table only to be dropped by
-- `user_id = auth.uid()`: with 100,000 documents of 10 students, 4.8 ms per search
-- (pgbench, 10 words) against 2.7 ms when the student was alone; 3.5 ms with these. btree_gin
-- gives uuid a GIN operator class (a trusted extension, shipped with PostgreSQL). Uploads and
-- extraction wait while the indexes build, inside the migration's transaction: about 4 s per
-- 100,000 short documents here.
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE INDEX "file_texts_user_search_idx" ON "file_texts" USING gin ("user_id","search_vector");--> statement-breakpoint
CREATE INDEX "files_user_display_name_trgm_idx" ON "files" USING gin ("user_id","display_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "files_user_original_name_trgm_idx" ON "files" USING gin ("user_id","original_name" gin_trgm_ops);--> statement-breakpoint
DROP INDEX "file_texts_search_idx";--> statement-breakpoint
DROP INDEX "files_display_name_trgm_idx";--> statement-breakpoint
DROP INDEX "files_original_name_trgm_idx";
