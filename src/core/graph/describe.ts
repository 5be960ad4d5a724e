import type { GraphIndex } from "./indexes.ts";
import { siblingsOf } from "./queries.ts";
import { formatFte, translate } from "../../i18n/format.ts";
import type { Language } from "../../i18n/messages.ts";

/** "8 FTEs", "1 FTE", "3 FTEs planned". */
export function fteText(
  fte: number | null,
  planned: boolean,
  lang: Language = "en",
): string | null {
  if (fte === null) return null;
  return formatFte(lang, fte, planned);
}

/**
 * What a screen reader says for one position, title first (so type-ahead and prefix search by
 * name still work), then classification, FTEs and optionally the manager.
 * @example describePosition(ix, "head-design") // "Head of Design, CS-05, 13 FTEs"
 */
export function describePosition(
  ix: GraphIndex,
  id: string,
  options: { manager?: boolean } = {},
  lang: Language = "en",
): string {
  const node = ix.byId.get(id);
  if (!node) return id;
  const parts: string[] = [node.title];
  if (node.kind === "team") parts.push(translate(lang, "describe.team"));
  if (node.classification !== null) parts.push(node.classification);
  const fte = fteText(node.fte, node.ftePlanned, lang);
  if (fte !== null) parts.push(fte);
  if (options.manager) {
    const managerId = ix.managerOf.get(id);
    const manager = managerId === undefined ? undefined : ix.byId.get(managerId);
    if (manager) parts.push(translate(lang, "describe.reportsTo", { title: manager.title }));
  }
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
