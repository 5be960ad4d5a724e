import type { GraphEdge, GraphNode, Quote } from "../graph/schema.ts";
import { type Context, unitFteOf } from "./context.ts";
import { diagnostic } from "./messages.ts";

interface Claim {
  source: string;
  target: string;
  evidence: Quote[];
  /** True when the report's own document names this manager (its "Reports To" field or peers sentence). */
  fromReportsOwnDocument: boolean;
}

/**
 * Turns every document's manager -> report claims into a forest: duplicate claims pool their
 * evidence, a position claimed by two managers keeps the better-supported one, and cycles are
 * broken. Every dropped claim becomes a diagnostic, so nothing disappears silently.
 */
export function buildEdges(
  ctx: Context,
  nodes: readonly GraphNode[],
  nodeOf: (doc: number, mention: number) => string,
): { edges: GraphEdge[]; undescribed: Map<string, number> } {
  const titleOf = new Map(nodes.map((n) => [n.id, n.title]));
  const claims = new Map<string, Claim>();
  ctx.docs.forEach((doc, d) => {
    const subjectId = doc.subject === null ? null : nodeOf(d, doc.subject);
    for (const relation of doc.relations) {
      const source = nodeOf(d, relation.manager);
      const target = nodeOf(d, relation.report);
      if (!source || !target) continue;
      if (source === target) {
        ctx.diagnostics.push(
          diagnostic(
            "self-report",
            { title: titleOf.get(source) ?? source, file: ctx.files[d] ?? "" },
            { documentId: doc.documentId, nodeIds: [source] },
          ),
        );
        continue;
      }
      const key = `${source}>${target}`;
      const claim = claims.get(key) ?? {
        source,
        target,
        evidence: [],
        fromReportsOwnDocument: false,
      };
      claim.evidence.push({ documentId: doc.documentId, quote: relation.quote });
      claim.fromReportsOwnDocument ||= target === subjectId;
      claims.set(key, claim);
    }
  });

  const byTarget = new Map<string, Claim[]>();
  for (const claim of claims.values())
    byTarget.set(claim.target, [...(byTarget.get(claim.target) ?? []), claim]);
  const kept: Claim[] = [];
  for (const [target, list] of byTarget) {
    list.sort(
      (a, b) =>
        Number(b.fromReportsOwnDocument) - Number(a.fromReportsOwnDocument) ||
        b.evidence.length - a.evidence.length ||
        a.source.localeCompare(b.source),
    );
    const [best, ...rest] = list;
    if (!best) continue;
    kept.push(best);
    for (const other of rest) {
      ctx.diagnostics.push(
        diagnostic(
          "conflicting-manager",
          {
            title: titleOf.get(target) ?? target,
            kept: titleOf.get(best.source) ?? best.source,
            dropped: titleOf.get(other.source) ?? other.source,
          },
          { nodeIds: [target, best.source, other.source] },
        ),
      );
    }
  }
  const edges = breakCycles(ctx, kept, titleOf).map((c) => ({
    id: `${c.source}->${c.target}`,
    source: c.source,
    target: c.target,
    evidence: uniqueEvidence(c.evidence),
  }));
  edges.sort((a, b) => a.id.localeCompare(b.id));
  const undescribed = checkPeersAndTotals(ctx, edges, nodes, nodeOf);
  return { edges, undescribed };
}

function uniqueEvidence(evidence: Quote[]): Quote[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.documentId}\u0000${e.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function breakCycles(ctx: Context, claims: Claim[], titleOf: Map<string, string>): Claim[] {
  const managerOf = new Map(claims.map((c) => [c.target, c]));
  const removed = new Set<Claim>();
  for (const start of managerOf.keys()) {
    const path: Claim[] = [];
    const seen = new Set<string>([start]);
    let claim = managerOf.get(start);
    while (claim && !removed.has(claim)) {
      path.push(claim);
      if (seen.has(claim.source)) {
        const cycleStart = path.findIndex((c) => c.target === claim?.source);
        const cycle = path.slice(cycleStart);
        const weakest = [...cycle].sort(
          (a, b) =>
            a.evidence.length - b.evidence.length ||
            Number(a.fromReportsOwnDocument) - Number(b.fromReportsOwnDocument) ||
            b.source.localeCompare(a.source),
        )[0];
        if (weakest) {
          removed.add(weakest);
          managerOf.delete(weakest.target);
          const names = cycle.map((c) => titleOf.get(c.target) ?? c.target);
          const files = [
            ...new Set(
              cycle.flatMap((c) =>
                c.evidence.map((e) => ctx.fileOf.get(e.documentId) ?? e.documentId),
              ),
            ),
          ];
          ctx.diagnostics.push(
            diagnostic(
              "reporting-cycle",
              {
                cycle: [...names, names[0]].join(" reports to "),
                broken: `"${titleOf.get(weakest.target)} reports to ${titleOf.get(weakest.source)}"`,
                files: files.join(", "),
              },
              { nodeIds: cycle.map((c) => c.target), documentId: weakest.evidence[0]?.documentId },
            ),
          );
        }
        break;
      }
      seen.add(claim.source);
      claim = managerOf.get(claim.source);
    }
  }
  return claims.filter((c) => !removed.has(c));
}

/**
 * Checks stated counts ("one of five", "three teams") against the positions found and stated
 * unit totals against their parts. Returns, per manager, how many of its stated reports no
 * document names, for the chart's "+N not described".
 */
function checkPeersAndTotals(
  ctx: Context,
  edges: readonly GraphEdge[],
  nodes: readonly GraphNode[],
  nodeOf: (doc: number, mention: number) => string,
): Map<string, number> {
  const titleOf = new Map(nodes.map((n) => [n.id, n.title]));
  const weightOf = new Map(
    nodes.map((n) => [n.id, typeof n.positionCount === "number" ? n.positionCount : 1]),
  );
  const reportsOf = new Map<string, string[]>();
  for (const e of edges) reportsOf.set(e.source, [...(reportsOf.get(e.source) ?? []), e.target]);
  const known = (manager: string) =>
    (reportsOf.get(manager) ?? []).reduce((sum, id) => sum + (weightOf.get(id) ?? 1), 0);
  const undescribed = new Map<string, number>();

  // One document may state one count twice ("one of seven" in two sections): one message.
  const checked = new Set<string>();
  const countCheck = (d: number, manager: string, stated: number, found: number) => {
    if (stated > found)
      undescribed.set(manager, Math.max(undescribed.get(manager) ?? 0, stated - found));
    const key = `${d}\u0000${manager}\u0000${stated}`;
    if (stated === found || checked.has(key)) return;
    checked.add(key);
    ctx.diagnostics.push(
      diagnostic(
        "count-mismatch",
        { file: ctx.files[d] ?? "", manager: titleOf.get(manager) ?? manager, stated, found },
        { documentId: ctx.docs[d]?.documentId ?? "", nodeIds: [manager] },
      ),
    );
  };

  const peerSets = new Map<string, { file: string; members: string[] }[]>();
  ctx.docs.forEach((doc, d) => {
    for (const claim of doc.peerClaims) {
      const manager = nodeOf(d, claim.manager);
      const members = claim.members.map((m) => nodeOf(d, m));
      if (claim.members.length > 1)
        peerSets.set(manager, [
          ...(peerSets.get(manager) ?? []),
          { file: ctx.files[d] ?? "", members },
        ]);
      if (claim.statedCount !== null) countCheck(d, manager, claim.statedCount, known(manager));
    }
    for (const list of doc.reportLists) {
      if (list.statedCount !== null) {
        const manager = nodeOf(d, list.manager);
        countCheck(d, manager, list.statedCount, Math.max(list.items.length, known(manager)));
      }
    }
    checkTotal(ctx, d, nodeOf);
  });
  for (const [manager, sets] of peerSets) {
    const signatures = new Set(sets.map((s) => [...s.members].sort().join("|")));
    if (signatures.size < 2) continue;
    const lists = sets
      .map((s) => `${s.file} names ${s.members.map((m) => `“${titleOf.get(m) ?? m}”`).join(", ")}`)
      .join("; ");
    ctx.diagnostics.push(
      diagnostic(
        "peer-list-conflict",
        { manager: titleOf.get(manager) ?? manager, lists },
        { nodeIds: [manager, ...new Set(sets.flatMap((s) => s.members))] },
      ),
    );
  }
  return undescribed;
}

function checkTotal(
  ctx: Context,
  d: number,
  nodeOf: (doc: number, mention: number) => string,
): void {
  const doc = ctx.docs[d];
  if (!doc || doc.subject === null) return;
  const unit = unitFteOf(doc);
  const subject = doc.subject;
  const parts = doc.reportLists
    .filter((l) => l.manager === subject)
    .flatMap((l) => l.items.map((i) => doc.mentions[i]))
    .filter((m) => m !== undefined && m.fte !== null);
  if (!unit || parts.length < 2) return;
  const sum = parts.reduce((total, m) => total + (m?.fte ?? 0), 0);
  if (Math.abs(sum - unit.amount) < 0.01) return;
  ctx.diagnostics.push(
    diagnostic(
      "total-mismatch",
      {
        file: ctx.files[d] ?? "",
        label: unit.label,
        stated: unit.amount,
        sum,
        parts: parts.map((m) => `${m?.title} ${m?.fte}`).join(", "),
      },
      { documentId: doc.documentId, nodeIds: [nodeOf(d, subject)] },
    ),
  );
}
