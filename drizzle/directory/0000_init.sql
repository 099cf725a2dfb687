CREATE TABLE "account_directory" (
	"email_hmac" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"region" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_directory_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "group_directory" (
	"group_id" uuid PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
CREATE INDEX "account_directory_region_idx" ON "account_directory" USING btree ("region");