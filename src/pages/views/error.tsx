export interface ErrorPageData {
  status: number;
  title: string;
  detail: string;
  requestId?: string;
}

/** An error as a page: what went wrong, the request id to report, and a way on. */
export function ErrorView(props: ErrorPageData) {
  return (
    <>
      <p class="kicker">Error {props.status}</p>
      <h1>{props.title}</h1>
      <p class="error-detail">{props.detail}</p>
      {props.requestId ? (
        <p class="muted">
          Request id: <code>{props.requestId}</code>
        </p>
      ) : null}
      <p>
        <a href="/">Search the claims</a> or <a href="/check">check a sentence</a>.
      </p>
    </>
  );
}
