import type { Diagnostic, Fact, GraphEdge, GraphNode, Quote } from "../graph/schema.ts";
import { type Context, unitFteOf } from "./context.ts";
import { buildEdges } from "./edges.ts";
import { stableId } from "./ids.ts";
import { unifyOrganizationNames } from "./org-names.ts";
import { diagnostic } from "./messages.ts";
import { type Entity, resolveEntities } from "./resolve.ts";
import { acronymKey, isAcronym, isTeamTitle, titleKey } from "./titles.ts";
import type { DocumentExtraction, Mention } from "./types.ts";

/** Union-find over entity indexes, for units that two documents name differently. */
class Merges {
  private parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    return root;
  }
  union(keep: number, drop: number): void {
    this.parent[this.find(drop)] = this.find(keep);
  }
}

function mentionOf(ctx: Context, doc: number, index: number): Mention | undefined {
  return ctx.docs[doc]?.mentions[index];
}

/** Two documents describing one manager list units that differ by name only: same slot, same size. */
function mergeRenamedUnits(
  ctx: Context,
  entityOf: (doc: number, mention: number) => number,
  merges: Merges,
  titleOf: (e: number) => string,
  onMerge: (keep: number, name: string, documentId: string) => void,
): { diagnostic: Diagnostic; entities: number[] }[] {
  const renamed: { diagnostic: Diagnostic; entities: number[] }[] = [];
  const listsByManager = new Map<number, { doc: number; items: number[] }[]>();
  ctx.docs.forEach((doc, d) => {
    for (const list of doc.reportLists) {
      const manager = merges.find(entityOf(d, list.manager));
      listsByManager.set(manager, [
        ...(listsByManager.get(manager) ?? []),
        { doc: d, items: list.items },
      ]);
    }
  });
  for (const [manager, lists] of listsByManager) {
    for (let i = 0; i < lists.length; i++) {
      for (let j = i + 1; j < lists.length; j++) {
        const a = lists[i];
        const b = lists[j];
        if (!a || !b || a.doc === b.doc) continue;
        const entitiesB = new Set(b.items.map((m) => merges.find(entityOf(b.doc, m))));
        const entitiesA = new Set(a.items.map((m) => merges.find(entityOf(a.doc, m))));
        const onlyA = a.items.filter((m) => !entitiesB.has(merges.find(entityOf(a.doc, m))));
        const onlyB = b.items.filter((m) => !entitiesA.has(merges.find(entityOf(b.doc, m))));
        for (const ma of onlyA) {
          const x = mentionOf(ctx, a.doc, ma);
          const partner = onlyB.filter((mb) => {
            const y = mentionOf(ctx, b.doc, mb);
            return (
              x &&
              y &&
              isTeamTitle(x.title) === isTeamTitle(y.title) &&
              x.fte !== null &&
              x.fte === y.fte &&
              x.listIndex === y.listIndex
            );
          });
          const mb = partner[0];
          const y = mb === undefined ? undefined : mentionOf(ctx, b.doc, mb);
          if (partner.length !== 1 || !x || !y || mb === undefined) continue;
          const keep = merges.find(entityOf(a.doc, ma));
          merges.union(keep, entityOf(b.doc, mb));
          onMerge(keep, y.title, ctx.docs[b.doc]?.documentId ?? "");
          const found = diagnostic("conflicting-name", {
            manager: titleOf(manager),
            a: x.title,
            fileA: ctx.files[a.doc] ?? "",
            b: y.title,
            fileB: ctx.files[b.doc] ?? "",
            detail: x.fte !== null ? ` (both ${x.fte} FTEs, same place in the list)` : "",
          });
          ctx.diagnostics.push(found);
          renamed.push({ diagnostic: found, entities: [keep, manager] });
        }
      }
    }
  }
  return renamed;
}

function chooseTitle(ctx: Context, entity: Entity): { title: string; aliases: string[] } {
  const counts = new Map<string, { title: string; count: number; subject: boolean }>();
  const add = (title: string, subject: boolean, weight = 1) => {
    const key = isAcronym(title)
      ? `acr:${acronymKey(title)}`
      : title.toLowerCase().replace(/\s+/g, " ").replace(/\s,/g, ",");
    const entry = counts.get(key) ?? { title, count: 0, subject: false };
    entry.count += subject ? 100 : weight;
    entry.subject ||= subject;
    counts.set(key, entry);
  };
  for (const ref of entity.refs) {
    const mention = mentionOf(ctx, ref.doc, ref.mention);
    if (!mention) continue;
    add(mention.title, mention.role === "subject");
    // Other names at the same place (a short form, the words before a qualifier) never win.
    for (const alias of mention.aliases) add(alias, false, 0);
    if (mention.role === "subject") {
      const doc = ctx.docs[ref.doc];
      for (const alias of doc?.subjectAliases ?? []) add(alias, false);
      if (doc?.overriddenHeaderTitle) add(doc.overriddenHeaderTitle, false);
    }
  }
  const ranked = [...counts.values()].sort(
    (a, b) =>
      Number(isAcronym(a.title)) - Number(isAcronym(b.title)) ||
      b.count - a.count ||
      b.title.length - a.title.length ||
      a.title.localeCompare(b.title),
  );
  const title = ranked[0]?.title ?? "Untitled position";
  const seen = new Set([title.toLowerCase()]);
  const aliases: string[] = [];
  for (const r of ranked.slice(1)) {
    if (!seen.has(r.title.toLowerCase())) aliases.push(r.title);
    seen.add(r.title.toLowerCase());
  }
  return { title, aliases };
}

/** Identical positions the documents say a box stands for: a number, or "several". */
function positionCountOf(ctx: Context, entity: Entity): Pick<GraphNode, "positionCount"> {
  const counts = entity.refs.map((ref) => mentionOf(ctx, ref.doc, ref.mention)?.count ?? 1);
  const stated = counts.filter((c): c is number => typeof c === "number" && c > 1);
  if (stated.length > 0) return { positionCount: Math.max(...stated) };
  return counts.includes("several") ? { positionCount: "several" } : {};
}

function uniqueQuotes(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.documentId}\u0000${q.quote}`;
    if (seen.has(key) || q.quote === "") return false;
    seen.add(key);
    return true;
  });
}

function factsOf(ctx: Context, entity: Entity): Fact[] {
  const facts: Fact[] = [];
  for (const d of entity.subjectOf) {
    const doc = ctx.docs[d];
    if (!doc) continue;
    facts.push(...doc.subjectFacts);
    const unit = unitFteOf(doc);
    if (unit)
      facts.push({
        field: "fte",
        value: String(unit.amount),
        documentId: doc.documentId,
        quote: unit.quote,
      });
  }
  for (const ref of entity.refs) {
    const mention = mentionOf(ctx, ref.doc, ref.mention);
    const documentId = ctx.docs[ref.doc]?.documentId ?? "";
    if (!mention || mention.role === "subject") continue;
    if (mention.classification)
      facts.push({
        field: "classification",
        value: mention.classification,
        documentId,
        quote: mention.quote,
      });
    if (mention.fte !== null)
      facts.push({
        field: "fte",
        value: `${mention.fte}${mention.ftePlanned ? " (planned)" : ""}`,
        documentId,
        quote: mention.quote,
      });
  }
  return facts;
}

function firstFact(facts: readonly Fact[], field: Fact["field"]): string | null {
  return facts.find((f) => f.field === field)?.value ?? null;
}

export interface Assembled {
  nodes: GraphNode[];
  edges: GraphEdge[];
  diagnostics: Diagnostic[];
}

/** Matches positions across documents and turns the result into nodes and manager -> report edges. */
export function assemble(docs: readonly DocumentExtraction[], files: readonly string[]): Assembled {
  const ctx: Context = {
    docs,
    files,
    diagnostics: [],
    fileOf: new Map(docs.map((d, i) => [d.documentId, files[i] ?? d.documentId])),
  };
  const { entities, entityOf: entityMap } = resolveEntities(docs);
  const entityOf = (doc: number, mention: number) => entityMap.get(`${doc}:${mention}`) ?? -1;
  const merges = new Merges(entities.length);
  const provisionalTitle = (e: number) => (entities[e] ? chooseTitle(ctx, entities[e]).title : "");
  const renamed = mergeRenamedUnits(ctx, entityOf, merges, provisionalTitle, (keep, name, id) =>
    entities[keep]?.sameAs.push({ name, documentId: id, reason: "renamed-unit" }),
  );

  // Fold merged entities together.
  const groups = new Map<number, Entity>();
  entities.forEach((entity, i) => {
    const root = merges.find(i);
    const group = groups.get(root);
    if (!group)
      groups.set(root, {
        ...entity,
        refs: [...entity.refs],
        subjectOf: [...entity.subjectOf],
        sameAs: [...entity.sameAs],
      });
    else {
      group.refs.push(...entity.refs);
      group.subjectOf.push(...entity.subjectOf);
      group.sameAs.push(...entity.sameAs);
    }
  });

  const nodeIdOf = new Map<number, string>();
  const nodes: GraphNode[] = [];
  const usedIds = new Set<string>();
  for (const [root, entity] of groups) {
    const { title, aliases } = chooseTitle(ctx, entity);
    const facts = factsOf(ctx, entity);
    const org = entity.organization;
    let id = stableId(
      title,
      `${titleKey(title)}|${org.department ?? ""}|${org.branch ?? ""}|${entity.subjectOf.length ? "" : (org.directorate ?? "")}`,
    );
    for (let n = 2; usedIds.has(id); n++) id = `${id}-${n}`;
    usedIds.add(id);
    nodeIdOf.set(root, id);
    const fteFact = facts.find((f) => f.field === "fte");
    const mentions = uniqueQuotes(
      entity.refs.map((ref) => ({
        documentId: docs[ref.doc]?.documentId ?? "",
        quote: mentionOf(ctx, ref.doc, ref.mention)?.quote ?? "",
      })),
    );
    const ownDocs = [...new Set(entity.subjectOf)].sort((a, b) => a - b);
    const kind = isTeamTitle(title) ? "team" : "position";
    nodes.push({
      id,
      title,
      aliases,
      kind,
      classification: firstFact(facts, "classification"),
      fte: fteFact ? Number.parseFloat(fteFact.value) : null,
      ftePlanned: fteFact ? fteFact.value.includes("planned") : false,
      organization: {
        department: firstFact(facts, "department") ?? org.department,
        branch: firstFact(facts, "branch") ?? org.branch,
        directorate: firstFact(facts, "directorate") ?? (kind === "team" ? null : org.directorate),
      },
      positionNumber: firstFact(facts, "positionNumber"),
      location: firstFact(facts, "location"),
      effectiveDate: firstFact(facts, "effectiveDate"),
      dimensions: ownDocs.flatMap((d) => docs[d]?.dimensions ?? []),
      facts,
      documentIds: ownDocs.map((d) => docs[d]?.documentId ?? ""),
      mentions,
      ...positionCountOf(ctx, entity),
      ...(entity.sameAs.length > 0 ? { sameAs: entity.sameAs } : {}),
    });
    reportFactConflicts(ctx, id, title, facts);
  }
  // Node ids exist only now: point each renamed-unit diagnostic at the unit and its manager.
  for (const { diagnostic: found, entities: ids } of renamed) {
    found.nodeIds = ids.flatMap((e) => nodeIdOf.get(merges.find(e)) ?? []);
  }
  const nodeOf = (doc: number, mention: number) =>
    nodeIdOf.get(merges.find(entityOf(doc, mention))) ?? "";
  const { edges, undescribed } = buildEdges(ctx, nodes, nodeOf);
  for (const node of nodes) {
    const count = undescribed.get(node.id);
    if (count !== undefined && count > 0) node.undescribedReports = count;
  }
  unifyOrganizationNames(nodes);
  // A manager no document describes, whose only line lost to another claim, would be a lone
  // box: the conflicting-manager diagnostic and the position's sources keep what was said.
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const kept = nodes.filter((n) => n.documentIds.length > 0 || linked.has(n.id));
  const keptIds = new Set(kept.map((n) => n.id));
  for (const d of ctx.diagnostics)
    if (d.nodeIds) d.nodeIds = d.nodeIds.filter((id) => keptIds.has(id));
  return { nodes: kept, edges, diagnostics: ctx.diagnostics };
}

function reportFactConflicts(
  ctx: Context,
  nodeId: string,
  title: string,
  facts: readonly Fact[],
): void {
  for (const field of ["classification", "fte"] as const) {
    const values = new Map<string, string[]>();
    for (const f of facts.filter((x) => x.field === field)) {
      const file = ctx.fileOf.get(f.documentId) ?? f.documentId;
      values.set(f.value, [...new Set([...(values.get(f.value) ?? []), file])]);
    }
    if (values.size > 1) {
      const list = [...values.entries()]
        .map(([v, files]) => `${v} (${files.join(", ")})`)
        .join(" vs ");
      ctx.diagnostics.push(
        diagnostic(
          "conflicting-fact",
          { title, field: field === "fte" ? "team size" : field, values: list },
          { nodeIds: [nodeId] },
        ),
      );
    }
  }
}
