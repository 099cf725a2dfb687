-- Ranking cost grows with the number of documents a word appears in: ts_rank reads (and
-- decompresses) each matching document's vector. A word in thousands of a student's files says
-- little about which one they want, so at most the 400 newest text matches are ranked;
-- files whose names match are always in (they rank on their own, through the trigram index).
CREATE OR REPLACE FUNCTION search_file_candidates(q text, like_pattern text, tsq tsquery, lim int)
RETURNS TABLE (id uuid, rank float8)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  -- The planner prices `<%`, ILIKE and `@@` like cheap operators and picks sequential scans that
  -- compute trigram similarity for every file the student has (≈90 ms at 10,000 files); the GIN
  -- indexes look only at files that can match.
  SET enable_seqscan = off
  -- At most 2 × lim rows: lets the caller look files up by id instead of hashing all of them.
  ROWS 200
AS $$
-- PL/pgSQL keeps the statement's plan between calls; a SQL function is planned on every search.
#variable_conflict use_column
BEGIN
  RETURN QUERY
  WITH text_matches AS (
    -- Only ids travel through the sort; the vectors are read for the ranked few.
    SELECT t.file_id
    FROM file_texts t
    WHERE t.search_vector @@ tsq AND t.user_id = auth.uid()
    ORDER BY t.created_at DESC LIMIT 400
  ), text_hits AS (
    -- ts_rank, not ts_rank_cd: cover density costs 3× more per document. Trashed files are
    -- dropped by the caller's filters.
    SELECT t.file_id AS id, ts_rank(t.search_vector, tsq, 32) AS r
    FROM text_matches m JOIN file_texts t ON t.file_id = m.file_id
    ORDER BY r DESC LIMIT lim
  ), name_hits AS (
    SELECT f.id, 2 * greatest(word_similarity(q, f.display_name), word_similarity(q, f.original_name)) AS r
    FROM files f
    WHERE (q <% f.display_name OR q <% f.original_name OR f.display_name ILIKE like_pattern OR f.original_name ILIKE like_pattern)
      AND f.user_id = auth.uid() AND f.deleted_at IS NULL
    ORDER BY r DESC LIMIT lim
  )
  SELECT h.id, sum(h.r)::float8 FROM (SELECT * FROM text_hits UNION ALL SELECT * FROM name_hits) h GROUP BY h.id;
END
$$;
