CREATE TABLE `statement_names` (
	`claim_seq` integer PRIMARY KEY NOT NULL,
	`entity_id` text NOT NULL,
	`key` text NOT NULL,
	FOREIGN KEY (`claim_seq`) REFERENCES `claims`(`seq`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `statement_names_key` ON `statement_names` (`key`,`entity_id`);--> statement-breakpoint
CREATE INDEX `statement_names_entity` ON `statement_names` (`entity_id`,`key`);--> statement-breakpoint
-- Written by hand (drizzle-kit does not model data): a store with no claims yet has no statement names
-- to fill, so it records that the rule's names are written (see src/check/statement-names.ts); one that
-- holds claims is filled once, by the Node server on start or a Worker on an isolate's first request.
INSERT INTO `settings` (`name`, `value`) SELECT 'statement-names', '1' WHERE NOT EXISTS (SELECT 1 FROM `claims`);
