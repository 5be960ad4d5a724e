import type { Diagnostic } from "../graph/schema.ts";

/**
 * Every diagnostic the extractor can emit, in one table: a stable code, a severity and the
 * sentence a person reads. Messages name the file and say what was kept.
 */
export const MESSAGES = {
  "empty-file": {
    severity: "warning",
    text: (p: { file: string }) => `${p.file} is empty; it is listed but describes no position.`,
  },
  "binary-file": {
    severity: "warning",
    text: (p: { file: string }) =>
      `${p.file} is not a text file (it contains binary data); it is listed but was not read.`,
  },
  "not-utf8": {
    severity: "info",
    text: (p: { file: string }) =>
      `${p.file} is not UTF-8; it was read as Windows-1252 (Latin-1) text.`,
  },
  "mojibake-repaired": {
    severity: "info",
    text: (p: { file: string; count: number }) =>
      `${p.file}: repaired ${p.count} garbled character sequence(s) such as "â€™" -> "’".`,
  },
  "no-title": {
    severity: "warning",
    text: (p: { file: string }) =>
      `${p.file}: no position title was found (no "Position Title"/"Title" field, no heading naming a position, no "The … is accountable" sentence). The text is kept for reading.`,
  },
  "title-mismatch": {
    severity: "info",
    text: (p: { file: string; header: string; title: string }) =>
      `${p.file}: the header names the position "${p.header}" but the body and certification call it "${p.title}". It is shown as "${p.title}"; "${p.header}" is kept as another name.`,
  },
  "conflicting-name": {
    severity: "warning",
    text: (p: {
      manager: string;
      a: string;
      fileA: string;
      b: string;
      fileB: string;
      detail: string;
    }) =>
      `Documents disagree on a unit under ${p.manager}: ${p.fileA} calls it "${p.a}" and ${p.fileB} calls it "${p.b}"${p.detail}. Shown once, under both names.`,
  },
  "peer-list-conflict": {
    severity: "warning",
    text: (p: { manager: string; lists: string }) =>
      `Documents give different lists of the positions reporting to ${p.manager}: ${p.lists}. Every position named is kept under ${p.manager}.`,
  },
  "count-mismatch": {
    severity: "info",
    text: (p: { file: string; manager: string; stated: number; found: number }) =>
      `${p.file} says ${p.stated} positions report to ${p.manager}, but the documents together name ${p.found}.`,
  },
  "total-mismatch": {
    severity: "warning",
    text: (p: { file: string; label: string; stated: number; sum: number; parts: string }) =>
      `${p.file}: "${p.label}" is stated as ${p.stated}, but the listed units add up to ${p.sum} (${p.parts}).`,
  },
  "conflicting-fact": {
    severity: "warning",
    text: (p: { title: string; field: string; values: string }) =>
      `Documents disagree on the ${p.field} of ${p.title}: ${p.values}. The first is shown; all are kept with their sources.`,
  },
  "conflicting-manager": {
    severity: "warning",
    text: (p: { title: string; kept: string; dropped: string }) =>
      `${p.title} is said to report to both ${p.kept} and ${p.dropped}. The chart shows it under ${p.kept}; the other claim is kept in its sources.`,
  },
  "reporting-cycle": {
    severity: "warning",
    text: (p: { cycle: string; broken: string; files: string }) =>
      `${p.files} describe a reporting cycle: ${p.cycle}. The line ${p.broken} was left out so the chart stays a tree.`,
  },
  "self-report": {
    severity: "info",
    text: (p: { title: string; file: string }) =>
      `${p.file} seems to say ${p.title} reports to itself; that line was ignored.`,
  },
  "read-error": {
    severity: "error",
    text: (p: { file: string; reason: string }) =>
      `${p.file} could not be read: ${p.reason}. It is listed without text.`,
  },
  "symlink-skipped": {
    severity: "warning",
    text: (p: { file: string }) =>
      `${p.file} is a symbolic link; links are not followed, so it was skipped.`,
  },
  "unreadable-file": {
    severity: "error",
    text: (p: { file: string; reason: string }) =>
      `${p.file} could not be opened (${p.reason}); it was skipped.`,
  },
  "internal-error": {
    severity: "error",
    text: (p: { reason: string }) =>
      `Positions could not be matched across documents because of an extractor error (${p.reason}). Every document is listed for reading, but the chart is empty; please report this.`,
  },
  "not-converted": {
    severity: "warning",
    text: (p: { file: string; reason: string }) => `${p.file} was not read: ${p.reason}`,
  },
  "conversion-note": {
    severity: "info",
    text: (p: { file: string; note: string }) => `${p.file}: ${p.note}`,
  },
  "large-file": {
    severity: "info",
    text: (p: { file: string; megabytes: number }) =>
      `${p.file} is large (${p.megabytes} MB); only its first part was searched for the position's details.`,
  },
} as const;

export type DiagnosticCode = keyof typeof MESSAGES;
type ParamsOf<C extends DiagnosticCode> = Parameters<(typeof MESSAGES)[C]["text"]>[0];

/** Builds a diagnostic from the table so codes, severities and wording stay consistent. */
export function diagnostic<C extends DiagnosticCode>(
  code: C,
  params: ParamsOf<C>,
  where: { documentId?: string; nodeIds?: string[] } = {},
): Diagnostic {
  const entry = MESSAGES[code];
  const text = entry.text as (p: ParamsOf<C>) => string;
  return {
    severity: entry.severity,
    code,
    message: text(params),
    ...(where.documentId !== undefined ? { documentId: where.documentId } : {}),
    ...(where.nodeIds !== undefined ? { nodeIds: where.nodeIds } : {}),
  };
}
