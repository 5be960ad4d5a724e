/** Header fields a job description states about its own position. */
export type FieldName =
  | "title"
  | "reportsTo"
  | "managerClassification"
  | "supervisorNumber"
  | "department"
  | "branch"
  | "directorate"
  | "positionNumber"
  | "jobCode"
  | "classification"
  | "location"
  | "effectiveDate";

/**
 * Field labels as they appear in English and French job descriptions, lower-cased, with the
 * apostrophe of "Supervisor's" written as ' or lost (OCR). Domain vocabulary, not
 * document-specific: extend it when a new label is seen.
 */
const LABELS: Record<FieldName, readonly string[]> = {
  title: ["position title", "job title", "title", "position", "titre du poste", "titre"],
  reportsTo: [
    "reports to",
    "reporting to",
    "supervisor position title",
    "supervisor's position title",
    "supervisor's title",
    "supervisor title",
    "supervisor",
    "manager",
    "relève du",
    "relève de",
    "releve du",
    "releve de",
    "rend compte au",
    "titre du poste du superviseur",
    "titre du poste du surveillant",
    "superviseur",
    "surveillant",
    "supérieur immédiat",
  ],
  managerClassification: [
    "supervisor's classification",
    "supervisor classification",
    "supervisor's position classification",
    "classification du superviseur",
    "classification du poste du superviseur",
  ],
  supervisorNumber: [
    "supervisor's position no.",
    "supervisor's position no",
    "supervisor's position number",
    "supervisor position number",
    "supervisor's position #",
    "supervisor position #",
    "numéro du poste du superviseur",
  ],
  department: [
    "department/agency",
    "department name",
    "department",
    "agency",
    "ministère/organisme",
    "ministère",
    "ministere",
    "organisme",
  ],
  branch: [
    "branch",
    "branch - service",
    "business stream/branch",
    "sector",
    "service",
    "organizational component",
    "organizational component (branch/division)",
    "direction générale",
    "direction generale",
    "secteur",
  ],
  directorate: [
    "directorate",
    "directorate/division",
    "organization",
    "organisation",
    "division",
    "direction",
    "unit",
  ],
  positionNumber: [
    "position number",
    "position no.",
    "position no",
    "pos. no.",
    "pos. no",
    "numéro du poste",
    "numéro de poste",
    "numero du poste",
    "no du poste",
  ],
  jobCode: ["job code", "position job code", "job number", "jobbing number", "code d'emploi"],
  classification: [
    "position classification",
    "classification",
    "group and level",
    "group/level",
    "group & level",
    "class/level",
    "level",
    "position level",
    "niveau",
    "niveau du poste",
    "groupe et niveau",
    "groupe/niveau",
    "classification et niveau",
  ],
  location: ["geographic location", "location", "lieu de travail", "lieu", "emplacement"],
  effectiveDate: [
    "effective date",
    "date d'entrée en vigueur",
    "date de prise d'effet",
    "date d’entrée en vigueur",
  ],
};

/**
 * Labels that are also ordinary words of a list ("**Manager:** responsible for …",
 * "**Position:** …"): a field only in the document's header, before its first section.
 */
export const HEADER_ONLY_LABELS: ReadonlySet<string> = new Set([
  "manager",
  "supervisor",
  "position",
  "title",
  "service",
  "unit",
  "division",
  "direction",
  "organization",
  "organisation",
  "level",
]);

const LABEL_TO_FIELD = new Map<string, FieldName>(
  (Object.entries(LABELS) as [FieldName, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [label, field] as [string, FieldName]),
  ),
);

/** Every known label, longest first, so "position title" wins over "title". */
export const KNOWN_LABELS: readonly string[] = [...LABEL_TO_FIELD.keys()].sort(
  (a, b) => b.length - a.length,
);

/** The comparison form of a label: lower case, one apostrophe, no trailing colon. */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\b(supervisor) s\b/, "$1's")
    .replace(/\s+/g, " ")
    .replace(/[:\s]+$/, "")
    .trim();
}

export function fieldForLabel(label: string): FieldName | null {
  return LABEL_TO_FIELD.get(normalizeLabel(label)) ?? null;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’ ]?");
}

/**
 * Matches a known label followed by a colon, e.g. `REPORTS TO:` or `Titre du poste :`; forms
 * printed in capitals also separate with a bar or a dash (`DIRECTION | Gestion`, `NIVEAU - EX-OI`).
 */
export const LABEL_PATTERN = new RegExp(
  `(?<![\\p{L}])(${KNOWN_LABELS.map(escapeRegExp).join("|")})(\\s?:|\\s\\|\\s|\\s-\\s)`,
  "giu",
);

/** Section headings used by job descriptions; ALL-CAPS runs are recognized as headings too. */
export const SECTION_HEADINGS: readonly string[] = [
  "general accountability",
  "organization structure",
  "organizational structure",
  "nature and scope",
  "dimensions",
  "specific accountabilities",
  "key activities",
  "certification",
  "position details",
  "responsabilités générales",
  "responsabilité générale",
  "structure organisationnelle",
  "nature et étendue",
  "nature et portée",
  "étendue des responsabilités",
  "activités principales",
];

/** Headings of the section that holds a document's figures: FTEs, budgets. */
export const DIMENSION_HEADING =
  /^(?:dimensions?|budget|data|donn[ée]es|[ée]tendue des responsabilit[ée]s)\b/i;
