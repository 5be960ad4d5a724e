import type { DocumentScore, Tally } from "./corpus-score.ts";

/** Totals of one group of documents (development or held-out set, one language). */
export interface GroupSummary {
  lines: Tally;
  manager: Tally;
  reports: Tally;
  peers: Tally;
  precision: Tally;
  attributes: Tally;
  invented: number;
  junk: number;
  splits: number;
  merges: number;
  subject: Tally;
  other: Tally;
  undescribed: Tally;
  organization: Tally;
}

export type Summary = Record<
  "dev EN" | "dev FR" | "held-out EN" | "held-out FR" | "all",
  GroupSummary
>;

function sum(tallies: readonly Tally[]): Tally {
  return tallies.reduce((a, t) => ({ found: a.found + t.found, total: a.total + t.total }), {
    found: 0,
    total: 0,
  });
}

function group(scores: readonly DocumentScore[]): GroupSummary {
  const of = (pick: (s: DocumentScore) => Tally) => sum(scores.map(pick));
  const count = (pick: (s: DocumentScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  return {
    lines: sum([of((s) => s.manager), of((s) => s.reports), of((s) => s.peers)]),
    manager: of((s) => s.manager),
    reports: of((s) => s.reports),
    peers: of((s) => s.peers),
    precision: sum(scores.map((s) => ({ found: s.edges.correct, total: s.edges.total }))),
    attributes: of((s) => s.attributes),
    invented: count((s) => s.invented),
    junk: count((s) => s.junk.length),
    splits: count((s) => s.splits.length),
    merges: count((s) => s.merges.length),
    subject: of((s) => s.subject),
    other: of((s) => s.other),
    undescribed: of((s) => s.undescribed),
    organization: of((s) => s.organization),
  };
}

/** The scores by set and language, plus everything together. */
export function summarize(scores: readonly DocumentScore[]): Summary {
  const pick = (heldOut: boolean, lang: "en" | "fr") =>
    group(scores.filter((s) => s.heldOut === heldOut && s.lang === lang));
  return {
    "dev EN": pick(false, "en"),
    "dev FR": pick(false, "fr"),
    "held-out EN": pick(true, "en"),
    "held-out FR": pick(true, "fr"),
    all: group(scores),
  };
}
