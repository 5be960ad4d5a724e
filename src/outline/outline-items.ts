import { describePosition } from "../ui-support/describe.ts";
import type { Language } from "../i18n/messages.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
import { childrenOf } from "../core/graph/indexes.ts";
import { visibleNodes } from "../core/graph/queries.ts";
import type { VisibilityOptions } from "../core/graph/queries.ts";

/** One row of the outline: a visible position with its place in the tree, for ARIA. */
export interface OutlineItem {
  id: string;
  /** What the row reads: "Head of Design, CS-05, 13 FTEs". */
  label: string;
  /** 1 for the top of a tree. */
  level: number;
  /** Siblings shown at this level (aria-setsize) and this row's 1-based place (aria-posinset). */
  setSize: number;
  posInSet: number;
  /** Whether it has reports; only then is it expandable. */
  hasChildren: boolean;
  expanded: boolean;
  parentId: string | null;
}

/**
 * The rows of the outline: the same nodes the chart draws (collapsed set and organization
 * filter applied), pre-order, so the outline and the chart always show one hierarchy.
 */
export function outlineItems(
  ix: GraphIndex,
  view: VisibilityOptions,
  lang: Language = "en",
): OutlineItem[] {
  const ids = visibleNodes(ix, view);
  const topLevel = ids.filter((id) => !ix.managerOf.has(id));
  const rootPlace = new Map(topLevel.map((id, i) => [id, i + 1]));
  return ids.map((id) => {
    const parentId = ix.managerOf.get(id) ?? null;
    const siblings = parentId === null ? topLevel : childrenOf(ix, parentId);
    const kids = childrenOf(ix, id);
    return {
      id,
      label: describePosition(ix, id, {}, lang),
      level: (ix.depthOf.get(id) ?? 0) + 1,
      setSize: siblings.length,
      posInSet: parentId === null ? rootPlace.get(id)! : siblings.indexOf(id) + 1,
      hasChildren: kids.length > 0,
      expanded: kids.length > 0 && !view.collapsed.has(id),
      parentId,
    };
  });
}

/** What a key does in the tree (WAI-ARIA tree pattern), as data the component carries out. */
export type TreeAction =
  | { kind: "focus"; id: string }
  | { kind: "toggle"; id: string }
  | { kind: "open"; id: string }
  | null;

/**
 * The action for a key on the row `id`. Up/Down move between visible rows; Right opens a
 * closed row or moves to its first report; Left closes an open row or moves to the manager;
 * Home/End go to the first/last row; Enter opens the detail panel; a printable character moves
 * to the next row whose title starts with it (type-ahead).
 */
export function treeKeyAction(items: readonly OutlineItem[], id: string, key: string): TreeAction {
  const at = items.findIndex((i) => i.id === id);
  const item = items[at];
  if (!item) return items[0] ? { kind: "focus", id: items[0].id } : null;
  const focus = (other: OutlineItem | undefined): TreeAction =>
    other ? { kind: "focus", id: other.id } : null;
  switch (key) {
    case "ArrowDown":
      return focus(items[at + 1]);
    case "ArrowUp":
      return focus(items[at - 1]);
    case "Home":
      return focus(items[0]);
    case "End":
      return focus(items[items.length - 1]);
    case "ArrowRight":
      if (!item.hasChildren) return null;
      return item.expanded ? focus(items[at + 1]) : { kind: "toggle", id };
    case "ArrowLeft":
      if (item.expanded) return { kind: "toggle", id };
      return item.parentId === null ? null : { kind: "focus", id: item.parentId };
    case "Enter":
      return { kind: "open", id };
    default: {
      if (key.length !== 1 || key.trim() === "") return null;
      const ch = key.toLocaleLowerCase();
      for (let step = 1; step <= items.length; step++) {
        const other = items[(at + step) % items.length]!;
        if (other.label.toLocaleLowerCase().startsWith(ch)) return focus(other);
      }
      return null;
    }
  }
}
