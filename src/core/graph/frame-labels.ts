import type { GraphIndex } from "./indexes.ts";
import { UNKNOWN_ORGANIZATION, childrenOf } from "./indexes.ts";
import type { Organization } from "./model.ts";

const stated = (o: Organization) => o.department !== null || o.branch !== null;

/**
 * The organization a tree is drawn in: its top position's, or, when no document states the top
 * position's (a manager known only as "Supervisor: Director General"), the one the positions
 * nearest the top state most often: the reports' own documents say where their manager is.
 */
function treeOrganization(ix: GraphIndex, root: string): Organization {
  const top = ix.byId.get(root)!.organization;
  if (stated(top)) return top;
  let level = [root];
  while (level.length > 0) {
    const votes = new Map<string, { org: Organization; n: number }>();
    for (const id of level) {
      const org = ix.byId.get(id)!.organization;
      if (!stated(org)) continue;
      const key = `${org.department}\u0000${org.branch}`;
      const vote = votes.get(key) ?? { org, n: 0 };
      vote.n += 1;
      votes.set(key, vote);
    }
    // The most stated; on a tie, the first in document order (Map keeps insertion order).
    let best: { org: Organization; n: number } | undefined;
    for (const vote of votes.values()) if (!best || vote.n > best.n) best = vote;
    if (best)
      return { department: best.org.department, branch: best.org.branch, directorate: null };
    level = level.flatMap((id) => childrenOf(ix, id));
  }
  return top;
}

/**
 * The frame label of each tree: its organization's department, else branch, else directorate. A
 * department whose trees sit in several branches gets one frame per branch ("Branch —
 * Department"), so a large department does not become one crowded frame; a tree whose documents
 * name only its branch joins that branch's frame when one department alone has a branch of
 * that name, so one branch is never two frames.
 */
export function treeLabels(ix: GraphIndex, roots: readonly string[]): string[] {
  const orgs = roots.map((root) => treeOrganization(ix, root));
  const branches = new Map<string, Set<string>>();
  const departmentsOf = new Map<string, Set<string>>();
  for (const { department, branch } of orgs) {
    if (department === null || branch === null) continue;
    branches.set(department, (branches.get(department) ?? new Set()).add(branch));
    departmentsOf.set(branch, (departmentsOf.get(branch) ?? new Set()).add(department));
  }
  return orgs.map(({ department, branch, directorate }) => {
    const only = branch === null ? undefined : departmentsOf.get(branch);
    const dept = department ?? (only?.size === 1 ? [...only][0]! : null);
    if (dept !== null && branch !== null && (branches.get(dept)?.size ?? 0) > 1) {
      return `${branch} \u2014 ${dept}`;
    }
    return dept ?? branch ?? directorate ?? UNKNOWN_ORGANIZATION;
  });
}
