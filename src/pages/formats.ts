/**
 * The machine-readable forms of each page's resource, listed on the page and as
 * `<link rel="alternate">`. The one place to add a format when the API serves a new one. Each
 * `href` gives its `type` when followed from a link (the API's `format` parameter): a browser
 * cannot choose by `Accept`.
 */
export interface FormatLink {
  label: string;
  href: string;
  /** Media type of what `href` serves. */
  type: string;
  description: string;
}

const path = (id: string) => encodeURIComponent(id);

export function claimFormats(id: string): FormatLink[] {
  return [
    {
      label: "JSON",
      href: `/v1/claims/${path(id)}`,
      type: "application/json",
      description: "the claim with its citations",
    },
    {
      label: "JSON with references",
      href: `/v1/claims/${path(id)}?include=references`,
      type: "application/json",
      description: "the claim with the cited references in full",
    },
    {
      label: "ClaimReview",
      href: "#claim-review",
      type: "application/ld+json",
      description: "schema.org JSON-LD, embedded in this page",
    },
    {
      label: "ClaimReview (API)",
      href: `/v1/claims/${path(id)}?format=jsonld`,
      type: "application/ld+json",
      description: "the same JSON-LD from the API, as a download",
    },
    {
      label: "Bibliography (CSL-JSON)",
      href: `/v1/claims/${path(id)}?format=csl`,
      type: "application/vnd.citationstyles.csl+json",
      description: "the cited references, as a download for a reference manager",
    },
    {
      label: "Bibliography (BibTeX)",
      href: `/v1/claims/${path(id)}?format=bibtex`,
      type: "application/x-bibtex",
      description: "the cited references, as a download for LaTeX",
    },
    {
      label: "History",
      href: `/v1/claims/${path(id)}/history`,
      type: "application/json",
      description: "every change, as JSON",
    },
  ];
}

export function referenceFormats(id: string): FormatLink[] {
  return [
    {
      label: "JSON",
      href: `/v1/references/${path(id)}`,
      type: "application/json",
      description: "the reference, shaped like CSL-JSON",
    },
    {
      label: "CSL-JSON",
      href: `/v1/references/${path(id)}?format=csl`,
      type: "application/vnd.citationstyles.csl+json",
      description: "a download for a reference manager",
    },
    {
      label: "BibTeX",
      href: `/v1/references/${path(id)}?format=bibtex`,
      type: "application/x-bibtex",
      description: "a download for LaTeX",
    },
    {
      label: "Claims citing it",
      href: `/v1/references/${path(id)}/claims`,
      type: "application/json",
      description: "a page of claims, as JSON",
    },
  ];
}

export function entityFormats(id: string): FormatLink[] {
  return [
    { label: "JSON", href: `/v1/entities/${path(id)}`, type: "application/json", description: "the entity" },
    {
      label: "Its claims",
      href: `/v1/entities/${path(id)}/claims`,
      type: "application/json",
      description: "a page of claims, as JSON",
    },
  ];
}
