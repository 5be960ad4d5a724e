import { THEMES } from "./tokens.ts";

/**
 * The theme's variant of an organization colour: `var(--org-N, #hex)` for a colour of the light
 * palette (the chart's elements carry those), the colour itself otherwise. Usable in a `style`
 * (CSS or SVG), not in an SVG presentation attribute.
 * @example orgVar("#1d4e89") // "var(--org-1, #1d4e89)"
 */
export function orgVar(color: string): string {
  const i = THEMES.light.org.indexOf(color.toLowerCase());
  return i < 0 ? color : `var(--org-${i + 1}, ${color})`;
}
