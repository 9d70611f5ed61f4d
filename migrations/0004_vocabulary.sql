CREATE TABLE `lexicon` (
	`word` text PRIMARY KEY NOT NULL,
	`senses` text NOT NULL,
	`related` text NOT NULL,
	`broader` text NOT NULL,
	`opposite` text NOT NULL,
	`forms` text NOT NULL,
	`direction` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `predicates` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`phrasings` text DEFAULT '[]' NOT NULL,
	`opposite` text,
	`negation_of` text,
	`symmetric` integer DEFAULT false NOT NULL,
	`membership` integer DEFAULT false NOT NULL,
	`description` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `claims` ADD `wordings` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `entities_label_key_idx` ON `entities` (lower("label"));