import type { GraphNode, Organization } from "../graph/schema.ts";

/**
 * One organization written two ways ("Learning" and "Leaming" by OCR, "Canada Student Loans
 * Program" and "Canada Student I.oans Program", "Skills and Employment" with or without
 * "Branch") is one organization on the chart: every node takes the same spelling. The node's
 * facts keep each document's words.
 */

/**
 * The letters OCR confuses, folded ("rn" is read "m", "L" before a small letter "I."), and the
 * unit's word some documents add ("Skills and Employment Branch").
 */
function folded(name: string): string {
  return name
    .replace(/I\.(?=\p{Ll})/gu, "L")
    .toLowerCase()
    .replace(/rn/g, "m")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s+(?:branch|directorate|division|direction générale|direction)$/, "");
}

/**
 * The spelling to show: OCR turns "rn" into "m" and "L" into "I.", never the reverse, so a
 * spelling with "rn" or without "I." is the document's word; otherwise the most used one.
 */
function preferred(spellings: ReadonlyMap<string, number>): string {
  const ranked = [...spellings].sort(
    ([a, na], [b, nb]) =>
      Number(/I\.\p{Ll}/u.test(a)) - Number(/I\.\p{Ll}/u.test(b)) ||
      (b.match(/rn/g)?.length ?? 0) - (a.match(/rn/g)?.length ?? 0) ||
      nb - na ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  return ranked[0]?.[0] ?? "";
}

export function unifyOrganizationNames(nodes: GraphNode[]): void {
  const levels: (keyof Organization)[] = ["department", "branch", "directorate"];
  for (const level of levels) {
    const byKey = new Map<string, Map<string, number>>();
    for (const node of nodes) {
      const name = node.organization[level];
      if (!name) continue;
      const spellings = byKey.get(folded(name)) ?? new Map<string, number>();
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      byKey.set(folded(name), spellings);
    }
    for (const node of nodes) {
      const name = node.organization[level];
      const spellings = name ? byKey.get(folded(name)) : undefined;
      if (name && spellings && spellings.size > 1) node.organization[level] = preferred(spellings);
    }
  }
}
