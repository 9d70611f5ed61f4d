import type { Context } from "hono";
import { checkBody, runCheck } from "../check/routes";
import { readChanges } from "../db/changes.queries";
import { invalidCursor, notFound } from "../lib/errors";
import { afterIdOf } from "../lib/list";
import { encodeCursor } from "../lib/pagination";
import { getClaim, listClaims } from "../routes/claims/claims.queries";
import type { Claim } from "../routes/claims/claims.schemas";
import { getEntity, listEntities, resolveEntityId } from "../routes/entities/entities.queries";
import { getReference, getReferencesByIds } from "../routes/references/references.queries";
import type { AppEnv, AppRouteHandler } from "../types";
import { claimReview } from "./claim-review";
import { referenceTitle } from "./components";
import { CONFIDENCE_TEXT, evidenceSentence } from "./confidence-text";
import { claimFormats, entityFormats, referenceFormats } from "./formats";
import { type PageHead, renderPage } from "./layout";
import { claimSummaries, entityLabels, predicatesInUse, publishedByConfidence } from "./page.queries";
import type {
  CheckPageRoute,
  ClaimPageRoute,
  EntityPageRoute,
  HomePageRoute,
  ReferencePageRoute,
} from "./pages.routes";
import { acceptsHtml, htmlResponse } from "./respond";
import { searchClaims } from "./search";
import { pagePath, type SiteOptions, siteOf } from "./site";
import { CHECK_PAGE_LIMIT, CheckView } from "./views/check";
import { ClaimView } from "./views/claim";
import { EntityView } from "./views/entity";
import { ErrorView } from "./views/error";
import { type HomeQuery, HomeView, isFiltered } from "./views/home";
import { ReferenceView } from "./views/reference";

/** Claims per page of a list. */
const PAGE_SIZE = 25;
/** Changes shown in a claim's history. */
const HISTORY_LIMIT = 50;

/**
 * An error of a page: an HTML page with `status` for a reader's browser (`Accept: text/html`), and
 * for any other client the problem+json that `asProblem` answers, as everywhere in the API.
 */
export function errorPage<S extends 400 | 404 | 500 | 503>(
  c: Context,
  site: SiteOptions,
  init: { status: S; title: string; detail: string },
  asProblem: () => Response | Promise<Response>,
) {
  if (!acceptsHtml(c)) return asProblem();
  const html = renderPage(
    siteOf(c, site),
    { title: init.title, description: init.detail, path: c.req.path, robots: "noindex" },
    <ErrorView {...init} requestId={c.get("requestId")} />,
  );
  return htmlResponse(c, html, init.status);
}

const invalidCursorPage = (c: Context, site: SiteOptions) =>
  errorPage(
    c,
    site,
    {
      status: 400,
      title: "This page link is out of date",
      detail:
        "The link to this page of results is malformed or belongs to another list. Start again from the first page.",
    },
    () => invalidCursor(c),
  );

const entityIdsOf = (claims: Claim[]) => claims.flatMap((claim) => [claim.subject, claim.object]);

/** Where a list page starts and how its next page is reached: a cursor of `list` over claim ids. */
function claimPageCursor(list: string, page: { items: Claim[]; more: boolean }) {
  const last = page.items.at(-1);
  return page.more && last ? encodeCursor({ list, after: [last.id] }) : null;
}

/** The path and query of a page, without empty parameters: its canonical form. */
function canonicalPath(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return params.size ? `${path}?${params}` : path;
}

/** The pages' handlers, for the site described by `options`. */
/**
 * A page of the published claims of a reference or an entity, in id order, from the page's cursor;
 * null when the cursor is not one of this list's.
 */
async function publishedClaims(
  c: Context<AppEnv>,
  list: string,
  scope: { referenceId?: string; entityId?: string },
  cursor: string | undefined,
) {
  const afterId = afterIdOf(cursor || undefined, list);
  if (afterId === null) return null;
  return listClaims(c.var.db, c.var.runSearch, {
    ...scope,
    status: ["published"],
    sort: "id",
    after: afterId === undefined ? undefined : { sort: "id", id: afterId },
    limit: PAGE_SIZE,
  });
}

export function pageHandlers(options: SiteOptions) {
  const homePage: AppRouteHandler<HomePageRoute> = async (c) => {
    const raw = c.req.valid("query");
    const query: HomeQuery = {
      q: raw.q?.trim() || undefined,
      entity: raw.entity?.trim() || undefined,
      confidence: raw.confidence || undefined,
      predicate: raw.predicate?.trim() || undefined,
      cursor: raw.cursor || undefined,
    };
    const db = c.var.db;
    const result = await searchClaims(db, c.var.runSearch, { ...query, limit: PAGE_SIZE });
    if (!result.ok) return invalidCursorPage(c, options);
    const [labels, predicates, entities, counts] = await Promise.all([
      entityLabels(db, entityIdsOf(result.items)),
      predicatesInUse(db),
      listEntities(db, { limit: 100 }),
      publishedByConfidence(db),
    ]);
    const filtered = isFiltered(query);
    const head: PageHead = {
      title: filtered ? "Search the claims" : "Cited: citation-backed claims",
      description:
        "Atomic claims, each with the references that support, contradict or mention it and a confidence those references have to earn.",
      path: canonicalPath("/", { ...query }),
      current: "home",
      alternates: [{ label: "JSON", href: "/v1/claims", type: "application/json", description: "the claims" }],
      robots: filtered || query.cursor ? "noindex" : undefined,
    };
    const html = renderPage(
      siteOf(c, options),
      head,
      <HomeView
        query={query}
        counts={counts}
        claims={result.items}
        nextCursor={result.nextCursor}
        unknownNames={result.unknownNames}
        labels={labels}
        predicates={predicates}
        entityNames={entities.items.map((entity) => entity.label)}
      />,
    );
    return htmlResponse(c, html, 200);
  };

  const claimPage: AppRouteHandler<ClaimPageRoute> = async (c) => {
    const { id } = c.req.valid("param");
    const db = c.var.db;
    const claim = await getClaim(db, id, { withReferences: true, readClaim: c.var.readClaim });
    if (!claim)
      return errorPage(
        c,
        options,
        { status: 404, title: "Claim not found", detail: `No claim has the id “${id}”.` },
        () => notFound(c, "claim", id),
      );
    const site = siteOf(c, options);
    const path = pagePath.claim(claim.id);
    const cited = claim.references ?? [];
    const citedIds = new Set(claim.referenceIds);
    const [labels, history, related, relationSources] = await Promise.all([
      entityLabels(db, [claim.subject, claim.object]),
      readChanges(db, { since: 0, limit: HISTORY_LIMIT, resource: { type: "claim", id: claim.id } }),
      claimSummaries(
        db,
        claim.relations.map((relation) => (relation.from === claim.id ? relation.to : relation.from)),
      ),
      getReferencesByIds(
        db,
        claim.relations.flatMap((r) => r.citations.map((c) => c.referenceId)).filter((id) => !citedIds.has(id)),
      ),
    ]);
    const review = claimReview(claim, cited, { url: site.url(path), author: { name: site.name, url: site.url("/") } });
    const confidence = CONFIDENCE_TEXT[claim.confidence];
    const formats = claimFormats(claim.id);
    const head: PageHead = {
      title: claim.statement,
      description: `${confidence.label}: ${confidence.meaning}. ${evidenceSentence(claim.evidence)}.${claim.supportRetracted ? " Every supporting reference is retracted." : ""}`,
      path,
      ogType: "article",
      alternates: formats,
      jsonLd: review,
      robots: claim.status === "draft" ? "noindex" : undefined,
    };
    const html = renderPage(
      site,
      head,
      <ClaimView
        claim={claim}
        references={new Map([...cited.map((reference) => [reference.id, reference] as const), ...relationSources])}
        related={related}
        labels={labels}
        history={{ items: history.items, more: history.nextSince !== null }}
        review={review}
        formats={formats}
      />,
    );
    return htmlResponse(c, html, 200);
  };

  const referencePage: AppRouteHandler<ReferencePageRoute> = async (c) => {
    const { id } = c.req.valid("param");
    const { cursor } = c.req.valid("query");
    const db = c.var.db;
    const reference = await getReference(db, id);
    if (!reference)
      return errorPage(
        c,
        options,
        {
          status: 404,
          title: "Reference not found",
          detail: `No reference has the id, DOI or PMID “${id}”.`,
        },
        () => notFound(c, "reference", id),
      );
    const list = `pages:references/${reference.id}`;
    const page = await publishedClaims(c, list, { referenceId: reference.id }, cursor);
    if (!page) return invalidCursorPage(c, options);
    const labels = await entityLabels(db, entityIdsOf(page.items));
    const formats = referenceFormats(reference.id);
    const year = reference.issued ? ` (${reference.issued.slice(0, 4)})` : "";
    const head: PageHead = {
      title: referenceTitle(reference),
      description: `${reference.authors.length ? `${reference.authors.slice(0, 3).join(", ")}${reference.authors.length > 3 ? " et al." : ""}` : "A reference"}${year}${reference.containerTitle ? `, ${reference.containerTitle}` : ""}: the claims it supports, contradicts or mentions.`,
      path: canonicalPath(pagePath.reference(reference.id), { cursor }),
      ogType: "article",
      alternates: formats,
    };
    const html = renderPage(
      siteOf(c, options),
      head,
      <ReferenceView
        reference={reference}
        claims={page.items}
        labels={labels}
        cursor={cursor || undefined}
        nextCursor={claimPageCursor(list, page)}
        formats={formats}
      />,
    );
    return htmlResponse(c, html, 200);
  };

  const entityPage: AppRouteHandler<EntityPageRoute> = async (c) => {
    const { id } = c.req.valid("param");
    const { cursor } = c.req.valid("query");
    const db = c.var.db;
    const entityId = await resolveEntityId(db, id);
    const entity = entityId ? await getEntity(db, entityId) : null;
    if (!entity)
      return errorPage(
        c,
        options,
        {
          status: 404,
          title: "Entity not found",
          detail: `No entity has the id, name or alias “${id}”.`,
        },
        () => notFound(c, "entity", id),
      );
    const list = `pages:entities/${entity.id}`;
    const page = await publishedClaims(c, list, { entityId: entity.id }, cursor);
    if (!page) return invalidCursorPage(c, options);
    const labels = await entityLabels(db, entityIdsOf(page.items));
    const formats = entityFormats(entity.id);
    const head: PageHead = {
      title: entity.label,
      description: `${entity.description ?? `${entity.label} (${entity.kind.replaceAll("-", " ")})`}${entity.aliases.length ? ` Also known as ${entity.aliases.join(", ")}.` : ""} Claims about it, with their references.`,
      path: canonicalPath(pagePath.entity(entity.id), { cursor }),
      alternates: formats,
    };
    const html = renderPage(
      siteOf(c, options),
      head,
      <EntityView
        entity={entity}
        claims={page.items}
        labels={labels}
        cursor={cursor || undefined}
        nextCursor={claimPageCursor(list, page)}
        formats={formats}
      />,
    );
    return htmlResponse(c, html, 200);
  };

  const checkPage: AppRouteHandler<CheckPageRoute> = async (c) => {
    const text = c.req.valid("query").text?.trim() || undefined;
    const db = c.var.db;
    // The page shows what the API answers a bot (checkBody), so both say the same.
    const answer = text ? checkBody(text, await runCheck(c, text, CHECK_PAGE_LIMIT)) : null;
    const labels = answer
      ? await entityLabels(
          db,
          answer.entities.map((mention) => mention.entityId),
        )
      : new Map<string, string>();
    const head: PageHead = {
      title: "Check a sentence",
      description: "Paste a sentence and see the stored claims about what it names, with how well each is backed.",
      path: canonicalPath("/check", { text }),
      current: "check",
      robots: text ? "noindex" : undefined,
    };
    const html = renderPage(siteOf(c, options), head, <CheckView text={text} answer={answer} labels={labels} />);
    return htmlResponse(c, html, 200);
  };

  return { homePage, claimPage, referencePage, entityPage, checkPage };
}
