import type { Claim } from "../../routes/claims/claims.schemas";
import type { Entity } from "../../routes/entities/entities.schemas";
import { ClaimList, Formats, Pager } from "../components";
import type { FormatLink } from "../formats";
import { pagePath } from "../site";

export interface EntityPageData {
  entity: Entity;
  claims: Claim[];
  labels: Map<string, string>;
  cursor?: string;
  nextCursor: string | null;
  formats: FormatLink[];
}

export function EntityView(props: EntityPageData) {
  const { entity } = props;
  const asSubject = props.claims.filter((claim) => claim.subject === entity.id);
  const asObject = props.claims.filter((claim) => claim.subject !== entity.id);
  return (
    <article>
      <p class="kicker">Entity · {entity.kind.replaceAll("-", " ")}</p>
      <h1>{entity.label}</h1>
      {entity.description ? <p class="lede">{entity.description}</p> : null}
      <h2 id="aliases">Also known as</h2>
      {entity.aliases.length ? (
        <ul>
          {entity.aliases.map((alias) => (
            <li>{alias}</li>
          ))}
        </ul>
      ) : (
        <p>No other name recorded.</p>
      )}

      <h2 id="claims">Claims about {entity.label}</h2>
      {props.claims.length === 0 ? <p>No published claim is about {entity.label}.</p> : null}
      {asSubject.length ? (
        <section aria-labelledby="as-subject">
          <h3 id="as-subject">As subject ({asSubject.length})</h3>
          <ClaimList claims={asSubject} labels={props.labels} />
        </section>
      ) : null}
      {asObject.length ? (
        <section aria-labelledby="as-object">
          <h3 id="as-object">As object ({asObject.length})</h3>
          <ClaimList claims={asObject} labels={props.labels} />
        </section>
      ) : null}
      <Pager path={pagePath.entity(entity.id)} query={{}} cursor={props.cursor} nextCursor={props.nextCursor} />
      <p>
        <a href={`/?entity=${encodeURIComponent(entity.id)}`}>Search and filter the claims about {entity.label}</a>
      </p>

      <h2 id="formats">Data and formats</h2>
      <Formats formats={props.formats} />
    </article>
  );
}
