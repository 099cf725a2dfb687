-- Ranking read each of the (at most 400) newest matches twice: once for its date, then again by
-- primary key for its vector. One pass saves the second read: 0.1–0.6 ms per search at 10,000
-- files (pgbench, per query word), 12–25 % of the candidate search.
-- Candidates now carry a date, so that equal ranks (every name containing the query ranks 2)
-- list the newest file first instead of by id, and past `lim` such names the newest are kept
-- instead of whichever the index returned first. A name match's date is its upload; a text
-- match's is when its text was read, seconds later, which saves reading the file's row again (and
-- text ranks rarely tie). Otherwise as in 0005.
DROP FUNCTION search_file_candidates(text, text, tsquery, int);
--> statement-breakpoint
CREATE FUNCTION search_file_candidates(q text, like_pattern text, tsq tsquery, lim int)
RETURNS TABLE (id uuid, rank float8, created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  -- The planner prices `<%`, ILIKE and `@@` like cheap operators and picks sequential scans that
  -- compute trigram similarity for every file the student has (≈90 ms at 10,000 files); the GIN
  -- indexes look only at files that can match.
  SET enable_seqscan = off
  -- At most 2 × lim rows: lets the caller look files up by id instead of hashing all of them.
  ROWS 200
AS $$
-- PL/pgSQL keeps each statement's plan between calls; a SQL function is planned on every search.
#variable_conflict use_column
DECLARE
  me uuid := auth.uid();
  ids uuid[];
  ranks float8[];
  dates timestamptz[];
BEGIN
  -- Text matches: at most the 400 newest are ranked (ts_rank reads each one's vector; a word in
  -- thousands of a student's files says little about which one they want). Each vector travels
  -- through the sort with its id (a long document's as a TOAST pointer) instead of being read
  -- again by primary key. ts_rank, not ts_rank_cd: cover density costs 3× more per document.
  -- Names containing the query rank 2 (a rank of 1 is near the most a text match reaches), the
  -- newest `lim` of them.
  -- Trashed files are dropped by the caller's filters.
  WITH text_matches AS (
    SELECT t.file_id, t.search_vector, t.created_at FROM file_texts t
    WHERE t.search_vector @@ tsq AND t.user_id = me
    ORDER BY t.created_at DESC LIMIT 400
  ), text_hits AS (
    SELECT m.file_id AS id, ts_rank(m.search_vector, tsq, 32)::float8 AS r, m.created_at AS c
    FROM text_matches m
    ORDER BY r DESC LIMIT lim
  ), name_hits AS (
    SELECT f.id, 2::float8 AS r, f.created_at AS c FROM files f
    WHERE (f.display_name ILIKE like_pattern OR f.original_name ILIKE like_pattern)
      AND f.user_id = me AND f.deleted_at IS NULL
    ORDER BY f.created_at DESC LIMIT lim
  ), hits AS (
    SELECT h.id, sum(h.r) AS r, max(h.c) AS c FROM (SELECT * FROM text_hits UNION ALL SELECT * FROM name_hits) h GROUP BY h.id
  )
  SELECT array_agg(hits.id), array_agg(hits.r), array_agg(hits.c) INTO ids, ranks, dates FROM hits;
  IF coalesce(cardinality(ids), 0) >= lim THEN
    RETURN QUERY SELECT * FROM unnest(ids, ranks, dates);
    RETURN;
  END IF;
  -- Fuzzy names, scored by how much of the query a name's closest words share, added to the
  -- file's text rank when it has one.
  RETURN QUERY
  SELECT u.id, sum(u.r)::float8, max(u.c) FROM (
    SELECT * FROM unnest(ids, ranks, dates) AS x(id, r, c)
    UNION ALL (
      SELECT f.id, 2 * greatest(word_similarity(q, f.display_name), word_similarity(q, f.original_name)), f.created_at
      FROM files f
      WHERE (q <% f.display_name OR q <% f.original_name)
        AND NOT (f.display_name ILIKE like_pattern OR f.original_name ILIKE like_pattern)
        AND f.user_id = me AND f.deleted_at IS NULL
      ORDER BY 2 DESC LIMIT lim
    )
  ) u GROUP BY u.id;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION search_file_candidates(text, text, tsquery, int) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION search_file_candidates(text, text, tsquery, int) TO authenticated;
