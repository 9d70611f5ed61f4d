CREATE TABLE `claim_documents` (
	`seq` integer PRIMARY KEY NOT NULL,
	`version` text NOT NULL,
	`revision` integer NOT NULL,
	`updated_at` text NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`seq`) REFERENCES `claims`(`seq`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `row_counts` (
	`name` text PRIMARY KEY NOT NULL,
	`rows` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stale_claim_documents` (
	`seq` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- Written by hand below (drizzle-kit does not model triggers). The statements in triggers avoid conflict
-- clauses (OR IGNORE, upserts): an outer statement's conflict policy would override them. A claim's document follows the change
-- log: the claim that a change row records as `after` is the claim's JSON as the API serves it, so the
-- row writes the document in the same unit. Triggers on claims, citations and references delete the
-- document of every claim they touch (or insert) and mark it stale; a change row written later in the
-- same unit writes it back. The version is the one the unit's writer set in `settings` (see
-- src/routes/claims/claims.documents.ts); until then it is '' and nothing is served from documents.
INSERT INTO `settings` (`name`, `value`) VALUES ('claim-document-version', '');
--> statement-breakpoint
INSERT INTO `stale_claim_documents` (`seq`) SELECT `seq` FROM `claims`;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_from_changes` AFTER INSERT ON `changes`
WHEN NEW.`resource_type` = 'claim' AND NEW.`after` IS NOT NULL BEGIN
  DELETE FROM `claim_documents` WHERE `seq` = (SELECT `seq` FROM `claims` WHERE `id` = NEW.`resource_id`);
  INSERT INTO `claim_documents` (`seq`, `version`, `revision`, `updated_at`, `body`)
    SELECT c.`seq`, s.`value`, c.`revision`, c.`updated_at`, NEW.`after`
    FROM `claims` c JOIN `settings` s ON s.`name` = 'claim-document-version'
    WHERE c.`id` = NEW.`resource_id` AND c.`revision` = NEW.`revision`;
  DELETE FROM `stale_claim_documents`
    WHERE `seq` = (SELECT `seq` FROM `claims` WHERE `id` = NEW.`resource_id` AND `revision` = NEW.`revision`);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_claim_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO `stale_claim_documents` (`seq`) SELECT NEW.`seq`
    WHERE NOT EXISTS (SELECT 1 FROM `stale_claim_documents` WHERE `seq` = NEW.`seq`);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_claim_update` AFTER UPDATE ON `claims` BEGIN
  DELETE FROM `claim_documents` WHERE `seq` = OLD.`seq`;
  INSERT INTO `stale_claim_documents` (`seq`) SELECT OLD.`seq`
    WHERE NOT EXISTS (SELECT 1 FROM `stale_claim_documents` WHERE `seq` = OLD.`seq`);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_claim_delete` AFTER DELETE ON `claims` BEGIN
  DELETE FROM `claim_documents` WHERE `seq` = OLD.`seq`;
  DELETE FROM `stale_claim_documents` WHERE `seq` = OLD.`seq`;
END;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_citation_insert` AFTER INSERT ON `citations` BEGIN
  DELETE FROM `claim_documents` WHERE `seq` = (SELECT `seq` FROM `claims` WHERE `id` = NEW.`claim_id`);
  INSERT INTO `stale_claim_documents` (`seq`) SELECT c.`seq` FROM `claims` c WHERE c.`id` = NEW.`claim_id`
    AND NOT EXISTS (SELECT 1 FROM `stale_claim_documents` s WHERE s.`seq` = c.`seq`);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_citation_update` AFTER UPDATE ON `citations` BEGIN
  DELETE FROM `claim_documents` WHERE `seq` IN (SELECT `seq` FROM `claims` WHERE `id` IN (OLD.`claim_id`, NEW.`claim_id`));
  INSERT INTO `stale_claim_documents` (`seq`)
    SELECT c.`seq` FROM `claims` c WHERE c.`id` IN (OLD.`claim_id`, NEW.`claim_id`)
    AND NOT EXISTS (SELECT 1 FROM `stale_claim_documents` s WHERE s.`seq` = c.`seq`);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_citation_delete` AFTER DELETE ON `citations` BEGIN
  DELETE FROM `claim_documents` WHERE `seq` = (SELECT `seq` FROM `claims` WHERE `id` = OLD.`claim_id`);
  INSERT INTO `stale_claim_documents` (`seq`) SELECT c.`seq` FROM `claims` c WHERE c.`id` = OLD.`claim_id`
    AND NOT EXISTS (SELECT 1 FROM `stale_claim_documents` s WHERE s.`seq` = c.`seq`);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_reference_update` AFTER UPDATE ON `references` BEGIN
  DELETE FROM `claim_documents` WHERE `seq` IN
    (SELECT c.`seq` FROM `citations` ci JOIN `claims` c ON c.`id` = ci.`claim_id` WHERE ci.`reference_id` = OLD.`id`);
  INSERT INTO `stale_claim_documents` (`seq`)
    SELECT DISTINCT c.`seq` FROM `citations` ci JOIN `claims` c ON c.`id` = ci.`claim_id` WHERE ci.`reference_id` = OLD.`id`
    AND NOT EXISTS (SELECT 1 FROM `stale_claim_documents` s WHERE s.`seq` = c.`seq`);
END;
--> statement-breakpoint
-- A claim's JSON lists its relations both ways: a relation written or removed touches both claims.
CREATE TRIGGER `claim_documents_relation_insert` AFTER INSERT ON `claim_relations` BEGIN
  DELETE FROM `claim_documents` WHERE `seq` IN (SELECT `seq` FROM `claims` WHERE `id` IN (NEW.`from_id`, NEW.`to_id`));
  INSERT INTO `stale_claim_documents` (`seq`)
    SELECT c.`seq` FROM `claims` c WHERE c.`id` IN (NEW.`from_id`, NEW.`to_id`)
    AND NOT EXISTS (SELECT 1 FROM `stale_claim_documents` s WHERE s.`seq` = c.`seq`);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_relation_update` AFTER UPDATE ON `claim_relations` BEGIN
  DELETE FROM `claim_documents` WHERE `seq` IN
    (SELECT `seq` FROM `claims` WHERE `id` IN (OLD.`from_id`, OLD.`to_id`, NEW.`from_id`, NEW.`to_id`));
  INSERT INTO `stale_claim_documents` (`seq`)
    SELECT c.`seq` FROM `claims` c WHERE c.`id` IN (OLD.`from_id`, OLD.`to_id`, NEW.`from_id`, NEW.`to_id`)
    AND NOT EXISTS (SELECT 1 FROM `stale_claim_documents` s WHERE s.`seq` = c.`seq`);
END;
--> statement-breakpoint
CREATE TRIGGER `claim_documents_relation_delete` AFTER DELETE ON `claim_relations` BEGIN
  DELETE FROM `claim_documents` WHERE `seq` IN (SELECT `seq` FROM `claims` WHERE `id` IN (OLD.`from_id`, OLD.`to_id`));
  INSERT INTO `stale_claim_documents` (`seq`)
    SELECT c.`seq` FROM `claims` c WHERE c.`id` IN (OLD.`from_id`, OLD.`to_id`)
    AND NOT EXISTS (SELECT 1 FROM `stale_claim_documents` s WHERE s.`seq` = c.`seq`);
END;
--> statement-breakpoint
-- `/health` reports the number of claims: counted once here, then kept by two triggers.
INSERT INTO `row_counts` (`name`, `rows`) SELECT 'claims', count(*) FROM `claims`;
--> statement-breakpoint
CREATE TRIGGER `row_counts_claims_insert` AFTER INSERT ON `claims` BEGIN
  UPDATE `row_counts` SET `rows` = `rows` + 1 WHERE `name` = 'claims';
END;
--> statement-breakpoint
CREATE TRIGGER `row_counts_claims_delete` AFTER DELETE ON `claims` BEGIN
  UPDATE `row_counts` SET `rows` = `rows` - 1 WHERE `name` = 'claims';
END;
