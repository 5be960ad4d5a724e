/** Header fields a job description states about its own position. */
export type FieldName =
  | "title"
  | "reportsTo"
  | "department"
  | "branch"
  | "directorate"
  | "positionNumber"
  | "classification"
  | "location"
  | "effectiveDate";

/**
 * Field labels as they appear in English and French job descriptions, lower-cased.
 * Domain vocabulary, not document-specific: extend it when a new label is seen.
 */
const LABELS: Record<FieldName, readonly string[]> = {
  title: ["position title", "job title", "title", "titre du poste", "titre"],
  reportsTo: [
    "reports to",
    "reporting to",
    "supervisor position title",
    "supervisor title",
    "supervisor",
    "manager",
    "relève du",
    "relève de",
    "releve du",
    "releve de",
    "titre du poste du superviseur",
    "superviseur",
  ],
  department: [
    "department/agency",
    "department",
    "agency",
    "ministère/organisme",
    "ministère",
    "ministere",
    "organisme",
  ],
  branch: ["branch", "sector", "organizational component", "direction générale", "secteur"],
  directorate: ["directorate", "organization", "organisation", "division", "direction", "unit"],
  positionNumber: [
    "position number",
    "position no.",
    "position no",
    "pos. no.",
    "pos. no",
    "numéro du poste",
    "numéro de poste",
    "no du poste",
  ],
  classification: [
    "position classification",
    "classification",
    "group and level",
    "level",
    "niveau",
    "groupe et niveau",
  ],
  location: ["geographic location", "location", "lieu de travail", "lieu"],
  effectiveDate: [
    "effective date",
    "date d'entrée en vigueur",
    "date de prise d'effet",
    "date d’entrée en vigueur",
  ],
};

const LABEL_TO_FIELD = new Map<string, FieldName>(
  (Object.entries(LABELS) as [FieldName, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [label, field] as [string, FieldName]),
  ),
);

/** Every known label, longest first, so "position title" wins over "title". */
export const KNOWN_LABELS: readonly string[] = [...LABEL_TO_FIELD.keys()].sort(
  (a, b) => b.length - a.length,
);

export function fieldForLabel(label: string): FieldName | null {
  const normalized = label
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[:\s]+$/, "")
    .trim();
  return LABEL_TO_FIELD.get(normalized) ?? null;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches a known label followed by a colon, e.g. `REPORTS TO:` or `Titre du poste :`. */
export const LABEL_PATTERN = new RegExp(
  `(?<![\\p{L}])(${KNOWN_LABELS.map(escapeRegExp).join("|")})\\s?:`,
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
  "structure organisationnelle",
  "nature et étendue",
  "activités principales",
];
