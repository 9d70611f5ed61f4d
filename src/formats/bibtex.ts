import { tierPhrase } from "../domain/tiers";
import type { Reference } from "../routes/references/references.schemas";
import { cslName } from "./csl";

const ENTRY_TYPE: Record<Reference["type"], string> = {
  "article-journal": "article",
  review: "article",
  book: "book",
  chapter: "incollection",
  patent: "misc",
  webpage: "misc",
  "entry-encyclopedia": "misc",
  report: "techreport",
  thesis: "phdthesis",
  dataset: "misc",
};

/** Escapes TeX's special characters in a field value. */
export function escapeBibtex(value: string): string {
  return value.replace(/[\\{}#$%&_~^]/g, (ch) => {
    switch (ch) {
      case "\\":
        return "\\textbackslash{}";
      case "~":
        return "\\textasciitilde{}";
      case "^":
        return "\\textasciicircum{}";
      default:
        return `\\${ch}`;
    }
  });
}

/** A citation key BibTeX accepts: letters, digits and `-_:.` only. */
function citationKey(id: string): string {
  return id.replace(/[^A-Za-z0-9\-_:.]/g, "_");
}

/** A reference as one BibTeX entry, with only the fields that are known. */
export function toBibtex(reference: Reference): string {
  const fields: [string, string][] = [];
  const add = (name: string, value: string | null | undefined, raw = false) => {
    if (value) fields.push([name, raw ? value : escapeBibtex(value)]);
  };
  const authors = reference.authors
    .map((name) => {
      const parsed = cslName(name);
      return "literal" in parsed
        ? `{${escapeBibtex(parsed.literal)}}`
        : `${escapeBibtex(parsed.family)}, ${escapeBibtex(parsed.given)}`;
    })
    .join(" and ");
  add("author", authors, true);
  // Double braces keep the title's capitalisation through BibTeX styles.
  if (reference.title) fields.push(["title", `{${escapeBibtex(reference.title)}}`]);
  const container = reference.type === "chapter" ? "booktitle" : reference.type === "book" ? "publisher" : "journal";
  if (reference.type !== "book") add(container, reference.containerTitle);
  const [year, month] = (reference.issued ?? "").split("-");
  add("year", year);
  add("month", month);
  add("volume", reference.volume);
  add("number", reference.issue ?? reference.patentNumber);
  add("pages", reference.pages?.replace(/(\d)\s*[-–]\s*(\S)/, "$1--$2"));
  add("doi", reference.doi);
  add("pmid", reference.pmid);
  add("pmcid", reference.pmcid);
  add("isbn", reference.isbn);
  add("url", reference.url);
  if (reference.retracted) add("note", `Retracted${reference.retractedAt ? ` ${reference.retractedAt}` : ""}`);
  // BibTeX has no field for what kind of source a work is; `keywords` (biblatex, and what reference
  // managers read) carries it without being printed.
  if (reference.tier) add("keywords", tierPhrase(reference.tier, reference.design));
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n");
  return `@${ENTRY_TYPE[reference.type]}{${citationKey(reference.id)},\n${body}\n}\n`;
}
