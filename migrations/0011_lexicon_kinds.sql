ALTER TABLE `lexicon` ADD `kinds` text DEFAULT '' NOT NULL;
