import type { Organization, SameAs, SameAsReason } from "../graph/schema.ts";
import {
  acronymKey,
  acronymOf,
  cleanTitle,
  hasRoleWord,
  isAcronym,
  isTeamTitle,
  titleKey,
} from "./titles.ts";
import { isGenericTitle } from "./names.ts";
import { editDistance } from "./vocabulary.ts";
import type { DocumentExtraction, Mention } from "./types.ts";

/** A mention's address: document index and mention index. */
export interface MentionRef {
  doc: number;
  mention: number;
}

/** A set of mentions judged to name one position. */
export interface Entity {
  refs: MentionRef[];
  organization: Organization;
  /** Indexes of documents whose subject this entity is. */
  subjectOf: number[];
  /** Position and job numbers of its own documents: two different ones are two positions. */
  numbers: Set<string>;
  jobCodes: Set<string>;
  sameAs: SameAs[];
  /** Entities it is listed under as a report or peer; `listedOnly`: no document describes or names it otherwise. */
  anchors: Set<number>;
  listedOnly: boolean;
}

function orgKey(name: string | null): string | null {
  // OCR reads "rn" as "m" ("Leaming" for "Learning").
  return name
    ? titleKey(name.replace(/rn/g, "m"))
        .replace(/\b(?:directorate|division|branch|direction|generale|general)\b/g, "")
        .replace(/\s+/g, " ")
        .trim()
    : null;
}

function sameOrg(a: string | null, b: string | null): boolean {
  const ka = orgKey(a);
  const kb = orgKey(b);
  if (!ka || !kb || ka === kb || ka.includes(kb) || kb.includes(ka)) return true;
  // One OCR slip ("Leaming" for "Learning") does not make another organization.
  if (ka.length >= 6 && Math.abs(ka.length - kb.length) <= 1 && editDistance(ka, kb) <= 1)
    return true;
  // "TBS" and "Treasury Board Secretariat" are the same organization.
  return acronymKey(a ?? "") === acronymOf(b ?? "") || acronymKey(b ?? "") === acronymOf(a ?? "");
}

/**
 * Two positions can be one only if no known department or branch tells them apart, nor their
 * directorate when both are units of the same level (two descriptions of positions, two teams):
 * a report's directorate is its manager's, a position's own description names its division.
 */
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

/**
 * The organizational scope a mention lives in: the position itself and its reports inside the
 * document's unit; its manager above it; its peers beside it (in the same directorate, unless
 * the position leads that directorate itself).
 */
function scopeOf(doc: DocumentExtraction, mention: Mention): Organization {
  const { department, branch, directorate } = doc.organization;
  if (mention.role === "subject" || mention.role === "report")
    return { department, branch, directorate };
  if (mention.role === "peer") {
    const subject = doc.subject === null ? null : doc.mentions[doc.subject];
    const leads =
      directorate !== null &&
      subject !== undefined &&
      subject !== null &&
      (titleKey(subject.title).endsWith(titleKey(directorate)) ||
        /^direct(?:or|eur) g[ée]n[ée]ral/i.test(subject.title));
    return { department, branch, directorate: leads ? null : directorate };
  }
  return { department, branch, directorate: null };
}

/**
 * Names under which a mention can be found. `exact`: its own titles and an abbreviation the
 * document defines for it. `stripped`: the title without a trailing qualifier naming the
 * document's own organization ("CEO, CDS" -> "CEO" in a CDS document). Stripped names are only
 * ever compared with full titles, so "Director, Client Relations" and "Director, Student Aid"
 * never meet as "Director".
 */
function lookupNames(
  doc: DocumentExtraction,
  titles: readonly string[],
): { exact: string[]; stripped: string[] } {
  const exact = [...titles];
  const stripped: string[] = [];
  for (const title of titles) {
    const comma = title.lastIndexOf(",");
    if (comma <= 0) continue;
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
 * The names a mention is found and indexed under: its title and the other specific names the
 * document gives it. A generic alias ("Director General" for "Director General, X") names every
 * Director General, so it never matches across documents.
 */
function namesOf(doc: DocumentExtraction, mention: Mention): string[] {
  const aliases = mention.role === "subject" ? doc.subjectAliases.map((a) => cleanTitle(a)) : [];
  return [mention.title, ...[...mention.aliases, ...aliases].filter((a) => !isGenericTitle(a))];
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
  const numbers = new Index();
  const scoped = new Map<string, number>();
  const refId = (ref: MentionRef) => `${ref.doc}:${ref.mention}`;

  const index = (entity: number, doc: DocumentExtraction, titles: readonly string[]) => {
    const { exact, stripped } = lookupNames(doc, titles);
    for (const [names, table] of [
      [exact, fullTitles],
      [stripped, strippedTitles],
    ] as const) {
      for (const name of names) {
        if (isAcronym(name)) {
          acronyms.add(acronymKey(name), entity);
          continue;
        }
        table.add(titleKey(name), entity);
        const acr = acronymOf(name);
        if (acr.length >= 2) acronyms.add(acr, entity);
      }
    }
  };

  /** Entities whose own documents give another position or job number cannot be this subject. */
  const numbersAllow = (e: Entity, doc: DocumentExtraction, mention: Mention) => {
    if (mention.role !== "subject") return true;
    if (doc.positionNumber && e.numbers.size > 0 && !e.numbers.has(doc.positionNumber))
      return false;
    return !(doc.jobCode && e.jobCodes.size > 0 && !e.jobCodes.has(doc.jobCode));
  };

  /** Entities listed under each entity (its reports and peers as documents list them). */
  const listedUnder = new Map<number, number[]>();
  /**
   * A report or peer whose title differs from one already listed under the same manager by a
   * slip of one or two letters ("Chief of Planning and Accoutability"): the same position.
   */
  const sameListSlip = (d: number, mention: Mention): number | null => {
    const anchor = anchorOf(d, mention);
    const key = titleKey(mention.title);
    if (anchor === null || key.length < 15) return null;
    const doc = docs[d];
    for (const candidate of listedUnder.get(anchor) ?? []) {
      const e = entities[candidate];
      const first = e?.refs[0];
      const title = first ? docs[first.doc]?.mentions[first.mention]?.title : undefined;
      if (!e || title === undefined || docs[first?.doc ?? -1] === doc) continue;
      const other = titleKey(title);
      if (Math.abs(other.length - key.length) <= 2 && editDistance(other, key) <= 2)
        return candidate;
    }
    return null;
  };
  const anchorOf = (d: number, mention: Mention): number | null =>
    mention.anchor === null
      ? null
      : (entityOf.get(refId({ doc: d, mention: mention.anchor })) ?? null);

  /**
   * A report or peer another document lists is the same position only under the same manager:
   * two managers' "Director, Accounts Receivable Operations" are theirs each, unless a document
   * describes or manages the position itself.
   */
  const listedTogether = (e: Entity, d: number, mention: Mention) => {
    if (!e.listedOnly || (mention.role !== "report" && mention.role !== "peer")) return true;
    const anchor = anchorOf(d, mention);
    return anchor === null || e.anchors.size === 0 || e.anchors.has(anchor);
  };

  /**
   * A report or peer listed under one manager is not a position whose own description puts it
   * under another ("Director, Operations" of two directorates).
   */
  const sameManager = (e: Entity, d: number, mention: Mention) => {
    if (mention.role !== "report" && mention.role !== "peer") return true;
    const listedUnder = anchorOf(d, mention);
    if (listedUnder === null) return true;
    return e.subjectOf.every((b) => {
      const own = docs[b];
      const claim = own?.relations.find((r) => r.report === own.subject);
      if (!claim) return true;
      const manager = entityOf.get(refId({ doc: b, mention: claim.manager }));
      return manager === undefined || manager === listedUnder;
    });
  };

  const scopeKey = (doc: DocumentExtraction, mention: Mention, d: number): string | null => {
    const scope = mention.scope;
    if (!scope) return null;
    if (scope.kind === "org") return `org:${scope.key}`;
    const anchor = entityOf.get(refId({ doc: d, mention: scope.mention }));
    return anchor === undefined ? null : `under:${anchor}:${titleKey(mention.title)}`;
  };

  const find = (
    d: number,
    doc: DocumentExtraction,
    mention: Mention,
  ): { entity: number; reason: SameAsReason } | null => {
    const scopedKey = scopeKey(doc, mention, d);
    if (scopedKey !== null) {
      const known = scoped.get(scopedKey);
      const reason = mention.scope?.kind === "org" ? "same-organization" : "same-manager";
      return known === undefined ? null : { entity: known, reason };
    }
    if (mention.role === "subject" && doc.positionNumber) {
      const same = numbers.get(doc.positionNumber).filter((c) => entities[c] !== undefined);
      if (same[0] !== undefined) return { entity: same[0], reason: "position-number" };
    }
    const scope = scopeOf(doc, mention);
    const compatible = (pool: readonly number[]) =>
      pool.filter((c) => {
        const e = entities[c];
        return (
          e !== undefined &&
          organizationsCompatible(
            e.organization,
            scope,
            isTeamTitle(mention.title) || (mention.role === "subject" && e.subjectOf.length > 0),
          ) &&
          numbersAllow(e, doc, mention) &&
          listedTogether(e, d, mention) &&
          sameManager(e, d, mention)
        );
      });
    const { exact, stripped } = lookupNames(doc, namesOf(doc, mention));
    for (const [names, reason] of [
      [exact, "same-title"],
      [stripped, "short-form"],
    ] as const) {
      for (const name of names) {
        const acronym = isAcronym(name);
        const hit = compatible(
          acronym ? acronyms.get(acronymKey(name)) : fullTitles.get(titleKey(name)),
        )[0];
        if (hit !== undefined)
          return { entity: hit, reason: acronym ? "defined-abbreviation" : reason };
      }
    }
    const slip = sameListSlip(d, mention);
    if (slip !== null) return { entity: slip, reason: "same-title" };
    // A bare title ("Chief Executive Officer") may name a position known only with its
    // organization ("Chief Executive Officer, Canadian Digital Service"), if only one fits.
    if (mention.title.includes(",")) return null;
    const weak = [...new Set(compatible(strippedTitles.get(titleKey(mention.title))))];
    return weak.length === 1 && weak[0] !== undefined
      ? { entity: weak[0], reason: "short-form" }
      : null;
  };

  const attach = (d: number, m: number, found: { entity: number; reason: SameAsReason } | null) => {
    const doc = docs[d];
    const mention = doc?.mentions[m];
    if (!doc || !mention) return;
    let target = found?.entity ?? null;
    if (target === null) {
      entities.push({
        refs: [],
        organization: { department: null, branch: null, directorate: null },
        subjectOf: [],
        numbers: new Set(),
        jobCodes: new Set(),
        sameAs: [],
        anchors: new Set(),
        listedOnly: true,
      });
      target = entities.length - 1;
    }
    const e = entities[target];
    if (!e) return;
    if (found && e.refs.length > 0) recordSameAs(e, docs, doc, mention, found.reason);
    e.refs.push({ doc: d, mention: m });
    mergeOrganization(e.organization, scopeOf(doc, mention));
    const anchor = anchorOf(d, mention);
    if (anchor !== null) {
      e.anchors.add(anchor);
      if (!(listedUnder.get(anchor) ?? []).includes(target))
        listedUnder.set(anchor, [...(listedUnder.get(anchor) ?? []), target]);
    }
    if (mention.role === "subject" || mention.role === "manager") e.listedOnly = false;
    if (mention.role === "subject") {
      e.subjectOf.push(d);
      if (doc.positionNumber) {
        e.numbers.add(doc.positionNumber);
        numbers.add(doc.positionNumber, target);
      }
      if (doc.jobCode) e.jobCodes.add(doc.jobCode);
    }
    entityOf.set(refId({ doc: d, mention: m }), target);
    const key = scopeKey(doc, mention, d);
    if (key !== null) scoped.set(key, target);
    else index(target, doc, namesOf(doc, mention));
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
    attach(ref.doc, ref.mention, find(ref.doc, doc, mention));
  }
  return { entities, entityOf };
}

function recordSameAs(
  e: Entity,
  docs: readonly DocumentExtraction[],
  doc: DocumentExtraction,
  mention: Mention,
  reason: SameAsReason,
): void {
  const known = e.refs.some((r) => docs[r.doc]?.documentId === doc.documentId);
  const first = e.refs[0];
  const firstTitle = first ? docs[first.doc]?.mentions[first.mention]?.title : undefined;
  if (known && firstTitle !== undefined && titleKey(firstTitle) === titleKey(mention.title)) return;
  if (e.sameAs.some((s) => s.documentId === doc.documentId && s.name === mention.title)) return;
  e.sameAs.push({ name: mention.title, documentId: doc.documentId, reason });
}
