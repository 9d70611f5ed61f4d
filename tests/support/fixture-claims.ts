/**
 * Claim records for fixture domains imported through the API: one reference's stance decides the
 * claim's confidence (it supports: supported; it contradicts: refuted).
 */
export function fixtureClaim(referenceId: string, stance: "supports" | "contradicts" = "supports") {
  return (id: string, statement: string, subject: string, predicate: string, object: string) => ({
    record: "claim",
    id,
    statement,
    subject,
    predicate,
    object,
    confidence: stance === "supports" ? "supported" : "refuted",
    citations: [{ referenceId, stance }],
  });
}
