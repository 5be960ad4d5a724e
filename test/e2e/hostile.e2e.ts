import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { visibleNodes } from "../../src/core/graph/queries.ts";
import { defaultCollapsed } from "../../src/core/layout/readable.ts";
import type { GraphFile } from "../../src/core/graph/file-schema.ts";
import { decodeGraph } from "../../src/core/graph/graph-file.ts";
import { buildLayouts } from "../../scripts/build-layout.ts";
import { prerender } from "../../scripts/prerender.ts";
import { ROOT, launchChromium, startPreview } from "./server.ts";
import type { Preview } from "./server.ts";

/** Text a hostile author might put in a job description, each with a name for the report. */
const HOSTILE: Array<{ name: string; payload: string }> = [
  { name: "script tag", payload: "<script>alert(1)</script>" },
  { name: "img onerror", payload: "<img src=x onerror=alert(1)>" },
  { name: "javascript: link", payload: "[link](javascript:alert(1))" },
  { name: "svg onload", payload: "<svg onload=alert(1)>" },
  { name: "attribute breakout + iframe", payload: '"><iframe src="https://evil.example/">' },
  { name: "markdown image to remote", payload: "![x](https://evil.example/pixel.png)" },
  { name: "style @import", payload: "<style>@import url(https://evil.example/x.css)</style>" },
  { name: "template injection", payload: "{{constructor.constructor('alert(1)')()}}" },
  { name: "prerendered-markup breakout", payload: "</template><script>alert(2)</script>" },
  { name: "RTL override + zero-width", payload: "Dir\u202Ector\u200B\u200Dx\uFEFF" },
  { name: "very long title", payload: "Director of ".repeat(150) + "Everything" },
];

function documentFor(i: number, payload: string): string {
  return [
    "# Job Description",
    "",
    "## Position Details",
    "",
    `*   **Position Title:** Director ${i + 1} ${payload}`,
    `*   **Position Number:** ${9000 + i}`,
    "*   **Level:** CS-05",
    "*   **Organization:** Hostile Division",
    "*   **Department:** Test Department",
    "*   **Reports To:** Chief Hostile Officer",
    "",
    "## General Accountability",
    "",
    `The position is accountable for ${payload} and for this sentence: ${payload}`,
    "",
    "## Organization Structure",
    "",
    `The ${payload} is one of the positions reporting to the Chief Hostile Officer.`,
    "",
  ].join("\n");
}

const ROOT_DOC = [
  "# Job Description",
  "",
  "## Position Details",
  "",
  "*   **Position Title:** Chief Hostile Officer",
  "*   **Level:** EX-03",
  "*   **Organization:** Hostile Division",
  "*   **Department:** Test Department",
  "",
  "## General Accountability",
  "",
  "The Chief Hostile Officer leads the division.",
  "",
].join("\n");

let preview: Preview;
let browser: Browser;
let graph: GraphFile;
let graphJson: string;
let tmp: string;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "atlas-hostile-"));
  const seeds = path.join(tmp, "seeds");
  fs.mkdirSync(seeds);
  fs.writeFileSync(path.join(seeds, "000_root.md"), ROOT_DOC);
  HOSTILE.forEach((h, i) =>
    fs.writeFileSync(
      path.join(seeds, `${String(i + 1).padStart(3, "0")}_hostile.md`),
      documentFor(i, h.payload),
    ),
  );
  const out = path.join(tmp, "graph.json");
  execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/build-graph.ts", "--seeds", seeds, "--out", out],
    { cwd: ROOT, stdio: "pipe" },
  );
  graphJson = fs.readFileSync(out, "utf8");
  graph = JSON.parse(graphJson) as GraphFile;
  preview = await startPreview();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await preview?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function watchedPage(at: Preview): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  const origin = new URL(at.url).origin;
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
      problems.push(`request left the page: ${url}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems };
}

async function openHostile(body: string): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await watchedPage(preview);
  await page.route("**/graph.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }),
  );
  // Its documents' texts and details files (facts and sources, read when a panel opens) are the
  // ones the prebuild wrote beside its graph.json.
  for (const [folder, contentType] of [
    ["documents", "text/plain; charset=utf-8"],
    ["details", "application/json"],
  ] as const)
    await page.route(`**/${folder}/*`, (route) =>
      route.fulfill({
        status: 200,
        contentType,
        body: fs.readFileSync(
          path.join(tmp, folder, path.basename(new URL(route.request().url()).pathname)),
        ),
      }),
    );
  // The prebuilt layouts belong to the real graph; this graph is laid out in the browser.
  await page.route("**/layout.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(preview.url);
  await page.locator(".react-flow__node-position").first().waitFor({ timeout: 15_000 });
  return { page, problems };
}

/** Titles replaced by the hostile texts themselves (the schema accepts any string). */
function withHostileTitles(): GraphFile {
  const tampered = structuredClone(graph);
  for (const h of HOSTILE)
    tampered.nodes.find((n) => n.id === nodeFor(h.payload)!.id)!.title = h.payload;
  return tampered;
}

/** Elements and attributes that only an injection could have put in the page. */
function injected(page: Page) {
  return page.evaluate(() => ({
    handlers: document.querySelectorAll("[onerror],[onload],[onclick],[onmouseover]").length,
    scripts: [...document.scripts].filter((s) => !s.src).length,
    iframes: document.querySelectorAll("iframe, object, embed").length,
    imgs: document.querySelectorAll("img").length,
    styles: [...document.querySelectorAll("style")].filter((s) => /evil/.test(s.textContent ?? ""))
      .length,
    jsLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
  }));
}

/** A document's text as the prebuild wrote it beside graph.json. */
function textOf(documentId: string): string {
  return fs.readFileSync(path.join(tmp, "documents", `${documentId}.txt`), "utf8");
}

/** Each hostile input's node: the one whose own job description contains it. */
function nodeFor(payload: string) {
  return graph.nodes.find((n) => (n.documentIds ?? []).some((d) => textOf(d).includes(payload)));
}

async function panelText(page: Page, id: string): Promise<string> {
  // The keyboard reaches boxes outside the viewport too (Enter opens the panel).
  await page.locator(`.react-flow__node[data-id="${id}"]`).focus();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("complementary", { name: "Position details" });
  await panel.getByRole("article").first().waitFor();
  await page.waitForFunction(
    (nodeId) =>
      document
        .querySelector(".react-flow__node[data-id] .box--selected")
        ?.closest("[data-id]")
        ?.getAttribute("data-id") === nodeId,
    id,
  );
  await panel.getByRole("button", { name: "Show raw text" }).first().click();
  await panel.locator("pre.doc__raw").first().waitFor();
  return panel.innerText();
}

describe("hostile documents", () => {
  it("are shown as text: no dialog, no injected element, no request off the page", async () => {
    // 1. The graph as the prebuild writes it from hostile documents.
    const built = await openHostile(graphJson);
    const baseline = await injected(built.page);
    const rows: Array<{ input: string; title: string; body: string; tampered: string }> = [];
    for (const h of HOSTILE) {
      const node = nodeFor(h.payload);
      assert.ok(node, `${h.name}: the document became a position`);
      const text = await panelText(built.page, node.id);
      const clean = JSON.stringify(await injected(built.page)) === JSON.stringify(baseline);
      rows.push({
        input: h.name,
        title: JSON.stringify(node.title.length > 60 ? `${node.title.slice(0, 57)}…` : node.title),
        body: text.includes(h.payload) && clean ? "literal, nothing injected" : "FAIL",
        tampered: "",
      });
    }
    await built.page.getByRole("button", { name: "Outline" }).click();
    await built.page.getByRole("tree").waitFor();
    await built.page.getByRole("combobox", { name: "Search positions" }).fill("script");
    await built.page.locator('[role="listbox"][data-results-for="script"]').waitFor({
      state: "attached",
    });
    assert.deepEqual(await injected(built.page), baseline, "outline and search inject nothing");
    assert.deepEqual(built.problems, []);
    await built.page.close();

    // 2. A graph.json edited by hand so each title is exactly the hostile text (the schema
    //    accepts any string): the app's rendering is the only defence left.
    const hand = await openHostile(JSON.stringify(withHostileTitles()));
    for (const [i, h] of HOSTILE.entries()) {
      const id = nodeFor(h.payload)!.id;
      await panelText(hand.page, id);
      const heading = await hand.page.locator("#panel-title").innerText();
      const label =
        (await hand.page
          .locator(`.react-flow__node[data-id="${id}"]`)
          .getAttribute("aria-label")) ?? "";
      const clean = JSON.stringify(await injected(hand.page)) === JSON.stringify(baseline);
      rows[i]!.tampered =
        heading.replace(/\s+/g, " ").trim() === h.payload.replace(/\s+/g, " ").trim() &&
        label.startsWith(h.payload) &&
        clean
          ? "literal in box, panel, name"
          : `FAIL (${JSON.stringify(heading.slice(0, 40))})`;
    }
    await hand.page.getByRole("button", { name: "Outline" }).click();
    await hand.page.getByRole("combobox", { name: "Search positions" }).fill("alert");
    await hand.page.locator('[role="listbox"][data-results-for="alert"]').waitFor({
      state: "attached",
    });
    const end = await injected(hand.page);
    console.log(
      [
        "",
        `hostile inputs tried: ${HOSTILE.length} (each in a title and a body, then as a whole title in a hand-edited graph.json)`,
        "| input | title after extraction | body in the panel | hand-edited title |",
        "|---|---|---|---|",
        ...rows.map((r) => `| ${r.input} | ${r.title} | ${r.body} | ${r.tampered} |`),
        "",
      ].join("\n"),
    );
    assert.deepEqual(hand.problems, []);
    assert.deepEqual(end, baseline, "outline and search inject nothing");
    assert.deepEqual(
      rows.filter((r) => r.body.startsWith("FAIL") || r.tampered.startsWith("FAIL")),
      [],
    );
    assert.equal(baseline.handlers + baseline.iframes + baseline.jsLinks + baseline.styles, 0);
    await hand.page.close();
  });

  it("are shown as text in a first view prerendered from them, before and after the app loads", async () => {
    // The app built on a graph.json whose titles are the hostile texts: its first view is in
    // index.html itself.
    const dist = path.join(tmp, "dist");
    fs.cpSync(path.join(ROOT, "dist"), dist, { recursive: true });
    const tampered = withHostileTitles();
    fs.writeFileSync(path.join(dist, "graph.json"), JSON.stringify(tampered));
    await buildLayouts({
      graph: path.join(dist, "graph.json"),
      out: path.join(dist, "layout.json"),
    });
    await prerender(dist);
    const page = fs.readFileSync(path.join(dist, "index.html"), "utf8");
    assert.equal(page.match(/<script/g)?.length, 3, "the two inline scripts and the app's entry");
    const ix = buildIndex(decodeGraph(tampered));
    const shown = visibleNodes(ix, { collapsed: defaultCollapsed(ix), organization: null });
    const hostileShown = HOSTILE.filter((h) => shown.includes(nodeFor(h.payload)!.id));
    assert.ok(hostileShown.length >= 5, `${hostileShown.length} hostile titles in the first view`);

    const own = await startPreview(dist);
    try {
      for (const appCode of ["blocked", "loaded"] as const) {
        const { page: tab, problems } = await watchedPage(own);
        if (appCode === "blocked") await tab.route("**/assets/*.js", (route) => route.abort());
        await tab.goto(own.url);
        await tab.locator("#root[data-first-view=en]").waitFor({ timeout: 10_000 });
        if (appCode === "loaded") {
          await tab.waitForFunction(() => performance.getEntriesByName("atlas:hydrate").length);
          await tab.waitForFunction(
            () => performance.getEntriesByName("atlas:chart-committed").length,
          );
        }
        const found = await injected(tab);
        assert.deepEqual(
          { ...found, scripts: 0 },
          { handlers: 0, scripts: 0, iframes: 0, imgs: 0, styles: 0, jsLinks: 0 },
          appCode,
        );
        assert.equal(found.scripts, 2, `${appCode}: only the page's own two inline scripts`);
        for (const h of hostileShown) {
          const id = nodeFor(h.payload)!.id;
          const box = tab.locator(`.react-flow__node[data-id="${id}"]`);
          assert.ok((await box.getAttribute("aria-label"))?.startsWith(h.payload), h.name);
        }
        assert.deepEqual(problems, [], appCode);
        await tab.close();
      }
    } finally {
      await own.stop();
    }
  });
});
