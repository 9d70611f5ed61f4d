-- Issue 14: source tiers on references, the `asserted` confidence level, relations between claims.
--
-- The confidence CHECK constraint of `claims` gains 'asserted'. SQLite cannot alter a CHECK constraint,
-- so `claims` is rebuilt, by hand: drizzle-kit's rebuild turns foreign keys off with a PRAGMA, which
-- is a no-op inside the transaction every migration runs in (drizzle's migrator, D1), and DROP TABLE
-- `claims` would then run an implicit DELETE that cascades to every citation (ON DELETE CASCADE). So:
-- citations are set aside in a table without foreign keys, the triggers of other tables that read
-- `claims` are dropped (ALTER TABLE … RENAME refuses a schema with a trigger naming a missing table),
-- `claims` is rebuilt with the same rows and `seq`s (the full-text index's rowids), and everything is
-- put back as 0000–0003 made it. A later migration that adds an index or trigger on `claims` before
-- this one runs must be repeated here.
CREATE TABLE `__new_claims` (
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
	`wordings` text DEFAULT '[]' NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`subject_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`object_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claims_confidence_check" CHECK("__new_claims"."confidence" IN ('established','supported','asserted','speculative','contested','refuted','unsourced')),
	CONSTRAINT "claims_status_check" CHECK("__new_claims"."status" IN ('draft','published','deprecated','retracted'))
);
--> statement-breakpoint
INSERT INTO `__new_claims`("seq", "id", "statement", "subject_id", "predicate", "object_id", "context", "confidence", "status", "replaced_by", "wordings", "revision", "created_at", "updated_at") SELECT "seq", "id", "statement", "subject_id", "predicate", "object_id", "context", "confidence", "status", "replaced_by", "wordings", "revision", "created_at", "updated_at" FROM `claims`;
--> statement-breakpoint
-- Citations aside, in a table that references nothing and that nothing references.
CREATE TABLE `__citations_aside` AS SELECT * FROM `citations`;
--> statement-breakpoint
DROP TABLE `citations`;
--> statement-breakpoint
DROP TRIGGER `claims_fts_after_entity_label`;
--> statement-breakpoint
DROP TRIGGER `claims_fts_after_alias_insert`;
--> statement-breakpoint
DROP TRIGGER `claims_fts_after_alias_delete`;
--> statement-breakpoint
DROP TRIGGER `claims_fts_after_alias_update`;
--> statement-breakpoint
-- Nothing references `claims` now: the implicit DELETE of DROP TABLE cascades nowhere, and fires no
-- trigger (SQLite: "the implicit DELETE does not cause any SQL triggers to fire"), so `claims_fts`
-- keeps its rows. The table's own triggers go with it and are made again below.
DROP TABLE `claims`;
--> statement-breakpoint
ALTER TABLE `__new_claims` RENAME TO `claims`;
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_id_idx` ON `claims` (`id`);
--> statement-breakpoint
CREATE INDEX `claims_subject_idx` ON `claims` (`subject_id`);
--> statement-breakpoint
CREATE INDEX `claims_object_idx` ON `claims` (`object_id`);
--> statement-breakpoint
CREATE INDEX `claims_predicate_idx` ON `claims` (`predicate`);
--> statement-breakpoint
CREATE INDEX `claims_confidence_idx` ON `claims` (`confidence`);
--> statement-breakpoint
CREATE INDEX `claims_status_idx` ON `claims` (`status`);
--> statement-breakpoint
CREATE INDEX `claims_updated_idx` ON `claims` (`updated_at`,`id`);
--> statement-breakpoint
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
INSERT INTO `citations`("claim_id", "reference_id", "stance", "locator", "quote", "span_start", "span_end", "note", "position", "created_at") SELECT "claim_id", "reference_id", "stance", "locator", "quote", "span_start", "span_end", "note", "position", "created_at" FROM `__citations_aside`;
--> statement-breakpoint
DROP TABLE `__citations_aside`;
--> statement-breakpoint
CREATE INDEX `citations_reference_idx` ON `citations` (`reference_id`);
--> statement-breakpoint
CREATE INDEX `citations_stance_idx` ON `citations` (`stance`,`claim_id`);
--> statement-breakpoint
-- The full-text triggers of 0002_fts.sql, as they were.
CREATE TRIGGER `claims_fts_after_insert` AFTER INSERT ON `claims` BEGIN
	INSERT INTO `claims_fts` (rowid, statement, entities) VALUES (new.`seq`, new.`statement`,
		(SELECT group_concat(n.name, ' ') FROM (
			SELECT e.`label` AS name FROM `entities` e WHERE e.`id` IN (new.`subject_id`, new.`object_id`)
			UNION ALL
			SELECT a.`alias` FROM `entity_aliases` a WHERE a.`entity_id` IN (new.`subject_id`, new.`object_id`)
		) n));
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_update` AFTER UPDATE OF `seq`, `statement`, `subject_id`, `object_id` ON `claims` BEGIN
	DELETE FROM `claims_fts` WHERE rowid = old.`seq`;
	INSERT INTO `claims_fts` (rowid, statement, entities) VALUES (new.`seq`, new.`statement`,
		(SELECT group_concat(n.name, ' ') FROM (
			SELECT e.`label` AS name FROM `entities` e WHERE e.`id` IN (new.`subject_id`, new.`object_id`)
			UNION ALL
			SELECT a.`alias` FROM `entity_aliases` a WHERE a.`entity_id` IN (new.`subject_id`, new.`object_id`)
		) n));
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_delete` AFTER DELETE ON `claims` BEGIN
	DELETE FROM `claims_fts` WHERE rowid = old.`seq`;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_entity_label` AFTER UPDATE OF `label` ON `entities` BEGIN
	DELETE FROM `claims_fts` WHERE rowid IN (
		SELECT `seq` FROM `claims` WHERE `subject_id` = new.`id` OR `object_id` = new.`id`);
	INSERT INTO `claims_fts` (rowid, statement, entities)
	SELECT c.`seq`, c.`statement`,
		(SELECT group_concat(n.name, ' ') FROM (
			SELECT e.`label` AS name FROM `entities` e WHERE e.`id` IN (c.`subject_id`, c.`object_id`)
			UNION ALL
			SELECT a.`alias` FROM `entity_aliases` a WHERE a.`entity_id` IN (c.`subject_id`, c.`object_id`)
		) n)
	FROM `claims` c WHERE c.`subject_id` = new.`id` OR c.`object_id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_alias_insert` AFTER INSERT ON `entity_aliases` BEGIN
	DELETE FROM `claims_fts` WHERE rowid IN (
		SELECT `seq` FROM `claims` WHERE `subject_id` = new.`entity_id` OR `object_id` = new.`entity_id`);
	INSERT INTO `claims_fts` (rowid, statement, entities)
	SELECT c.`seq`, c.`statement`,
		(SELECT group_concat(n.name, ' ') FROM (
			SELECT e.`label` AS name FROM `entities` e WHERE e.`id` IN (c.`subject_id`, c.`object_id`)
			UNION ALL
			SELECT a.`alias` FROM `entity_aliases` a WHERE a.`entity_id` IN (c.`subject_id`, c.`object_id`)
		) n)
	FROM `claims` c WHERE c.`subject_id` = new.`entity_id` OR c.`object_id` = new.`entity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_alias_delete` AFTER DELETE ON `entity_aliases` BEGIN
	DELETE FROM `claims_fts` WHERE rowid IN (
		SELECT `seq` FROM `claims` WHERE `subject_id` = old.`entity_id` OR `object_id` = old.`entity_id`);
	INSERT INTO `claims_fts` (rowid, statement, entities)
	SELECT c.`seq`, c.`statement`,
		(SELECT group_concat(n.name, ' ') FROM (
			SELECT e.`label` AS name FROM `entities` e WHERE e.`id` IN (c.`subject_id`, c.`object_id`)
			UNION ALL
			SELECT a.`alias` FROM `entity_aliases` a WHERE a.`entity_id` IN (c.`subject_id`, c.`object_id`)
		) n)
	FROM `claims` c WHERE c.`subject_id` = old.`entity_id` OR c.`object_id` = old.`entity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_alias_update` AFTER UPDATE ON `entity_aliases` BEGIN
	DELETE FROM `claims_fts` WHERE rowid IN (
		SELECT `seq` FROM `claims` WHERE `subject_id` IN (old.`entity_id`, new.`entity_id`)
			OR `object_id` IN (old.`entity_id`, new.`entity_id`));
	INSERT INTO `claims_fts` (rowid, statement, entities)
	SELECT c.`seq`, c.`statement`,
		(SELECT group_concat(n.name, ' ') FROM (
			SELECT e.`label` AS name FROM `entities` e WHERE e.`id` IN (c.`subject_id`, c.`object_id`)
			UNION ALL
			SELECT a.`alias` FROM `entity_aliases` a WHERE a.`entity_id` IN (c.`subject_id`, c.`object_id`)
		) n)
	FROM `claims` c WHERE c.`subject_id` IN (old.`entity_id`, new.`entity_id`)
		OR c.`object_id` IN (old.`entity_id`, new.`entity_id`);
END;
--> statement-breakpoint
-- Source tiers, set by curators; NULL when unknown. drizzle-kit models no column-level CHECK: written by hand.
ALTER TABLE `references` ADD `tier` text CONSTRAINT "references_tier_check" CHECK("tier" IN ('primary','secondary','tertiary'));
--> statement-breakpoint
ALTER TABLE `references` ADD `design` text CONSTRAINT "references_design_check" CHECK("design" IS NULL OR ("design" IN ('rct','cohort','case-control','case-report','animal','in-vitro','other') AND "tier" = 'primary'));
--> statement-breakpoint
CREATE TABLE `claim_relations` (
	`from_id` text NOT NULL,
	`type` text NOT NULL,
	`to_id` text NOT NULL,
	`note` text,
	`citations` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`from_id`, `type`, `to_id`),
	FOREIGN KEY (`from_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claim_relations_type_check" CHECK("claim_relations"."type" IN ('contradicts','refines','supersedes','same-as')),
	CONSTRAINT "claim_relations_not_self" CHECK("claim_relations"."from_id" <> "claim_relations"."to_id")
);
--> statement-breakpoint
CREATE INDEX `claim_relations_to_idx` ON `claim_relations` (`to_id`,`type`);
--> statement-breakpoint
CREATE INDEX `claim_relations_type_idx` ON `claim_relations` (`type`);