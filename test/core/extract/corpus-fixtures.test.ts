import { describe, expect, it } from "vitest";
import { loadLabelledCorpus } from "../../../scripts/lib/corpus-labels.ts";
import { type DocumentScore, scoreCorpus } from "../../../scripts/lib/corpus-score.ts";
import { summarize } from "../../../scripts/lib/corpus-summary.ts";

/*
 * The real corpus (test/fixtures/corpus), labelled by hand in expected.json, scored as
 * `npm run score:corpus` scores it. Every development document must give exactly what its
 * labels say, except the gaps listed here with their reason; the held-out documents (kept aside
 * to check that the rules generalise) must stay at the level reached. A rule that regresses
 * fails here, naming the document and what it lost.
 */

/** What the extractor still misses in the development set, and why. Nothing else may be wrong. */
const KNOWN_GAPS: Record<string, { problems: string[]; why: string }> = {
  "md/EX-01_103287_Director_Strategic_Operations.md": {
    problems: [
      '"Manager, Strategic Operational Planning and Support Services" classification: expected AS-07, got nothing',
    ],
    why: "the level is stated in the sentence before the list ('two AS-O7 Senior Managers'), not on the item",
  },
  "ocr/2802 WD DG - Workplace Partnerships EX-03 (Revised)(E) sept 23 (1).txt": {
    problems: ['report missing: "Director, Apprenticeship policy"'],
    why: "its title ends in a lower-case word right before 'responsible for', which reads as prose",
  },
  "ocr/DG, Empl Comm & Ops 103704 - JD.txt": {
    problems: [
      'manager: expected "Assistant Deputy Minister, Public Affairs and Stakeholder Relations", got "none"',
      'report missing: "Director, Jobs and Training Communications"',
      'report missing: "Director, Media Services and Events"',
      'report missing: "Director, Ministerial Operations and Wnting Services"',
    ],
    why: "a two-column form flattened by OCR: the supervisor and the reports are interleaved with the other column ('naeistant Deputy Minister')",
  },
  "ocr/EX-01 Dir, Gestion affaires 103358 - DE.txt": {
    problems: [
      'line missing: "Directeur général, Gestion et Intégrité de la Direction générale" -> "Gestionnaire, Services de gestion intégrée"',
    ],
    why: "the second Gestionnaire is named after the first one's paragraph with no separator OCR kept",
  },
};

const docs = loadLabelledCorpus();
const scores = scoreCorpus(docs);

function problemsOf(score: DocumentScore): string[] {
  return [
    ...score.problems.filter((p) => !p.startsWith("organization:")),
    ...score.junk.map((j) => `junk node: "${j}"`),
    ...score.splits.map((s) => `split: ${s}`),
    ...score.merges.map((m) => `wrong merge: ${m}`),
  ];
}

describe("the labelled corpus", () => {
  it("labels at least 50 documents of both languages and styles, with 10 held out", () => {
    expect(docs.length).toBeGreaterThanOrEqual(50);
    expect(docs.filter((d) => d.heldOut)).toHaveLength(10);
    for (const lang of ["en", "fr"] as const)
      for (const style of ["markdown", "ocr"] as const)
        expect(docs.some((d) => d.label.lang === lang && d.label.style === style)).toBe(true);
  });

  for (const mode of ["alone", "together"] as const) {
    describe(mode === "alone" ? "each document alone" : "all documents as one graph", () => {
      for (const score of scores[mode].filter((s) => !s.heldOut)) {
        it(score.path, () => {
          expect(problemsOf(score)).toEqual(KNOWN_GAPS[score.path]?.problems ?? []);
        });
      }
    });
  }

  it("keeps the development and held-out sets at the level reached", () => {
    for (const mode of ["alone", "together"] as const) {
      const summary = summarize(scores[mode]);
      const rate = (t: { found: number; total: number }) => t.found / t.total;
      expect(rate(summary["dev EN"].lines)).toBeGreaterThanOrEqual(0.97);
      expect(rate(summary["dev FR"].lines)).toBe(1);
      expect(rate(summary["dev EN"].attributes)).toBeGreaterThanOrEqual(0.97);
      // Two of its eight English documents are two-column forms OCR interleaved.
      expect(rate(summary["held-out EN"].lines)).toBeGreaterThanOrEqual(0.7);
      expect(rate(summary["held-out FR"].lines)).toBe(1);
      expect(rate(summary.all.precision)).toBeGreaterThanOrEqual(0.99);
      expect(summary.all.splits + summary.all.merges).toBe(0);
      expect(summary.all.junk).toBe(0);
    }
  });
});
