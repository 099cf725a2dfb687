-- The app role reads and writes the directory; it owns nothing and cannot change the schema.
GRANT USAGE ON SCHEMA public TO courseflow_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON account_directory, group_directory, rate_limits TO courseflow_app;
