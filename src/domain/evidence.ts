/**
 * Rules about citations and references that hold whatever the write: the API's, the import's.
 */

/** Whether a quote's span fits it: a span needs a quote, and `end - start` must be its length. */
export function spanFitsQuote(
  quote: string | null | undefined,
  span: { start: number; end: number } | null | undefined,
) {
  return !span || (!!quote && span.end - span.start === quote.length);
}

/** Whether a reference marked retracted says when and where (`retractedAt`, `retractionNotice`). */
export function retractionComplete(reference: {
  retracted: boolean;
  retractedAt: string | null;
  retractionNotice: string | null;
}): boolean {
  return !reference.retracted || (!!reference.retractedAt && !!reference.retractionNotice);
}

/** Whether a claim has supporting references and every one of them is retracted (DESIGN: flag it). */
export function supportRetracted(cited: { stance: string; retracted: boolean }[]): boolean {
  const supporting = cited.filter((citation) => citation.stance === "supports");
  return supporting.length > 0 && supporting.every((citation) => citation.retracted);
}
