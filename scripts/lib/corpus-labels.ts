/**
 * The hand-written labels of the real corpus (test/fixtures/corpus/expected.json): what each
 * document says, validated with zod so a typo fails loudly, and the lenient-but-fair title
 * comparison the scorer uses to match a label to a node.
 */
import { readFileSync, readdirSync } from "node:fs";
import { z } from "zod";

const organizationSchema = z.object({
  department: z.string().nullable(),
  branch: z.string().nullable(),
  directorate: z.string().nullable(),
});

const reportSchema = z.object({
  title: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  classification: z.string().nullable(),
  size: z.number().nullable(),
  /** Identical positions this item stands for; null: several, number not stated. */
  count: z.number().int().positive().nullable(),
});

const peerSchema = z.object({
  title: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  key: z.string().min(1),
  classification: z.string().optional(),
  count: z.number().int().positive().nullable().optional(),
});

const managerSchema = z.object({
  title: z.string().min(1),
  /** A fuller name the same document gives: the node must carry it, not the vaguer one. */
  fuller: z.string().optional(),
  alternatives: z.array(z.string()).optional(),
  /** Other positions the document also names as its manager (disagreeing sources): accepted too. */
  or: z.array(z.string()).optional(),
  key: z.string().min(1),
  stated: z.number().int().positive().nullable(),
  classification: z.string().optional(),
});

const subjectSchema = z.object({
  title: z.string().min(1),
  aliases: z.array(z.string()),
  key: z.string().min(1),
  classification: z.string().nullable(),
  size: z.number().nullable(),
  organization: organizationSchema,
});

const otherLineSchema = z.object({
  manager: z.string().min(1),
  report: z.string().min(1),
  reportAliases: z.array(z.string()).optional(),
});

const labelSchema = z.object({
  lang: z.enum(["en", "fr"]),
  style: z.enum(["markdown", "ocr"]),
  subject: subjectSchema.nullable(),
  manager: managerSchema.nullable().optional(),
  peers: z.array(peerSchema).optional(),
  reports: z.array(reportSchema).optional(),
  otherLines: z.array(otherLineSchema).optional(),
  note: z.string().optional(),
});

const expectedSchema = z.object({
  about: z.array(z.string()),
  heldOut: z.array(z.string()),
  documents: z.record(z.string(), labelSchema),
});

export type Label = z.infer<typeof labelSchema>;
export type LabelReport = z.infer<typeof reportSchema>;
export type LabelPeer = z.infer<typeof peerSchema>;
export type LabelManager = z.infer<typeof managerSchema>;

/** One labelled document: its path under the corpus folder, its bytes and what it says. */
export interface LabelledDocument {
  path: string;
  file: string;
  bytes: Uint8Array;
  label: Label;
  heldOut: boolean;
}

export const CORPUS_DIR = new URL("../../test/fixtures/corpus/", import.meta.url);

/** Reads expected.json and every labelled document; fails if a label has no file or a file no label. */
export function loadLabelledCorpus(dir: URL = CORPUS_DIR): LabelledDocument[] {
  const expected = expectedSchema.parse(
    JSON.parse(readFileSync(new URL("expected.json", dir), "utf8")),
  );
  const onDisk = ["md", "ocr"].flatMap((sub) =>
    readdirSync(new URL(`${sub}/`, dir)).map((name) => `${sub}/${name}`),
  );
  const unlabelled = onDisk.filter((p) => !(p in expected.documents));
  if (unlabelled.length > 0) throw new Error(`documents without labels: ${unlabelled.join(", ")}`);
  const heldOut = new Set(expected.heldOut);
  for (const path of heldOut)
    if (!(path in expected.documents)) throw new Error(`held-out document not labelled: ${path}`);
  return Object.entries(expected.documents).map(([path, label]) => ({
    path,
    file: path.slice(path.indexOf("/") + 1),
    bytes: new Uint8Array(readFileSync(new URL(path, dir))),
    label,
    heldOut: heldOut.has(path),
  }));
}

/** Abbreviations every job description uses; the scorer reads them as the words they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  dg: "director general",
  adm: "assistant deputy minister",
  sadm: "senior assistant deputy minister",
  dm: "deputy minister",
  coo: "chief operating officer",
  ceo: "chief executive officer",
  cfo: "chief financial officer",
};

/**
 * A comparison form of a title: case, accents, punctuation, "of"/"the" and French inclusive
 * forms ("Directeur/directrice", "directeur ou la directrice générale") do not matter; the words
 * do, so a wrong or truncated title never compares equal.
 */
export function normalizeName(raw: string): string {
  let name = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\(title tbd\)|\btitle tbd\b/g, " ")
    .replace(/&/g, " and ");
  // Inclusive French: keep the masculine form once.
  name = name
    .replace(/\b(directeur|gestionnaire|conseiller|agent|adjoint)\s*\/\s*\p{L}+/gu, "$1")
    .replace(
      /\b(?:ou|or)\s+(?:de\s+la\s+|a\s+la\s+|la\s+)?(directrice|conseillere|agente|adjointe)(\s+generale)?\b/g,
      "",
    )
    .replace(/\bdirectrice\b/g, "directeur")
    .replace(/\bdirecteur generale\b/g, "directeur general");
  name = name
    .replace(/[.,;:/\-–—_()[\]"'*]+/g, " ")
    .replace(/\b(?:the|of|le|la|les|l|du|de|des|d|a)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return name
    .split(" ")
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(" ");
}

/** True when a node name is one of the label's names, or one of them qualified by the document's own organization. */
export function nameMatches(
  nodeName: string,
  labelNames: readonly string[],
  orgNames: readonly string[] = [],
): boolean {
  const n = normalizeName(nodeName);
  return labelNames.some((raw) => {
    const l = normalizeName(raw);
    if (l === "") return false;
    if (n === l) return true;
    return orgNames.some((org) => {
      const o = normalizeName(org);
      return (
        o !== "" &&
        (n === `${l} ${o}` || n === `${l} ${o.replace(/^(?:direction|directorate) /, "")}`)
      );
    });
  });
}

/** Names of the document's own organization (used to accept a generic title qualified by it). */
export function orgNamesOf(label: Label): string[] {
  const org = label.subject?.organization;
  if (!org) return [];
  return [org.department, org.branch, org.directorate].filter((v): v is string => Boolean(v));
}
