import type { GraphIndex } from "./indexes.ts";
import { UNKNOWN_ORGANIZATION, childrenOf } from "./indexes.ts";
import { treeLabels } from "./frame-labels.ts";

/** One organization frame of the chart: trees of one organization, or the unplaced positions. */
export interface OrganizationGroup {
  label: string;
  roots: string[];
  size: number;
  /** The positions with no known manager and no reports, gathered in one frame. */
  unplaced?: boolean;
}

/** The label of the frame of positions with no known manager and no reports (translated on screen). */
export const UNPLACED = "Unplaced";
export { UNKNOWN_ORGANIZATION };

/**
 * The chain of command from `id` up to its root, starting with `id`.
 * @example chainOfCommand(ix, "head") // ["head", "director", "ceo"]
 */
export function chainOfCommand(ix: GraphIndex, id: string): string[] {
  const chain: string[] = [];
  let current: string | undefined = ix.byId.has(id) ? id : undefined;
  while (current !== undefined) {
    chain.push(current);
    current = ix.managerOf.get(current);
  }
  return chain;
}

/** `id` and all its descendants, pre-order (a manager before its reports, siblings in order). */
export function subtree(ix: GraphIndex, id: string): string[] {
  if (!ix.byId.has(id)) return [];
  const out: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    out.push(current);
    const kids = childrenOf(ix, current);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

const groupsOf = new WeakMap<
  GraphIndex,
  { groups: OrganizationGroup[]; byRoot: Map<string, string> }
>();

function buildGroups(ix: GraphIndex) {
  const trees = ix.roots.filter((r) => (ix.childrenOf.get(r)?.length ?? 0) > 0);
  const alone = ix.roots.filter((r) => (ix.childrenOf.get(r)?.length ?? 0) === 0);
  const byLabel = new Map<string, OrganizationGroup>();
  const byRoot = new Map<string, string>();
  treeLabels(ix, trees).forEach((label, i) => {
    const root = trees[i]!;
    const group = byLabel.get(label) ?? { label, roots: [], size: 0 };
    group.roots.push(root);
    group.size += 1 + (ix.descendantsCount.get(root) ?? 0);
    byLabel.set(label, group);
    byRoot.set(root, label);
  });
  const groups = [...byLabel.values()];
  if (alone.length > 0) {
    const existing = byLabel.get(UNPLACED);
    const unplaced = existing ?? { label: UNPLACED, roots: [], size: 0, unplaced: true };
    unplaced.roots.push(...alone);
    unplaced.size += alone.length;
    if (!existing) groups.push(unplaced);
    for (const root of alone) byRoot.set(root, UNPLACED);
  }
  return { groups, byRoot };
}

function groupIndex(ix: GraphIndex) {
  let cached = groupsOf.get(ix);
  if (!cached) {
    cached = buildGroups(ix);
    groupsOf.set(ix, cached);
  }
  return cached;
}

/**
 * The chart's organization frames: trees grouped by organization (see treeLabels), in the order
 * their first tree appears, then one "Unplaced" frame for positions with no known manager and no reports, instead
 * of dozens of one-box frames. Computed once per index.
 */
export function organizations(ix: GraphIndex): OrganizationGroup[] {
  return groupIndex(ix).groups;
}

/** The label of the frame a node is drawn in. */
export function organizationOf(ix: GraphIndex, id: string): string {
  const root = ix.rootOf.get(id);
  return (root === undefined ? undefined : groupIndex(ix).byRoot.get(root)) ?? UNKNOWN_ORGANIZATION;
}

export interface VisibilityOptions {
  /** Nodes whose reports are hidden. */
  collapsed: ReadonlySet<string>;
  /** Only trees of this organization; null shows all. */
  organization: string | null;
}

/** Nodes drawn for the current view, pre-order per tree; a collapsed node stays visible. */
export function visibleNodes(ix: GraphIndex, options: VisibilityOptions): string[] {
  const out: string[] = [];
  for (const group of organizations(ix)) {
    if (options.organization !== null && group.label !== options.organization) continue;
    for (const root of group.roots) {
      const stack = [root];
      while (stack.length > 0) {
        const id = stack.pop()!;
        out.push(id);
        if (options.collapsed.has(id)) continue;
        const kids = childrenOf(ix, id);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      }
    }
  }
  return out;
}

/** Nodes with reports at depth >= `levels` - 1, so that exactly `levels` levels stay visible. */
export function collapsedBeyondLevel(ix: GraphIndex, levels: number): Set<string> {
  const out = new Set<string>();
  for (const [id, kids] of ix.childrenOf) {
    if (kids.length > 0 && (ix.depthOf.get(id) ?? 0) >= levels - 1) out.add(id);
  }
  return out;
}

/** Collapsed ancestors of `id` that must open for it to be visible. */
export function hiddenBy(ix: GraphIndex, id: string, collapsed: ReadonlySet<string>): string[] {
  return chainOfCommand(ix, id)
    .slice(1)
    .filter((a) => collapsed.has(a));
}

/** Siblings of a node (including itself) in order; a root's siblings are the other roots. */
export function siblingsOf(ix: GraphIndex, id: string): readonly string[] {
  const manager = ix.managerOf.get(id);
  if (manager !== undefined) return childrenOf(ix, manager);
  const org = organizationOf(ix, id);
  return ix.roots.filter((r) => organizationOf(ix, r) === org);
}

/**
 * How many levels to show by default: all of a small graph, and for a large one the most levels
 * that keep about `budget` boxes on screen, so 10,000 positions open quickly.
 */
export function defaultLevels(ix: GraphIndex, budget = 300): number | null {
  if (ix.graph.nodes.length <= budget) return null;
  const perDepth: number[] = [];
  for (const d of ix.depthOf.values()) perDepth[d] = (perDepth[d] ?? 0) + 1;
  let levels = 1;
  let shown = perDepth[0] ?? 0;
  while (levels < perDepth.length && shown + (perDepth[levels] ?? 0) <= budget) {
    shown += perDepth[levels] ?? 0;
    levels += 1;
  }
  return levels;
}

export type Move = "manager" | "firstReport" | "previousSibling" | "nextSibling";

/**
 * The box a keyboard move lands on, or null at an edge of the chart. A collapsed box has no
 * visible first report.
 */
export function navigate(
  ix: GraphIndex,
  id: string,
  move: Move,
  collapsed: ReadonlySet<string>,
): string | null {
  switch (move) {
    case "manager":
      return ix.managerOf.get(id) ?? null;
    case "firstReport":
      return collapsed.has(id) ? null : (childrenOf(ix, id)[0] ?? null);
    case "previousSibling":
    case "nextSibling": {
      const siblings = siblingsOf(ix, id);
      const at = siblings.indexOf(id);
      const next = siblings[at + (move === "nextSibling" ? 1 : -1)];
      return next ?? null;
    }
  }
}
