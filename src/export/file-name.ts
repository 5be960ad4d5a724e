import type { GraphNode } from "../core/graph/model.ts";

const SMALL_WORDS = new Set([
  "of",
  "and",
  "the",
  "for",
  "de",
  "des",
  "du",
  "la",
  "le",
  "les",
  "et",
  "d",
  "l",
]);

/** Lower-case ASCII words joined by hyphens: "Directeur général, Opérations" -> "directeur-general-operations". */
export function slug(text: string, maxLength = 60): string {
  const s = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s.slice(0, maxLength).replace(/-+$/, "");
}

/** Initials of an organization's name: "Canadian Digital Service" -> "cds"; one word stays whole. */
export function acronym(name: string): string {
  const words = slug(name, 200)
    .split("-")
    .filter((w) => w !== "" && !SMALL_WORDS.has(w));
  if (words.length === 0) return "";
  if (words.length === 1) return words[0]!;
  return words.map((w) => w[0]).join("");
}

/** The unit a position belongs to, most specific named first: branch, department, directorate. */
function unitName(node: GraphNode): string | null {
  const o = node.organization;
  return o.branch ?? o.department ?? o.directorate;
}

/**
 * The subject part of a file name for a position and its reports:
 * "Executive Director, Service" in the Canadian Digital Service -> "cds-executive-director-service".
 */
export function positionSubject(node: GraphNode): string {
  const unit = unitName(node);
  const prefix = unit === null ? "" : acronym(unit);
  const title = slug(node.title);
  return prefix === "" || title.startsWith(`${prefix}-`) ? title : `${prefix}-${title}`;
}

/** yyyy-mm-dd in local time (the day the user sees on their calendar). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A file name that says what and when.
 * @example exportFileName("cds-executive-director-service", new Date(2026, 10, 23), "png")
 * // "cds-executive-director-service-2026-11-23.png"
 */
export function exportFileName(what: string, date: Date, ext: string): string {
  const subject = slug(what, 80) || "org-chart";
  return `${subject}-${isoDate(date)}.${ext.replace(/^\./, "")}`;
}
