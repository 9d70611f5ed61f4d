-- Full-text index of claims (SQLite FTS5; D1 supports it too). drizzle-kit cannot model virtual tables,
-- so this migration is written by hand.
--
-- One row per claim, keyed by claims.seq (the FTS rowid). Columns:
--   statement  the claim's statement;
--   entities   the labels and aliases of its subject and object, so that a brand name ("Stablon")
--              finds the claims about its entity.
-- The porter stemmer over unicode61 (diacritics folded) makes "enhances" find "enhance"/"enhanced".
-- The table keeps its own copy of the text (not external-content): rows can then be deleted by rowid
-- alone, and snippet()/highlight() work. The triggers below keep it in sync with claims, entities
-- and entity_aliases.
CREATE VIRTUAL TABLE `claims_fts` USING fts5(
	statement,
	entities,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `claims_fts` (rowid, statement, entities)
SELECT c.`seq`, c.`statement`,
	(SELECT group_concat(n.name, ' ') FROM (
		SELECT e.`label` AS name FROM `entities` e WHERE e.`id` IN (c.`subject_id`, c.`object_id`)
		UNION ALL
		SELECT a.`alias` FROM `entity_aliases` a WHERE a.`entity_id` IN (c.`subject_id`, c.`object_id`)
	) n)
FROM `claims` c;
--> statement-breakpoint
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
-- An entity's label or aliases changed: re-index the claims about it.
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
