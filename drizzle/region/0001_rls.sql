-- Row Level Security for every table, with a Supabase-compatible auth.uid().
-- The roles (authenticated, service_role, courseflow_app) are created by the bootstrap before
-- migrations run, because roles are cluster-wide and cannot be part of one database's history.
CREATE SCHEMA IF NOT EXISTS auth;
--> statement-breakpoint
DO $$
BEGIN
  -- Supabase ships its own auth.uid(); only define ours where none exists.
  IF NOT EXISTS (
    SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'auth' AND p.proname = 'uid'
  ) THEN
    EXECUTE $fn$
      CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $body$
        SELECT nullif(coalesce(
          current_setting('request.jwt.claim.sub', true),
          current_setting('request.jwt.claims', true)::jsonb ->> 'sub'
        ), '')::uuid
      $body$
    $fn$;
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA auth TO authenticated, service_role, courseflow_app;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO authenticated, service_role, courseflow_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO authenticated, service_role;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO authenticated, service_role;
--> statement-breakpoint
-- Tables whose rows belong to one user through user_id.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'profiles', 'courses', 'course_folders', 'files', 'file_texts', 'file_corrections', 'summaries',
    'flashcards', 'review_logs', 'study_sessions', 'grades', 'subscriptions', 'usage', 'consents'
  ] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO authenticated USING (user_id = auth.uid()) WITH CHECK (user_id = auth.uid())', t);
    EXECUTE format('CREATE POLICY service_all ON %I TO service_role USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- The audit log and billing events are written by the system; users may read their own audit trail.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY owner_read ON audit_log FOR SELECT TO authenticated USING (user_id = auth.uid());
--> statement-breakpoint
CREATE POLICY service_all ON audit_log TO service_role USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE billing_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY service_all ON billing_events TO service_role USING (true) WITH CHECK (true);
--> statement-breakpoint
-- Reference data: readable by every signed-in user, written by the system.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['academic_terms', 'translations'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_all ON %I FOR SELECT TO authenticated USING (true)', t);
    EXECUTE format('CREATE POLICY service_all ON %I TO service_role USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- Group tables: visible to active members. The membership check is SECURITY DEFINER so that the
-- group_members policy can use it without recursing into itself.
CREATE FUNCTION public.is_group_member(gid uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM group_members m WHERE m.group_id = gid AND m.user_id = auth.uid() AND m.status = 'active'
  )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.is_group_member(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.is_group_member(uuid) TO authenticated, service_role;
--> statement-breakpoint
ALTER TABLE study_groups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY member_or_public_read ON study_groups FOR SELECT TO authenticated
  USING (is_public OR created_by = auth.uid() OR public.is_group_member(id));
--> statement-breakpoint
CREATE POLICY creator_insert ON study_groups FOR INSERT TO authenticated WITH CHECK (created_by = auth.uid());
--> statement-breakpoint
CREATE POLICY creator_write ON study_groups FOR UPDATE TO authenticated USING (created_by = auth.uid()) WITH CHECK (created_by = auth.uid());
--> statement-breakpoint
CREATE POLICY creator_delete ON study_groups FOR DELETE TO authenticated USING (created_by = auth.uid());
--> statement-breakpoint
CREATE POLICY service_all ON study_groups TO service_role USING (true) WITH CHECK (true);
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['group_members', 'group_messages', 'shared_files', 'whiteboards'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY member_read ON %I FOR SELECT TO authenticated USING (public.is_group_member(group_id))', t);
    EXECUTE format('CREATE POLICY service_all ON %I TO service_role USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE POLICY self_read ON group_members FOR SELECT TO authenticated USING (user_id = auth.uid());
--> statement-breakpoint
CREATE POLICY author_insert ON group_messages FOR INSERT TO authenticated
  WITH CHECK (user_id = auth.uid() AND public.is_group_member(group_id));
--> statement-breakpoint
CREATE POLICY author_update ON group_messages FOR UPDATE TO authenticated
  USING (user_id = auth.uid()) WITH CHECK (user_id = auth.uid());
--> statement-breakpoint
-- Auth tables: Better Auth runs as courseflow_app itself (the system); a user transaction sees
-- only its own rows.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['auth_user', 'auth_session', 'auth_account', 'auth_verification'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO courseflow_app', t);
    EXECUTE format('CREATE POLICY system_all ON %I TO courseflow_app USING (true) WITH CHECK (true)', t);
    EXECUTE format('CREATE POLICY service_all ON %I TO service_role USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON auth_user, auth_session, auth_account, auth_verification FROM authenticated;
--> statement-breakpoint
REVOKE ALL ON auth_verification FROM authenticated;
--> statement-breakpoint
CREATE POLICY self_read ON auth_user FOR SELECT TO authenticated USING (id = auth.uid());
--> statement-breakpoint
CREATE POLICY self_read ON auth_session FOR SELECT TO authenticated USING (user_id = auth.uid());
--> statement-breakpoint
CREATE POLICY self_read ON auth_account FOR SELECT TO authenticated USING (user_id = auth.uid());
