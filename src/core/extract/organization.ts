import type { Organization } from "../graph/schema.ts";
import type { FieldHit, Structure } from "./structure.ts";
import { cleanTitle, readTitleForward } from "./titles.ts";

type Level = keyof Organization;

/** One level of the organization as a header field gives it. */
export interface OrganizationField {
  level: Level;
  name: string;
  hit: FieldHit;
}

/** An organization's name at the start of a field value; a sentence there names none. */
export function organizationName(value: string): string | null {
  // OCR may leave a garbled abbreviation before the name: "(esOO) & Social Development Canada".
  const name = cleanTitle(value.replace(/\s*\([A-Z/]+\)\s*$/, "")).replace(/^[^\p{L}]+/u, "");
  if (!name) return null;
  if (name.split(/\s+/).length <= 12 && !/\b(?:is|are|Is)\s+\p{Ll}/u.test(name)) return name;
  const read = readTitleForward(value, 0);
  return read && read.title.split(/\s+/).length <= 10 ? read.title : null;
}

/** Labels that name their level outright; "Sector", "Service", "Division" … are weaker. */
const NAMES_ITS_LEVEL: Record<Level, RegExp> = {
  department: /./,
  branch: /branch|direction g[ée]n[ée]rale/i,
  directorate: /directorate|^direction$/i,
};
/** A sector is above a branch: with a "Branch" field as well, the branch is that field. */
const ABOVE_BRANCH = /^(?:sector|secteur)$/i;

/** The unit a name ends with says its level: "… Secretariat" is below a branch. */
const UNIT_BELOW_BRANCH =
  /\b(?:Secretariat|Directorate|Division|Office|Centre|Center|Program|Programme)$/;

/**
 * "Indigenous Early Learning, Child Care Secretariat, Strategic and Service Policy Branch": a
 * unit written with the branch it belongs to is two levels; each part says which by its last word.
 */
function splitWithBranch(name: string): { branch: string; other: string; level: Level } | null {
  const m = /^(.+),\s+([^,]+\bBranch)$/.exec(name);
  if (!m) return null;
  const other = (m[1] ?? "").trim();
  const level: Level | null = /\bCanada$/.test(other)
    ? "department"
    : UNIT_BELOW_BRANCH.test(other)
      ? "directorate"
      : null;
  return level ? { branch: m[2] ?? "", other, level } : null;
}

/**
 * The header's organization fields, each at its level. Where two fields give one level, the one
 * whose label names that level wins; a component given beside a "Branch" field is the unit below.
 */
export function organizationFields(structure: Structure): OrganizationField[] {
  const hits = structure.fields.filter(
    (f) => f.field === "department" || f.field === "branch" || f.field === "directorate",
  );
  const explicitBranch = hits.some(
    (f) => f.field === "branch" && NAMES_ITS_LEVEL.branch.test(f.label),
  );
  const ranked: (OrganizationField & { rank: number })[] = [];
  for (const hit of hits) {
    const name = organizationName(hit.value);
    if (!name) continue;
    let level = hit.field as Level;
    const rank = NAMES_ITS_LEVEL[level].test(hit.label) ? 2 : 1;
    if (level === "branch" && rank === 1 && explicitBranch) {
      if (ABOVE_BRANCH.test(hit.label.trim())) continue;
      level = "directorate";
    }
    const split = level === "branch" ? splitWithBranch(name) : null;
    if (split) {
      ranked.push({ level: "branch", name: split.branch, hit, rank });
      ranked.push({ level: split.level, name: split.other, hit, rank: 1 });
    } else ranked.push({ level, name, hit, rank });
  }
  const chosen = new Map<Level, OrganizationField & { rank: number }>();
  for (const field of ranked) {
    const held = chosen.get(field.level);
    if (!held || field.rank > held.rank) chosen.set(field.level, field);
  }
  return [...chosen.values()].map(({ level, name, hit }) => ({ level, name, hit }));
}

export function organizationOf(fields: readonly OrganizationField[]): Organization {
  const at = (level: Level) => fields.find((f) => f.level === level)?.name ?? null;
  return { department: at("department"), branch: at("branch"), directorate: at("directorate") };
}
