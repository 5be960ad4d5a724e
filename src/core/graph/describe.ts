import type { GraphIndex } from "./indexes.ts";
import { siblingsOf } from "./queries.ts";

/** "8 FTEs", "1 FTE", "3 FTEs planned". */
export function fteText(fte: number | null, planned: boolean): string | null {
  if (fte === null) return null;
  const n = Number.isInteger(fte) ? String(fte) : fte.toFixed(1);
  return `${n} ${fte === 1 ? "FTE" : "FTEs"}${planned ? " planned" : ""}`;
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
): string {
  const node = ix.byId.get(id);
  if (!node) return id;
  const parts: string[] = [node.title];
  if (node.kind === "team") parts.push("team");
  if (node.classification !== null) parts.push(node.classification);
  const fte = fteText(node.fte, node.ftePlanned);
  if (fte !== null) parts.push(fte);
  if (options.manager) {
    const managerId = ix.managerOf.get(id);
    const manager = managerId === undefined ? undefined : ix.byId.get(managerId);
    if (manager) parts.push(`reports to ${manager.title}`);
  }
  return parts.join(", ");
}

/**
 * The sentence announced when a position is selected.
 * @example selectionAnnouncement(ix, "head-design")
 * // "Selected Head of Design, 3 of 6 under Executive Director, Service"
 */
export function selectionAnnouncement(ix: GraphIndex, id: string): string {
  const node = ix.byId.get(id);
  if (!node) return "";
  const siblings = siblingsOf(ix, id);
  const at = siblings.indexOf(id) + 1;
  const managerId = ix.managerOf.get(id);
  const manager = managerId === undefined ? undefined : ix.byId.get(managerId);
  const where = manager ? `under ${manager.title}` : "at the top of the organization";
  return `Selected ${node.title}, ${at} of ${siblings.length} ${where}`;
}
