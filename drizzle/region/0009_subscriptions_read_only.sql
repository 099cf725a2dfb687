-- A subscription decides what its owner may do (the upload size now, billing's limits later), so
-- students may read theirs but only the system writes it: billing's webhooks, as service_role.
DROP POLICY owner_all ON subscriptions;
--> statement-breakpoint
CREATE POLICY owner_read ON subscriptions FOR SELECT TO authenticated USING (user_id = auth.uid());
--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON subscriptions FROM authenticated;
