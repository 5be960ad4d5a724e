import type { Direction, LayoutMode } from "../core/layout/types.ts";
import { parseLanguage } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";

/** The view as it appears in the query string. */
export interface UrlState {
  /** "local": a chart of documents opened in this browser (see src/import); absent: the site's. */
  chart?: "local" | null;
  selected: string | null;
  /** Boxes closed beyond the default view. */
  collapsed: string[];
  /** Boxes opened beyond the default view (a large graph starts with a few levels). */
  expanded: string[];
  org: string | null;
  dir: Direction;
  /** The layout; written only for the wide one, compact being the default. */
  layout?: LayoutMode | undefined;
  /** The interface language; written only for French, English being the default. */
  lang?: Language | undefined;
}

const list = (v: string | null) => (v ? v.split(",").filter(Boolean).map(decodeURIComponent) : []);

export function readUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  return {
    chart: p.get("chart") === "local" ? "local" : undefined,
    selected: p.get("selected"),
    collapsed: list(p.get("collapsed")),
    expanded: list(p.get("expanded")),
    org: p.get("org"),
    dir: p.get("dir") === "RIGHT" ? "RIGHT" : "DOWN",
    layout: p.get("layout") === "wide" ? "wide" : undefined,
    lang: parseLanguage(p.get("lang")) ?? undefined,
  };
}

/** A query string, "" for the default view. Ids are encoded so commas inside them survive. */
export function writeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  if (state.chart === "local") p.set("chart", "local");
  if (state.selected !== null) p.set("selected", state.selected);
  if (state.collapsed.length > 0)
    p.set("collapsed", state.collapsed.map(encodeURIComponent).join(","));
  if (state.expanded.length > 0)
    p.set("expanded", state.expanded.map(encodeURIComponent).join(","));
  if (state.org !== null) p.set("org", state.org);
  if (state.dir !== "DOWN") p.set("dir", state.dir);
  if (state.layout === "wide") p.set("layout", state.layout);
  if (state.lang === "fr") p.set("lang", state.lang);
  const s = p.toString();
  return s === "" ? "" : `?${s}`;
}

/** The collapsed set as differences from the default, so URLs stay short for large graphs. */
export function diffCollapsed(
  collapsed: ReadonlySet<string>,
  defaults: ReadonlySet<string>,
): { collapsed: string[]; expanded: string[] } {
  return {
    collapsed: [...collapsed].filter((id) => !defaults.has(id)).sort(),
    expanded: [...defaults].filter((id) => !collapsed.has(id)).sort(),
  };
}

export function applyCollapsedDiff(
  defaults: ReadonlySet<string>,
  diff: { collapsed: string[]; expanded: string[] },
): Set<string> {
  const out = new Set(defaults);
  for (const id of diff.expanded) out.delete(id);
  for (const id of diff.collapsed) out.add(id);
  return out;
}
