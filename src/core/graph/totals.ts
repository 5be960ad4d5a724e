import type { GraphIndex } from "./indexes.ts";

/**
 * The size of the unit a position leads: itself and everything below it.
 *
 * A job description that states its unit's size ("Engagement Division FTEs: 15") is the
 * department's own count and is taken as it is; otherwise the unit is the sum of its reports'
 * units. Planned FTEs ("(Planned 3 FTEs)") are never added to current ones: they are counted
 * apart, so "15 FTEs · 3 planned" never pretends the planned people are there.
 *
 * A box standing for several identical positions (`positionCount`) counts its size once, as its
 * document states it: "Six Portfolio Managers (staff of 12)" cannot say whether the 12 are each
 * one's or all of theirs, so nothing is multiplied. Reports a document mentions that no document
 * names (`undescribedReports`) have unknown sizes: a sum over the known reports is then a lower
 * bound ("46+ FTEs"). See decision 0111.
 */
export interface UnitTotal {
  /** Current FTEs of the unit; null when no position in it states a size. */
  current: number | null;
  /** Planned FTEs in the unit (planned teams and positions below it, and itself). */
  planned: number;
  /** "stated": the position's own document gives the unit's size; "sum": added up from reports. */
  basis: "stated" | "sum" | "none";
  /** False when a sum leaves out a report of unknown size (the total is then a lower bound). */
  complete: boolean;
}

const NONE: UnitTotal = { current: null, planned: 0, basis: "none", complete: false };

/**
 * Unit totals of every node, computed once per graph in one bottom-up pass.
 * @example unitTotals(ix).get("director-engagement") // { current: 15, planned: 3, basis: "stated", … }
 */
export function unitTotals(ix: GraphIndex): ReadonlyMap<string, UnitTotal> {
  const totals = new Map<string, UnitTotal>();
  // Children before parents, without recursion (a 10,000-deep chain must not overflow).
  const order: string[] = [];
  const stack = [...ix.roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    for (const child of ix.childrenOf.get(id) ?? []) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const node = ix.byId.get(id)!;
    const children = ix.childrenOf.get(id) ?? [];
    let planned = node.ftePlanned && node.fte !== null ? node.fte : 0;
    let sum: number | null = null;
    // Reports no document names have sizes no document states.
    let complete = (node.undescribedReports ?? 0) === 0;
    for (const child of children) {
      const t = totals.get(child) ?? NONE;
      planned += t.planned;
      if (t.current === null) {
        // A planned report with a size is accounted for in `planned`; only unknown sizes count.
        const childNode = ix.byId.get(child)!;
        if (!(childNode.ftePlanned && childNode.fte !== null)) complete = false;
      } else {
        sum = (sum ?? 0) + t.current;
        if (!t.complete) complete = false;
      }
    }
    if (node.fte !== null && !node.ftePlanned) {
      totals.set(id, { current: node.fte, planned, basis: "stated", complete: true });
    } else if (sum !== null) {
      totals.set(id, { current: sum, planned, basis: "sum", complete });
    } else {
      totals.set(id, {
        current: null,
        planned,
        basis: "none",
        complete: children.length === 0 && complete,
      });
    }
  }
  return totals;
}

/** The total of an organization: the sum of its top positions' units. */
export function organizationTotal(
  totals: ReadonlyMap<string, UnitTotal>,
  rootIds: readonly string[],
): UnitTotal {
  let current: number | null = null;
  let planned = 0;
  let complete = true;
  for (const id of rootIds) {
    const t = totals.get(id) ?? NONE;
    planned += t.planned;
    if (t.current === null) complete = false;
    else current = (current ?? 0) + t.current;
    if (!t.complete) complete = false;
  }
  return { current, planned, basis: current === null ? "none" : "sum", complete };
}
