/**
 * A small domain whose claim's statement names its subject in its own words ("Winter swimming …" for
 * the sea bathing regimen), and a sentence that says the subject only so: what the statement-name tests
 * import, through the API or into a store that is then backed up and restored.
 */

/** The import's NDJSON: two entities and the claim. */
export const STATEMENT_NAME_IMPORT = [
  { record: "entity", id: "sea-bathing-regimen", label: "sea bathing regimen", kind: "other", aliases: [] },
  { record: "entity", id: "wintertime-gloom", label: "wintertime gloom", kind: "condition", aliases: [] },
  {
    record: "claim",
    id: "winter-swimming-lifts-wintertime-gloom",
    statement: "Winter swimming lifts wintertime gloom.",
    subject: "sea-bathing-regimen",
    predicate: "reduces",
    object: "wintertime-gloom",
    confidence: "unsourced",
    citations: [],
  },
]
  .map((record) => JSON.stringify(record))
  .join("\n");

/** A sentence that names the subject only by the statement's word ("swimming"). */
export const STATEMENT_NAME_SENTENCE = "I go swimming in the sea every winter and it lifts my wintertime gloom.";
