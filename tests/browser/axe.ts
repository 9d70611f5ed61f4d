import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** axe-core's browser build, from node_modules: injected into the page, never fetched. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: "minor" | "moderate" | "serious" | "critical" | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

export interface AxeReport {
  /** Rules that passed: proof that axe ran over a real page. */
  passes: number;
  violations: AxeViolation[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules and its best practices) over the page as it is now. The
 * script is evaluated through the DevTools protocol, which the pages' content security policy
 * (no script at all) does not govern.
 */
export async function runAxe(page: Page): Promise<AxeReport> {
  const loaded = await page.evaluate("typeof window.axe === 'object'");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] }).then((r) => ({
    passes: r.passes.length,
    violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })) })),
  }))`)) as AxeReport;
}

/** The serious and critical violations of a report, one readable line per element. */
export function seriousViolations(report: AxeReport): string[] {
  return report.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.impact} ${violation.id} (${violation.help}): ${node.target.join(" ")}`,
      ),
    );
}

/** "moderate:region:3, minor:…": every violation by impact, rule and count, for the test's annotations. */
export function summary(report: AxeReport): string {
  return report.violations.map((v) => `${v.impact}:${v.id}:${v.nodes.length}`).join(", ") || "none";
}
