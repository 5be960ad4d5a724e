import { THEMES } from "./tokens.ts";

/**
 * Organization accents as the chart's elements carry them: the light theme's (tokens.ts, where
 * each is checked for WCAG AA as text on white and under white text). Other themes swap them
 * through `var(--org-N)` (theme/org-var.ts).
 */
export const ORG_COLORS: readonly string[] = THEMES.light.org;

export function orgColor(index: number): string {
  return ORG_COLORS[((index % ORG_COLORS.length) + ORG_COLORS.length) % ORG_COLORS.length]!;
}
