CREATE INDEX `citations_stance_idx` ON `citations` (`stance`,`claim_id`);--> statement-breakpoint
CREATE INDEX `claims_updated_idx` ON `claims` (`updated_at`,`id`);