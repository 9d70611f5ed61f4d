CREATE TABLE `citations` (
	`claim_id` text NOT NULL,
	`reference_id` text NOT NULL,
	`stance` text NOT NULL,
	`locator` text,
	`quote` text,
	`span_start` integer,
	`span_end` integer,
	`note` text,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`claim_id`, `reference_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reference_id`) REFERENCES `references`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "citations_stance_check" CHECK("citations"."stance" IN ('supports','contradicts','mentions'))
);
--> statement-breakpoint
CREATE INDEX `citations_reference_idx` ON `citations` (`reference_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`statement` text NOT NULL,
	`subject_id` text NOT NULL,
	`predicate` text NOT NULL,
	`object_id` text NOT NULL,
	`context` text,
	`confidence` text NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`replaced_by` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`object_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claims_confidence_check" CHECK("claims"."confidence" IN ('established','supported','speculative','contested','refuted','unsourced')),
	CONSTRAINT "claims_status_check" CHECK("claims"."status" IN ('draft','published','deprecated','retracted'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_id_idx` ON `claims` (`id`);--> statement-breakpoint
CREATE INDEX `claims_subject_idx` ON `claims` (`subject_id`);--> statement-breakpoint
CREATE INDEX `claims_object_idx` ON `claims` (`object_id`);--> statement-breakpoint
CREATE INDEX `claims_predicate_idx` ON `claims` (`predicate`);--> statement-breakpoint
CREATE INDEX `claims_confidence_idx` ON `claims` (`confidence`);--> statement-breakpoint
CREATE INDEX `claims_status_idx` ON `claims` (`status`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `entities_kind_idx` ON `entities` (`kind`);--> statement-breakpoint
CREATE TABLE `entity_aliases` (
	`entity_id` text NOT NULL,
	`alias` text NOT NULL,
	`key` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`entity_id`, `alias`),
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entity_aliases_key_idx` ON `entity_aliases` (`key`);--> statement-breakpoint
CREATE TABLE `references` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`title` text,
	`authors` text DEFAULT '[]' NOT NULL,
	`issued` text,
	`container_title` text,
	`volume` text,
	`issue` text,
	`pages` text,
	`doi` text,
	`pmid` text,
	`pmcid` text,
	`isbn` text,
	`patent_number` text,
	`url` text,
	`note` text,
	`seen_at` text DEFAULT '[]' NOT NULL,
	`retracted` integer DEFAULT false NOT NULL,
	`retracted_at` text,
	`retraction_notice` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `references_doi_idx` ON `references` (`doi`);--> statement-breakpoint
CREATE UNIQUE INDEX `references_pmid_idx` ON `references` (`pmid`);--> statement-breakpoint
CREATE UNIQUE INDEX `references_pmcid_idx` ON `references` (`pmcid`);