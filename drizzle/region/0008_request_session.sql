-- The session a token names, with its user, setting auth.uid() to that user for the current
-- transaction. Every signed-in request opens its transaction with one round trip: BEGIN, this
-- lookup and the switch to `authenticated`. Written out as a statement in that simple-protocol
-- batch, the two-table lookup was parsed and planned on every request (≈75 µs of PostgreSQL CPU,
-- a sixth of a whole request's); PL/pgSQL keeps its plan per connection. It runs as the caller,
-- with the caller's rights on the session tables, and only the app's own role may call it.
CREATE FUNCTION public.request_session(session_token text)
RETURNS TABLE (sub text, id uuid, token text, "expiresAt" timestamptz, "createdAt" timestamptz, "userId" uuid, name text, email text, "emailVerified" boolean)
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
  RETURN QUERY
  SELECT set_config('request.jwt.claim.sub', s.user_id::text, true), s.id, s.token, s.expires_at, s.created_at, u.id, u.name, u.email, u.email_verified
  FROM auth_session s JOIN auth_user u ON u.id = s.user_id
  WHERE s.token = session_token;
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION public.request_session(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.request_session(text) TO courseflow_app;
