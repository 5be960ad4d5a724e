import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractGraph, type SourceFile } from "../../../src/core/extract/index.ts";
import { graphSchema, type OrgGraph } from "../../../src/core/graph/schema.ts";

/*
 * Property tests: whatever bytes or text the extractor is given, it returns a graph that keeps
 * the contract (schema, forest, known endpoints, verbatim quotes, every file listed once).
 * Structured inputs are assembled from fragments of real job-description syntax, with titles
 * drawn from a small pool so that the same position is named by several documents, merges
 * happen and reporting cycles are common.
 */

const encoder = new TextEncoder();
const NUM_RUNS = 250;
/** fast-check runs many extractions per test; allow more than vitest's default 5 s. */
const TIMEOUT = 30_000;

// -------------------------------------------------------------------------------------------
// Invariants
// -------------------------------------------------------------------------------------------

/** Every rule the graph must keep, whatever the input. Throws with a readable reason. */
function checkInvariants(files: readonly SourceFile[], graph: OrgGraph): void {
  const parsed = graphSchema.safeParse(graph);
  if (!parsed.success) {
    throw new Error(
      `graphSchema rejected the graph: ${parsed.error.issues.map((i) => i.message).join("; ")}`,
    );
  }

  // Every input file is listed exactly as many times as it was given (once for unique names).
  const given = new Map<string, number>();
  for (const f of files) given.set(f.file, (given.get(f.file) ?? 0) + 1);
  const listed = new Map<string, number>();
  for (const d of graph.documents) listed.set(d.file, (listed.get(d.file) ?? 0) + 1);
  expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(given));
  expect(new Set(graph.documents.map((d) => d.id)).size).toBe(graph.documents.length);

  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  expect(nodeIds.size).toBe(graph.nodes.length);
  const textOf = new Map(graph.documents.map((d) => [d.id, d.text]));

  // Forest: every endpoint is a node, at most one manager per node, no cycles.
  const managerOf = new Map<string, string>();
  for (const edge of graph.edges) {
    if (!nodeIds.has(edge.source)) throw new Error(`edge source ${edge.source} is not a node`);
    if (!nodeIds.has(edge.target)) throw new Error(`edge target ${edge.target} is not a node`);
    if (edge.source === edge.target) throw new Error(`self edge on ${edge.source}`);
    if (managerOf.has(edge.target)) throw new Error(`${edge.target} has two managers`);
    managerOf.set(edge.target, edge.source);
  }
  for (const start of managerOf.keys()) {
    const seen = new Set([start]);
    for (let m = managerOf.get(start); m !== undefined; m = managerOf.get(m)) {
      if (seen.has(m)) throw new Error(`reporting cycle through ${m}`);
      seen.add(m);
    }
  }

  // Quotes are verbatim substrings of the document they cite.
  const checkQuote = (where: string, documentId: string, quote: string) => {
    const text = textOf.get(documentId);
    if (text === undefined) throw new Error(`${where}: unknown document ${documentId}`);
    if (!text.includes(quote)) {
      throw new Error(`${where}: quote ${JSON.stringify(quote)} is not in ${documentId}`);
    }
  };
  for (const edge of graph.edges) {
    expect(edge.evidence.length).toBeGreaterThan(0);
    for (const e of edge.evidence) checkQuote(`edge ${edge.id}`, e.documentId, e.quote);
  }
  for (const node of graph.nodes) {
    for (const m of node.mentions) checkQuote(`mention of ${node.id}`, m.documentId, m.quote);
    for (const documentId of node.documentIds) expect(textOf.has(documentId)).toBe(true);
  }
  for (const doc of graph.documents) {
    if (doc.positionId !== null) expect(nodeIds.has(doc.positionId)).toBe(true);
    expect(doc.status === "parsed" || doc.reason !== null).toBe(true);
  }
}

/** Facts and dimensions carry quotes too; the schema documents them as verbatim as well. */
function checkFactQuotes(graph: OrgGraph): void {
  const textOf = new Map(graph.documents.map((d) => [d.id, d.text]));
  for (const node of graph.nodes) {
    for (const q of [...node.facts, ...node.dimensions]) {
      const text = textOf.get(q.documentId) ?? "";
      if (!text.includes(q.quote)) {
        throw new Error(
          `${node.id}: fact/dimension quote ${JSON.stringify(q.quote)} is not in ${q.documentId}`,
        );
      }
    }
  }
}

function run(files: SourceFile[]): OrgGraph {
  const graph = extractGraph(files);
  checkInvariants(files, graph);
  return graph;
}

// -------------------------------------------------------------------------------------------
// Arbitraries
// -------------------------------------------------------------------------------------------

const TITLES = [
  "Director, Engagement",
  "Chief Executive Officer",
  "Executive Director, Service",
  "Head of Design",
  "Head of Security and Reliability Engineering",
  "Manager, Escalation and Review",
  "Outreach Team",
  "Policy Team",
  "Director General, Canada Student Loans Program",
  "Chief of Staff",
] as const;

const title = fc.constantFrom(...TITLES);
/** Titles as OCR and authors vary them: upper case, "of" forms, stray periods. */
const titleVariant = fc.oneof(
  { weight: 4, arbitrary: title },
  title.map((t) => t.toUpperCase()),
  title.map((t) => t.replace(", ", " of ")),
  title.map((t) => t.replace(", ", ". ")),
  // Header fields that name no title at all.
  fc.constantFrom("(TBD)", "TBD", "-", "N/A"),
);
const ocrDigits = fc.constantFrom("O", "I", "0", "1", "5", "I6", "O4", "3I", "l2");
const classification = fc
  .tuple(fc.constantFrom("EX", "CS", "AS", "PM", "EC"), ocrDigits)
  .map(([g, n]) => `${g}-${n}`);
const fte = fc
  .tuple(ocrDigits, fc.boolean())
  .map(([n, planned]) => (planned ? `Planned ${n} FTEs` : `${n} FTEs`));
const words = fc.constantFrom(
  "works with partners across government",
  "is accountable for strategic leadership",
  "manages processes",
  "and",
  "the incumbent",
  "(CDS)",
  "(D/E)",
  "e.g. software engineering",
  "N.L.",
  "CDS",
  "reporting to",
  ":",
  ";",
  "...",
);
const sentence = fc.array(words, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
const noise = fc.string({ unit: "grapheme", maxLength: 40 });

const markdownFragment: fc.Arbitrary<string> = fc.oneof(
  fc.constant("# Job Description"),
  title.map((t) => `## ${t}`),
  title.map((t) => `## **${t}**`),
  title.map((t) => `## ${t.replace(" ", "  ")}`),
  fc.constantFrom(
    "## Position Details",
    "### Organizational Structure",
    "## Certification",
    "### Dimensions",
  ),
  titleVariant.map((t) => `**Position Title:** ${t}`),
  titleVariant.map((t) => `*   **Title:** ${t}`),
  titleVariant.map((t) => `**Reports To:** ${t}`),
  titleVariant.map((t) => `*   **Supervisor Position Title:** ${t}`),
  classification.map((c) => `**Position Classification:** ${c}`),
  fc.constantFrom(
    "**Department/Agency:** Service Canada",
    "*   **Branch:** Canadian Digital Service",
    "*   **Organization:** Engagement Division",
  ),
  fc
    .tuple(title, fc.constantFrom("are three teams", "are", "is"))
    .map(([t, what]) => `### Reporting to the ${t.split(",")[0]} ${what}:`),
  fc.tuple(titleVariant, fte, sentence).map(([t, f, s]) => `*   **${t} (${f}):** ${s}.`),
  fc
    .tuple(titleVariant, classification, fte, sentence)
    .map(([t, c, f, s]) => `*   **${t} (${c}, ${f}):** ${s}.`),
  fc.tuple(titleVariant, sentence).map(([t, s]) => `*   **${t}:** ${s}.`),
  fc.tuple(title, title).map(([a, b]) => `The ${a} is one of the positions reporting to the ${b}.`),
  fc.tuple(title, sentence).map(([t, s]) => `The ${t} is accountable for ${s}.`),
  title.map((t) => `The incumbent reports to the ${t}.`),
  fc.constant("*   **Engagement Division FTEs:** 15"),
  fc.constant("*   **Operating Budget and Salary:** $1M"),
  title.map(
    (t) =>
      `The foregoing is an accurate and comprehensive statement of the duties assigned to the position of ${t}.`,
  ),
  fc.tuple(fc.integer({ min: 1, max: 9 }), sentence).map(([n, s]) => `${n}.  ${s}.`),
  sentence,
  noise,
);

const ocrFragment: fc.Arbitrary<string> = fc.oneof(
  fc.constant("--- Structured Job Description ---\n\n\n--- Full Extracted Text ---\n"),
  fc.constant("EXECUTIVE GROUP POSITION DESCRIPTION"),
  titleVariant.map((t) => `POSITION TITLE: ${t}`),
  titleVariant.map((t) => `REPORTS TO: ${t}`),
  classification.map((c) => `LEVEL: ${c}`),
  fc.constantFrom(
    "DIRECTORATE: Service",
    "SECTOR: Canadian Digital Service",
    "DEPARTMENT: Treasury Board Secretariat",
    "POSITION NUMBER: TBD",
    "POS. NO.: IO42I7",
  ),
  fc.constantFrom(
    "GENERAL ACCOUNTABILITY",
    "ORGANIZATION STRUCTURE",
    "NATURE AND SCOPE",
    "SPECIFIC ACCOUNTABILITIES",
    "CERTIFICATION",
  ),
  fc
    .tuple(
      title,
      fc.array(fc.tuple(titleVariant, classification, ocrDigits, sentence), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .map(
      ([m, items]) =>
        `The following positions report to the ${m}: ` +
        items.map(([t, c, n, s]) => `${t} (${c}, ${n} FTEs) accountable for: ${s}.`).join(" "),
    ),
  fc
    .tuple(
      title,
      fc.constantFrom("five", "three", "several", ""),
      title,
      fc.array(title, { minLength: 1, maxLength: 4 }),
    )
    .map(([self, count, m, others]) => {
      const list =
        others.length > 1
          ? `${others.slice(0, -1).join(", ")} and ${others[others.length - 1]}`
          : others[0];
      return `The ${self}, is one of ${count} positions reporting to the ${m}. The others are: ${list}.`;
    }),
  fc
    .tuple(title, title, fc.array(fc.tuple(title, classification), { minLength: 1, maxLength: 3 }))
    .map(
      ([self, m, others]) =>
        `The ${self} is one of positions reporting to the ${m}. The others are: ${others.map(([t, c]) => `${t} (${c})`).join("; ")}.`,
    ),
  fc
    .tuple(title, sentence)
    .map(
      ([t, s]) => `The ${t} (ED/S), is accountable to the Chief Executive Officer (CEO) for ${s}.`,
    ),
  fc.constantFrom(
    "DIMENSIONS Engagement Division FTEs: I5 Operating Budget and Salary: $IM",
    "Service Directorate FTEs: 3I",
  ),
  fc.constantFrom(
    "March I8, 2OI9",
    "OG. Business Enablement and Services",
    "2",
    "Director, Engagement 3",
  ),
  title.map(
    (t) =>
      `CERTIFICATION The foregoing is an accurate statement of the duties assigned to the position of ${t}. ${t} Date`,
  ),
  sentence,
  noise,
);

const separator = fc.constantFrom("\n", "\n\n", " ", "\r\n", "\n\n\n", "  ");

/** A document assembled from fragments of one style (or, sometimes, both mixed). */
const documentText = fc
  .tuple(
    fc.constantFrom("markdown", "ocr", "mixed"),
    fc.array(markdownFragment, { minLength: 1, maxLength: 14 }),
    fc.array(ocrFragment, { minLength: 1, maxLength: 14 }),
    fc.array(separator, { minLength: 1, maxLength: 4 }),
    fc.constantFrom("", "", "\n", "\n\n"),
  )
  .map(([style, md, ocr, seps, lead]) => {
    const parts = style === "markdown" ? md : style === "ocr" ? ocr : [...md, ...ocr].sort();
    return lead + parts.map((p, i) => p + (seps[i % seps.length] ?? "\n")).join("");
  });

const fileName = fc
  .tuple(fc.stringMatching(/^[a-z0-9_-]{1,12}$/), fc.constantFrom(".md", ".txt"))
  .map(([n, ext]) => n + ext);

/** One to five files with distinct names. */
const corpus = (text: fc.Arbitrary<string>) =>
  fc
    .uniqueArray(fc.tuple(fileName, text), {
      minLength: 1,
      maxLength: 5,
      selector: ([name]) => name,
    })
    .map((docs) => docs.map(([file, body]): SourceFile => ({ file, bytes: encoder.encode(body) })));

// -------------------------------------------------------------------------------------------
// Properties
// -------------------------------------------------------------------------------------------

describe("extractGraph on arbitrary input keeps the graph contract", () => {
  it(
    "arbitrary printable text (graphemes)",
    () => {
      fc.assert(
        fc.property(corpus(fc.string({ unit: "grapheme", maxLength: 300 })), (files) => {
          run(files);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "arbitrary code units, including lone surrogates and control characters",
    () => {
      fc.assert(
        fc.property(corpus(fc.string({ unit: "binary", maxLength: 300 })), (files) => {
          run(files);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "arbitrary bytes (any encoding, binary data, truncated UTF-8)",
    () => {
      const bytesCorpus = fc
        .uniqueArray(fc.tuple(fileName, fc.uint8Array({ maxLength: 600 })), {
          minLength: 1,
          maxLength: 5,
          selector: ([name]) => name,
        })
        .map((docs) => docs.map(([file, bytes]): SourceFile => ({ file, bytes })));
      fc.assert(
        fc.property(bytesCorpus, (files) => {
          run(files);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "structured job-description fragments across several files (merges, conflicts, cycles)",
    () => {
      fc.assert(
        fc.property(corpus(documentText), (files) => {
          run(files);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "structured fragments with Latin-1 bytes, a BOM or CRLF line endings",
    () => {
      const encoded = fc
        .tuple(fileName, documentText, fc.constantFrom("utf8", "bom", "crlf", "latin1"))
        .map(([file, text, how]): SourceFile => {
          const withAccents = text
            .replace(/Engagement/g, "Engagément")
            .replace(/Design/g, "Désign");
          if (how === "bom") return { file, bytes: encoder.encode(`\uFEFF${withAccents}`) };
          if (how === "crlf")
            return { file, bytes: encoder.encode(withAccents.replace(/\r?\n/g, "\r\n")) };
          if (how === "latin1") {
            const codes = [...withAccents].map((c) => c.codePointAt(0) ?? 0x3f);
            return { file, bytes: Uint8Array.from(codes.map((c) => (c < 0x100 ? c : 0x3f))) };
          }
          return { file, bytes: encoder.encode(withAccents) };
        });
      fc.assert(
        fc.property(
          fc.uniqueArray(encoded, { minLength: 1, maxLength: 4, selector: (f) => f.file }),
          (files) => {
            run(files);
          },
        ),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "a file name given twice is listed twice, with distinct document ids",
    () => {
      fc.assert(
        fc.property(fileName, documentText, documentText, (file, a, b) => {
          const graph = run([
            { file, bytes: encoder.encode(a) },
            { file, bytes: encoder.encode(b) },
          ]);
          expect(graph.documents.filter((d) => d.file === file)).toHaveLength(2);
        }),
        { numRuns: 100 },
      );
    },
    TIMEOUT,
  );

  it(
    "the result does not depend on the order the files are given in",
    () => {
      fc.assert(
        fc.property(corpus(documentText), (files) => {
          const forward = extractGraph(files);
          const backward = extractGraph([...files].reverse());
          expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
        }),
        { numRuns: 100 },
      );
    },
    TIMEOUT,
  );

  it(
    "fact and dimension quotes are verbatim substrings of their document",
    () => {
      fc.assert(
        fc.property(corpus(documentText), (files) => {
          checkFactQuotes(extractGraph(files));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );
});
