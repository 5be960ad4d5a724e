import path from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./server.ts";

const AXE = path.join(ROOT, "node_modules", "axe-core", "axe.min.js");
export const IMPACTS = ["minor", "moderate", "serious", "critical"] as const;
export type Impact = (typeof IMPACTS)[number];

export interface Violation {
  id: string;
  impact: Impact | null;
  nodes: number;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules plus best practices) on the page as it is now. The
 * page's context must bypass the app's CSP, which (rightly) refuses the injected script.
 */
export async function runAxe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          context: Document,
          options: object,
        ) => Promise<{
          violations: Array<{
            id: string;
            impact: string | null;
            help: string;
            nodes: Array<{ target: unknown[] }>;
          }>;
        }>;
      };
    };
    const result = await w.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations as Violation[];
}

/** The serious and critical violations, one line each. */
export function serious(violations: Violation[]): string[] {
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.targets.join(" ")}`);
}
