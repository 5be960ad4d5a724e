import type { GraphIndex } from "../core/graph/indexes.ts";
import { siblingsOf } from "../core/graph/queries.ts";
import type { UnitTotal } from "../core/graph/totals.ts";
import { formatFte, plural, translate } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";
import type { GraphNode } from "../core/graph/model.ts";

/** "8 FTEs", "1 FTE", "3 FTEs planned". */
export function fteText(
  fte: number | null,
  planned: boolean,
  lang: Language = "en",
): string | null {
  if (fte === null) return null;
  return formatFte(lang, fte, planned);
}

/** The unit's current FTEs: "46 FTEs", or "46+ FTEs" when some positions in it state no size. */
function unitCurrent(total: UnitTotal, lang: Language): string | null {
  if (total.current === null) return null;
  return total.complete
    ? formatFte(lang, total.current)
    : translate(lang, "unit.atLeast", { n: total.current });
}

/**
 * A unit's size as a box or a frame shows it, planned FTEs apart; null when nothing in the unit
 * states a size.
 * @example unitFigures({ current: 46, planned: 3, basis: "sum", complete: false }) // "46+ FTEs · 3 planned"
 */
export function unitFigures(total: UnitTotal | undefined, lang: Language = "en"): string | null {
  if (!total) return null;
  const current = unitCurrent(total, lang);
  const planned = total.planned > 0 ? plural(lang, "unit.planned", total.planned) : null;
  if (current === null) return planned === null ? null : formatFte(lang, total.planned, true);
  return planned === null ? current : `${current} · ${planned}`;
}

/**
 * The FTE line of a box, on screen and in every export: a manager's unit total ("Unit 46+ FTEs
 * · 3 planned"), else the position's own size ("13 FTEs", "3 FTEs planned"); null when neither is
 * known.
 */
export function boxFteText(
  node: { fte: number | null; ftePlanned: boolean },
  unit: UnitTotal | undefined,
  leads: boolean,
  lang: Language = "en",
): string | null {
  const figures = leads ? unitFigures(unit, lang) : null;
  return figures !== null
    ? translate(lang, "unit.box", { figures })
    : fteText(node.fte, node.ftePlanned, lang);
}

/**
 * The badge of a box standing for several identical positions, on screen and in every export;
 * null for one position.
 * @example positionCountBadge(6) // "6 positions"; positionCountBadge("several") // "several positions"
 */
export function positionCountBadge(
  count: GraphNode["positionCount"],
  lang: Language = "en",
): string | null {
  if (count === undefined) return null;
  return count === "several"
    ? translate(lang, "count.badge.several")
    : plural(lang, "count.badge", count);
}

/** The same in words, for accessible names and the panel: "6 identical positions". */
export function positionCountDescription(
  count: GraphNode["positionCount"],
  lang: Language = "en",
): string | null {
  if (count === undefined) return null;
  return count === "several"
    ? translate(lang, "count.describe.several")
    : plural(lang, "count.describe", count);
}

/**
 * The muted marker under a manager's reports that a document mentions and no document names,
 * on screen and in every export; null when there are none.
 * @example undescribedMarker(2) // "+2 not described"
 */
export function undescribedMarker(n: number | undefined, lang: Language = "en"): string | null {
  return n === undefined || n <= 0 ? null : plural(lang, "undescribed.marker", n);
}

/** The same in words: "2 more reports a document mentions but none describes". */
export function undescribedDescription(
  n: number | undefined,
  lang: Language = "en",
): string | null {
  return n === undefined || n <= 0 ? null : plural(lang, "undescribed.describe", n);
}

/**
 * A unit's size in words, for accessible names and the panel.
 * @example unitDescription({ current: 46, planned: 3, basis: "sum", complete: false })
 * // "unit of at least 46 FTEs, plus 3 planned"
 */
export function unitDescription(
  total: UnitTotal | undefined,
  lang: Language = "en",
): string | null {
  if (!total) return null;
  if (total.current === null) {
    if (total.planned === 0) return null;
    return translate(lang, "unit.plannedOnly", { planned: formatFte(lang, total.planned) });
  }
  const fte = formatFte(lang, total.current);
  const unit = translate(lang, total.complete ? "unit.of" : "unit.ofAtLeast", { fte });
  return total.planned > 0 ? translate(lang, "unit.plus", { unit, planned: total.planned }) : unit;
}

/**
 * What a screen reader says for one position, title first (so type-ahead and prefix search by
 * name still work), then classification, FTEs (for a manager given its `unit`, the unit's
 * total), optionally the manager, then the reports no document describes.
 * @example describePosition(ix, "head-design") // "Head of Design, CS-05, 13 FTEs"
 * @example describePosition(ix, "pm") // "Portfolio Manager, 6 identical positions, PM-05"
 */
export function describePosition(
  ix: GraphIndex,
  id: string,
  options: { manager?: boolean; unit?: UnitTotal | undefined } = {},
  lang: Language = "en",
): string {
  const node = ix.byId.get(id);
  if (!node) return id;
  const parts: string[] = [node.title];
  if (node.kind === "team") parts.push(translate(lang, "describe.team"));
  const count = positionCountDescription(node.positionCount, lang);
  if (count !== null) parts.push(count);
  if (node.classification !== null) parts.push(node.classification);
  // A manager's own stated size is its unit's (see unitTotals): said once, as the unit.
  const leads = (ix.childrenOf.get(id)?.length ?? 0) > 0;
  const fte =
    (leads ? unitDescription(options.unit, lang) : null) ??
    fteText(node.fte, node.ftePlanned, lang);
  if (fte !== null) parts.push(fte);
  if (options.manager) {
    const managerId = ix.managerOf.get(id);
    const manager = managerId === undefined ? undefined : ix.byId.get(managerId);
    if (manager) parts.push(translate(lang, "describe.reportsTo", { title: manager.title }));
  }
  const undescribed = undescribedDescription(node.undescribedReports, lang);
  if (undescribed !== null) parts.push(undescribed);
  return parts.join(", ");
}

/**
 * The sentence announced when a position is selected.
 * @example selectionAnnouncement(ix, "head-design")
 * // "Selected Head of Design, 3 of 6 under Executive Director, Service"
 */
export function selectionAnnouncement(ix: GraphIndex, id: string, lang: Language = "en"): string {
  const node = ix.byId.get(id);
  if (!node) return "";
  const siblings = siblingsOf(ix, id);
  const at = siblings.indexOf(id) + 1;
  const managerId = ix.managerOf.get(id);
  const manager = managerId === undefined ? undefined : ix.byId.get(managerId);
  const where = manager
    ? translate(lang, "describe.under", { title: manager.title })
    : translate(lang, "describe.top");
  return translate(lang, "describe.selected", {
    title: node.title,
    at,
    count: siblings.length,
    where,
  });
}
