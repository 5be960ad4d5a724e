/**
 * Scores the extractor on the labelled real corpus (test/fixtures/corpus): each document alone
 * and all of them as one graph, English and French apart, the development set and the held-out
 * set apart.
 *
 *   npm run score:corpus [-- --problems] [-- --doc <part of a file name>] [-- --json <file>]
 *   (problems of the held-out documents are printed only with --held-out)
 */
import { writeFileSync } from "node:fs";
import { loadLabelledCorpus } from "./lib/corpus-labels.ts";
import { type DocumentScore, scoreCorpus, type Tally } from "./lib/corpus-score.ts";
import { summarize, type Summary } from "./lib/corpus-summary.ts";

function parseOptions(argv: readonly string[]) {
  const options = {
    problems: false,
    doc: null as string | null,
    json: null as string | null,
    heldOut: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--problems") options.problems = true;
    else if (arg === "--held-out") options.heldOut = true;
    else if (arg === "--doc" && argv[i + 1]) options.doc = argv[++i] ?? null;
    else if (arg === "--json" && argv[i + 1]) options.json = argv[++i] ?? null;
    else
      throw new Error(`unknown argument "${arg}" (usage: --problems --doc <name> --json <file>)`);
  }
  return options;
}

const pct = (t: Tally) =>
  t.total === 0 ? "    –" : `${((100 * t.found) / t.total).toFixed(1).padStart(5)}%`;
const cell = (t: Tally) => `${pct(t)} ${`${t.found}/${t.total}`.padStart(8)}`;

function printTable(title: string, summary: Summary): void {
  const groups = Object.keys(summary) as (keyof Summary)[];
  console.log(`\n${title}`);
  console.log(`${"".padEnd(30)}${groups.map((g) => g.padStart(16)).join("")}`);
  const rows: [string, (s: Summary[keyof Summary]) => string][] = [
    ["reporting lines found", (s) => cell(s.lines)],
    ["  manager", (s) => cell(s.manager)],
    ["  reports", (s) => cell(s.reports)],
    ["  peers", (s) => cell(s.peers)],
    ["reporting lines right", (s) => cell(s.precision)],
    ["class., sizes, counts", (s) => cell(s.attributes)],
    ["values not in document", (s) => String(s.invented).padStart(16)],
    ["junk nodes", (s) => String(s.junk).padStart(16)],
    ["positions split", (s) => String(s.splits).padStart(16)],
    ["wrong merges", (s) => String(s.merges).padStart(16)],
    ["own position found", (s) => cell(s.subject)],
    ["other stated lines", (s) => cell(s.other)],
    ["'+N not described' right", (s) => cell(s.undescribed)],
    ["organization fields", (s) => cell(s.organization)],
  ];
  for (const [name, render] of rows)
    console.log(`${name.padEnd(30)}${groups.map((g) => render(summary[g]).padStart(16)).join("")}`);
}

/** Problems of the development set; the held-out set's only with --held-out (kept aside to check generalisation). */
function printProblems(
  scores: readonly DocumentScore[],
  filter: string | null,
  heldOut: boolean,
): void {
  for (const s of scores) {
    if (filter && !s.path.includes(filter)) continue;
    if (s.heldOut && !heldOut) continue;
    const all = [
      ...s.problems,
      ...s.junk.map((j) => `junk node: "${j}"`),
      ...s.splits.map((x) => `split: ${x}`),
      ...s.merges.map((x) => `wrong merge: ${x}`),
    ];
    if (all.length === 0) continue;
    console.log(`\n${s.path}${s.heldOut ? " (held out)" : ""}`);
    for (const p of all) console.log(`  - ${p}`);
  }
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const docs = loadLabelledCorpus();
  const started = performance.now();
  const { alone, together } = scoreCorpus(docs);
  const ms = performance.now() - started;
  console.log(
    `score:corpus: ${docs.length} labelled documents (${docs.filter((d) => d.heldOut).length} held out), extracted and scored in ${Math.round(ms)} ms`,
  );
  printTable("Each document alone", summarize(alone));
  printTable("All documents as one graph", summarize(together));
  if (options.problems || options.doc) {
    console.log("\n--- each document alone ---");
    printProblems(alone, options.doc, options.heldOut);
    console.log("\n--- all documents as one graph ---");
    printProblems(together, options.doc, options.heldOut);
  }
  if (options.json) writeFileSync(options.json, JSON.stringify({ alone, together }, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
