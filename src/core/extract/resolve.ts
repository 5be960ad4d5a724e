import type { Organization } from "../graph/schema.ts";
import {
  acronymKey,
  acronymOf,
  cleanTitle,
  hasRoleWord,
  isAcronym,
  isTeamTitle,
  titleKey,
} from "./titles.ts";
import type { DocumentExtraction, Mention } from "./types.ts";

/** A mention's address: document index and mention index. */
export interface MentionRef {
  doc: number;
  mention: number;
}

/** A set of mentions judged to name one position. */
export interface Entity {
  refs: MentionRef[];
  keys: Set<string>;
  acronyms: Set<string>;
  organization: Organization;
  /** Indexes of documents whose subject this entity is. */
  subjectOf: number[];
}

function orgKey(name: string | null): string | null {
  return name ? titleKey(name) : null;
}

function sameOrg(a: string | null, b: string | null): boolean {
  const ka = orgKey(a);
  const kb = orgKey(b);
  if (!ka || !kb || ka === kb) return true;
  // "TBS" and "Treasury Board Secretariat" are the same organization.
  return acronymKey(a ?? "") === acronymOf(b ?? "") || acronymKey(b ?? "") === acronymOf(a ?? "");
}

/** Two positions can be one only if no known department or branch tells them apart. */
export function organizationsCompatible(
  a: Organization,
  b: Organization,
  compareDirectorate: boolean,
): boolean {
  return (
    sameOrg(a.department, b.department) &&
    sameOrg(a.branch, b.branch) &&
    (!compareDirectorate || sameOrg(a.directorate, b.directorate))
  );
}

function mergeOrganization(into: Organization, from: Organization): void {
  into.department ??= from.department;
  into.branch ??= from.branch;
  into.directorate ??= from.directorate;
}

/** The organizational scope a mention lives in: reports sit inside the document's unit, managers above it. */
function scopeOf(doc: DocumentExtraction, mention: Mention): Organization {
  const { department, branch, directorate } = doc.organization;
  if (mention.role === "subject" || mention.role === "report")
    return { department, branch, directorate };
  return { department, branch, directorate: null };
}

/**
 * Names under which a mention can be found. `exact`: its own title and an abbreviation the
 * document defines for it. `stripped`: the title without a trailing qualifier naming the
 * document's own organization ("CEO, CDS" -> "CEO" in a CDS document). Stripped names are only
 * ever compared with full titles, so "Director, Client Relations" and "Director, Student Aid"
 * never meet as "Director".
 */
function lookupNames(
  doc: DocumentExtraction,
  title: string,
): { exact: string[]; stripped: string[] } {
  const exact = [title];
  const stripped: string[] = [];
  const comma = title.lastIndexOf(",");
  if (comma > 0) {
    const head = title.slice(0, comma).trim();
    const qualifier = title.slice(comma + 1).trim();
    const isOwnOrg = doc.orgNames.some(
      (name) =>
        titleKey(name) === titleKey(qualifier) ||
        acronymKey(name) === acronymKey(qualifier) ||
        acronymOf(name) === acronymKey(qualifier),
    );
    const definedAbbr = doc.abbreviations.get(acronymKey(qualifier));
    const qualifierIsOrgAbbreviation =
      isAcronym(qualifier) && definedAbbr !== undefined && !hasRoleWord(definedAbbr);
    if (isOwnOrg || qualifierIsOrgAbbreviation) stripped.push(head);
  }
  const expand = (names: string[]) =>
    names.flatMap((name) => {
      const expansion = isAcronym(name) ? doc.abbreviations.get(acronymKey(name)) : undefined;
      return expansion ? [name, expansion] : [name];
    });
  return { exact: expand(exact), stripped: expand(stripped) };
}

/** Entity indexes under a string key. */
class Index {
  private readonly map = new Map<string, number[]>();
  add(key: string, entity: number): void {
    const list = this.map.get(key);
    if (!list) this.map.set(key, [entity]);
    else if (!list.includes(entity)) list.push(entity);
  }
  get(key: string): readonly number[] {
    return this.map.get(key) ?? [];
  }
}

/**
 * Groups every mention in every document into entities, one per position. Subjects go first
 * so that a document's own position anchors the names other documents use for it.
 */
export function resolveEntities(docs: readonly DocumentExtraction[]): {
  entities: Entity[];
  entityOf: Map<string, number>;
} {
  const entities: Entity[] = [];
  const entityOf = new Map<string, number>();
  const fullTitles = new Index();
  const strippedTitles = new Index();
  const acronyms = new Index();
  const refId = (ref: MentionRef) => `${ref.doc}:${ref.mention}`;

  const index = (entity: number, doc: DocumentExtraction, title: string) => {
    const e = entities[entity];
    if (!e) return;
    const { exact, stripped } = lookupNames(doc, title);
    for (const [names, titles] of [
      [exact, fullTitles],
      [stripped, strippedTitles],
    ] as const) {
      for (const name of names) {
        if (isAcronym(name)) {
          acronyms.add(acronymKey(name), entity);
          continue;
        }
        titles.add(titleKey(name), entity);
        if (titles === fullTitles) e.keys.add(titleKey(name));
        const acr = acronymOf(name);
        if (acr.length >= 2) acronyms.add(acr, entity);
      }
    }
  };

  const find = (doc: DocumentExtraction, mention: Mention): number | null => {
    const scope = scopeOf(doc, mention);
    const team = isTeamTitle(mention.title);
    const compatible = (pool: readonly number[]) =>
      pool.filter((c) => {
        const e = entities[c];
        return e !== undefined && organizationsCompatible(e.organization, scope, team);
      });
    const { exact, stripped } = lookupNames(doc, mention.title);
    const strong = [...exact, ...stripped].flatMap((name) =>
      compatible(isAcronym(name) ? acronyms.get(acronymKey(name)) : fullTitles.get(titleKey(name))),
    );
    if (strong[0] !== undefined) return strong[0];
    // A bare title ("Chief Executive Officer") may name a position known only with its
    // organization ("Chief Executive Officer, Canadian Digital Service"), if only one fits.
    if (mention.title.includes(",")) return null;
    const weak = [...new Set(compatible(strippedTitles.get(titleKey(mention.title))))];
    return weak.length === 1 ? (weak[0] ?? null) : null;
  };

  const attach = (docIndex: number, mentionIndex: number, entity: number | null): number => {
    const doc = docs[docIndex];
    const mention = doc?.mentions[mentionIndex];
    if (!doc || !mention) return -1;
    let target = entity;
    if (target === null) {
      entities.push({
        refs: [],
        keys: new Set(),
        acronyms: new Set(),
        organization: { department: null, branch: null, directorate: null },
        subjectOf: [],
      });
      target = entities.length - 1;
    }
    const e = entities[target];
    if (!e) return -1;
    e.refs.push({ doc: docIndex, mention: mentionIndex });
    mergeOrganization(e.organization, scopeOf(doc, mention));
    if (mention.role === "subject") e.subjectOf.push(docIndex);
    entityOf.set(refId({ doc: docIndex, mention: mentionIndex }), target);
    index(target, doc, mention.title);
    if (mention.role === "subject")
      for (const alias of doc.subjectAliases) index(target, doc, cleanTitle(alias));
    return target;
  };

  const order: MentionRef[] = [];
  const rank = { subject: 0, manager: 1, peer: 2, report: 3 } as const;
  docs.forEach((doc, d) => doc.mentions.forEach((_m, i) => order.push({ doc: d, mention: i })));
  order.sort((a, b) => {
    const ra = rank[docs[a.doc]?.mentions[a.mention]?.role ?? "report"];
    const rb = rank[docs[b.doc]?.mentions[b.mention]?.role ?? "report"];
    return ra - rb || a.doc - b.doc || a.mention - b.mention;
  });
  for (const ref of order) {
    const doc = docs[ref.doc];
    const mention = doc?.mentions[ref.mention];
    if (!doc || !mention) continue;
    attach(ref.doc, ref.mention, find(doc, mention));
  }
  return { entities, entityOf };
}
