import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentTextPath, verifiedText } from "../../src/core/graph/document-texts.ts";
import type { GraphNode, OrgGraph } from "../../src/core/graph/model.ts";
import { readGraphJson } from "../../scripts/lib/read-graph.ts";

/*
 * The prebuild script as a person runs it: a child process on real folders. Each spawn takes
 * about a second (tsx start-up), so the folders are prepared once and reused.
 */

const ROOT = process.cwd();
const SEEDS = join(ROOT, "seeds");
const SPAWN_TIMEOUT = 60_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runScript(args: string[]): Run {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/build-graph.ts", ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: SPAWN_TIMEOUT,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    },
  );
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lines(text: string): string[] {
  return text.split("\n").filter((l) => l.trim() !== "");
}

/** graph.json as written with its details (version 2, checked against the contract), as the app holds it. */
function readGraph(file: string): Promise<OrgGraph> {
  return readGraphJson(file, { details: true });
}

/** A one-line error: no stack frames, nothing on stdout, a non-zero exit. */
function expectOneLineError(run: Run): void {
  expect(run.status).not.toBe(0);
  expect(run.status).not.toBeNull();
  expect(lines(run.stderr)).toHaveLength(1);
  expect(run.stderr).toMatch(/^graph: /);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout.trim()).toBe("");
}

let tmp = "";
let docs = "";

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "org-atlas-build-graph-"));
  docs = join(tmp, "docs");
  mkdirSync(docs);
  copyFileSync(join(SEEDS, "001_820152e02375ec20.txt"), join(docs, "director-engagement.md"));
  copyFileSync(join(SEEDS, "004_1d59c65a56009fa8.txt"), join(docs, "client-relations.txt"));
  // Ignored: a subfolder (even with .md files in it) and files that are not .md or .txt.
  mkdirSync(join(docs, "archive"));
  copyFileSync(
    join(SEEDS, "000_7f6a6eb63703d4a0.txt"),
    join(docs, "archive", "sector-director.md"),
  );
  writeFileSync(join(docs, "notes.json"), '{"title": "Chief Data Officer"}\n');
  // Text saved under a Word name: read as Word, so refused with a reason, not read as markdown.
  writeFileSync(join(docs, "org.docx"), "**Position Title:** Chief Data Officer\n");
  // A folder whose name ends in .md is a folder, not a document.
  mkdirSync(join(docs, "drafts.md"));
  // A link pointing outside the folder is not followed.
  mkdirSync(join(tmp, "outside"));
  writeFileSync(
    join(tmp, "outside", "secret.md"),
    "# Job Description\n\n**Position Title:** Director, Secret Projects\n**Reports To:** Chief Executive Officer\n",
  );
  symlinkSync(join(tmp, "outside", "secret.md"), join(docs, "linked.md"));
  // A regular file, used as a bogus parent folder for --out.
  writeFileSync(join(tmp, "file.txt"), "not a folder\n");
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("scripts/build-graph.ts", () => {
  it(
    "prints one summary line and one line per warning, writes a valid graph, identical on re-run",
    async () => {
      const out = join(tmp, "out", "graph.json");
      const first = runScript(["--seeds", docs, "--out", out]);
      expect(first.stderr).toBe("");
      expect(first.status).toBe(0);

      const output = lines(first.stdout);
      const summaries = output.filter((l) => l.startsWith("graph:"));
      expect(summaries).toHaveLength(1);
      expect(output[0]).toBe(summaries[0]);
      const summary = summaries[0] ?? "";
      const match =
        /^graph: (\d+) documents? read, (\d+) positions?, (\d+) reporting lines?, (\d+) warnings?; wrote (.+) in (\d+) ms$/.exec(
          summary,
        );
      expect(match, summary).not.toBeNull();
      const [, documents, positions, reportingLines, warnings, wrote] = match ?? [];
      expect(wrote).toContain("graph.json");
      const warningLines = output.slice(1);
      expect(warningLines).toHaveLength(Number(warnings));
      for (const line of warningLines) expect(line).toMatch(/^\s+(warning|error): \S/);

      const bytes = readFileSync(out);
      const graph = await readGraph(out);
      expect(graph.documents).toHaveLength(Number(documents));
      expect(graph.nodes).toHaveLength(Number(positions));
      expect(graph.edges).toHaveLength(Number(reportingLines));
      expect(graph.diagnostics.filter((d) => d.severity !== "info")).toHaveLength(Number(warnings));

      // Only the documents at the top level are read; the link is skipped, not followed; the
      // false Word file is listed with the reason it was not read.
      expect(graph.documents.map((d) => d.file).sort()).toEqual([
        "client-relations.txt",
        "director-engagement.md",
        "org.docx",
      ]);
      const fake = graph.documents.find((d) => d.file === "org.docx");
      expect(fake).toMatchObject({ status: "unparsed", sourceFormat: "docx" });
      expect(fake?.reason).toMatch(/damaged or incomplete/);
      expect(warningLines.some((l) => l.includes("org.docx was not read"))).toBe(true);
      const skipped = graph.diagnostics.filter((d) => d.code === "symlink-skipped");
      expect(skipped).toHaveLength(1);
      expect(skipped[0]?.message).toContain("linked.md");
      expect(warningLines.some((l) => l.includes("linked.md"))).toBe(true);
      const titles = graph.nodes.map((n) => n.title);
      expect(titles).toContain("Director, Engagement");
      expect(titles).toContain("Director, Client Relations");
      expect(titles).not.toContain("Director, Secret Projects");
      expect(titles).not.toContain("Sector Director, Citizen Services");
      expect(titles).not.toContain("Chief Data Officer");
      expect(bytes.toString("utf8")).not.toContain("Secret Projects");
      // graph.json carries no document text; each text is in its own file beside it, and is
      // the text the graph was made from.
      expect(bytes.toString("utf8")).not.toContain("General Accountability");
      for (const doc of graph.documents) {
        const text = readFileSync(join(tmp, "out", documentTextPath(doc)), "utf8");
        expect(verifiedText(doc, text)).toBe(text);
      }

      // Stable ids: a second run writes the same bytes.
      const second = runScript(["--seeds", docs, "--out", out]);
      expect(second.status).toBe(0);
      expect(readFileSync(out).equals(bytes)).toBe(true);
    },
    2 * SPAWN_TIMEOUT,
  );

  it(
    "a missing documents folder is a one-line error with a non-zero exit",
    () => {
      const run = runScript([
        "--seeds",
        join(tmp, "no-such-folder"),
        "--out",
        join(tmp, "missing.json"),
      ]);
      expectOneLineError(run);
      expect(run.stderr).toContain("no-such-folder");
    },
    SPAWN_TIMEOUT,
  );

  it(
    "an output path inside a regular file is a one-line error with a non-zero exit",
    () => {
      const run = runScript(["--seeds", docs, "--out", join(tmp, "file.txt", "graph.json")]);
      expectOneLineError(run);
      expect(run.stderr).toContain("file.txt");
    },
    SPAWN_TIMEOUT,
  );

  it(
    "an unknown argument is a one-line usage error",
    () => {
      const run = runScript(["--seeds", docs, "--output", join(tmp, "x.json")]);
      expectOneLineError(run);
      expect(run.stderr).toContain("--output");
    },
    SPAWN_TIMEOUT,
  );

  it(
    "a document the extractor trips on does not produce a multi-line error",
    async () => {
      // "(TBD)" as the title made extractGraph throw a ZodError (see bad-input.test.ts); the
      // script then printed the whole multi-line ZodError as "could not write the graph".
      const folder = join(tmp, "tbd");
      mkdirSync(folder);
      writeFileSync(
        join(folder, "placeholder.md"),
        "# Job Description\n\n**Position Title:** (TBD)\n",
      );
      copyFileSync(join(SEEDS, "004_1d59c65a56009fa8.txt"), join(folder, "client-relations.md"));
      const run = runScript(["--seeds", folder, "--out", join(tmp, "tbd.json")]);
      if (run.status === 0)
        expect((await readGraph(join(tmp, "tbd.json"))).documents).toHaveLength(2);
      else expectOneLineError(run);
    },
    SPAWN_TIMEOUT,
  );

  it(
    "--strict fails when there are warnings (the graph is still written)",
    async () => {
      const out = join(tmp, "strict.json");
      const run = runScript(["--seeds", docs, "--out", out, "--strict"]);
      expect(run.status).not.toBe(0);
      expect(lines(run.stdout)[0]).toMatch(/^graph: .* [1-9]\d* warnings?; wrote /);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toContain("--strict");
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect((await readGraph(out)).documents).toHaveLength(3);
    },
    SPAWN_TIMEOUT,
  );
});

// -------------------------------------------------------------------------------------------
// The real seeds
// -------------------------------------------------------------------------------------------

describe("scripts/build-graph.ts on seeds/", () => {
  let graph: OrgGraph;
  let stdout = "";

  beforeAll(async () => {
    const out = join(tmp, "seeds-graph.json");
    const run = runScript(["--seeds", SEEDS, "--out", out]);
    if (run.status !== 0) throw new Error(`build-graph failed (${run.status}): ${run.stderr}`);
    stdout = run.stdout;
    graph = await readGraph(out);
  }, SPAWN_TIMEOUT);

  const names = (node: GraphNode) => [node.title, ...node.aliases].map((n) => n.toLowerCase());

  /** The one node called `name` (title or alias, any case). */
  function node(name: string): GraphNode {
    const found = graph.nodes.filter((n) => names(n).includes(name.toLowerCase()));
    expect(
      found.map((n) => n.title),
      `exactly one node named "${name}"`,
    ).toHaveLength(1);
    const only = found[0];
    if (!only) throw new Error(`no node named "${name}"`);
    return only;
  }

  function managerOf(report: GraphNode): GraphNode | undefined {
    const edge = graph.edges.find((e) => e.target === report.id);
    return graph.nodes.find((n) => n.id === edge?.source);
  }

  interface Expected {
    name: string;
    classification?: string | null;
    fte?: number | null;
    ftePlanned?: boolean;
  }

  function expectReports(managerName: string, reports: Expected[]): void {
    const manager = node(managerName);
    for (const expected of reports) {
      const report = node(expected.name);
      expect(managerOf(report)?.title, `${expected.name} reports to ${managerName}`).toBe(
        manager.title,
      );
      if (expected.classification !== undefined)
        expect(report.classification, expected.name).toBe(expected.classification);
      if (expected.fte !== undefined) expect(report.fte, expected.name).toBe(expected.fte);
      if (expected.ftePlanned !== undefined)
        expect(report.ftePlanned, expected.name).toBe(expected.ftePlanned);
    }
  }

  it("reads all five seeds", () => {
    expect(graph.documents).toHaveLength(5);
    expect(lines(stdout)[0]).toMatch(
      /^graph: 5 documents read, \d+ positions, \d+ reporting lines, \d+ warnings; wrote .+ in \d+ ms$/,
    );
  });

  it("Chief Executive Officer and its reports", () => {
    expectReports("Chief Executive Officer", [
      { name: "Executive Director, Service", classification: "EX-03" },
      { name: "Director, Engagement", classification: "EX-01" },
      { name: "Chief Operating Officer", classification: "EX-03" },
      { name: "Senior Technical Advisor" },
      { name: "Chief of Staff", classification: "AS-07" },
      { name: "Head of Delivery", classification: "CS-05" },
      { name: "Expert Advisor", classification: "CS-05" },
    ]);
    expect(names(node("Chief Executive Officer"))).toContain(
      "chief executive officer, canadian digital service",
    );
  });

  it("Executive Director, Service and its reports (OCR digits repaired)", () => {
    expectReports("Executive Director, Service", [
      { name: "Manager of Delivery", classification: "CS-04", fte: 0 },
      { name: "Head of Security and Reliability Engineering", classification: "CS-05", fte: 4 },
      { name: "Head of Development", classification: "CS-05", fte: 16 },
      { name: "Head of Design Research", classification: "CS-05", fte: 9 },
      { name: "Head of Design", classification: "CS-05", fte: 13 },
      { name: "Head of Product", classification: "CS-05", fte: 8 },
    ]);
    expect(node("Executive Director, Service").aliases).toContain(
      "Director General, Business Enablement and Services",
    );
    const total = graph.diagnostics.filter((d) => d.code === "total-mismatch");
    expect(total.some((d) => d.message.includes("31") && d.message.includes("50"))).toBe(true);
  });

  it("Director, Engagement: one node from two documents, its three teams, the renamed team merged", () => {
    const director = node("Director, Engagement");
    expect(director.documentIds).toHaveLength(2);
    expectReports("Director, Engagement", [
      { name: "Outreach Team", fte: 8 },
      { name: "Policy Team", fte: 4 },
      { name: "Consulting Team", fte: 3, ftePlanned: true },
    ]);
    const renamed = node("Policy Team");
    expect(node("Partnership Team").id).toBe(renamed.id);
    const conflict = graph.diagnostics.filter(
      (d) =>
        d.code === "conflicting-name" &&
        d.message.includes("Policy Team") &&
        d.message.includes("Partnership Team"),
    );
    expect(conflict).toHaveLength(1);
    // Named on both boxes so the panel can show it beside the team and its manager.
    expect(conflict[0]?.nodeIds).toEqual(expect.arrayContaining([renamed.id, director.id]));
  });

  it("Executive Director, Citizen Services and Director General, Canada Student Loans Program", () => {
    expectReports("Executive Director, Citizen Services", [
      { name: "Sector Director, Citizen Services", classification: "EX-01" },
      { name: "Director, Operational Expertise" },
    ]);
    expectReports("Director General, Canada Student Loans Program", [
      { name: "Director, Client Relations", classification: "EX-01" },
    ]);
    expectReports("Director, Client Relations", [
      { name: "Manager, Escalation and Review" },
      { name: "Manager, Briefing and Ministerial Correspondence" },
    ]);
  });

  it("no two nodes share a title within one department", () => {
    const seen = new Map<string, string>();
    for (const n of graph.nodes) {
      const key = `${n.organization.department ?? ""}|${n.title.toLowerCase()}`;
      expect(seen.get(key), `${n.title} in ${n.organization.department}`).toBeUndefined();
      seen.set(key, n.id);
    }
  });
});
