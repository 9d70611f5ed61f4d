/** What the Node server warns about when it starts: configurations that work, but not safely. */

/** Whether `host` is a loopback address (or name): only this machine can reach a server bound to it. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(bare);
}

/** The warnings a start with this configuration deserves. */
export function startupWarnings(config: { host: string; publicUrl?: string }): string[] {
  const warnings: string[] = [];
  if (!config.publicUrl && !isLoopbackHost(config.host))
    warnings.push(
      `HOST ${config.host} serves other machines, but PUBLIC_URL is unset: pages' canonical and Open Graph links and ClaimReview urls follow each request's Host header, which clients choose. Set PUBLIC_URL to the service's public origin (https://cited.example.org).`,
    );
  return warnings;
}
