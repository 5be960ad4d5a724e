import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import type { Locator, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { encodeGraph } from "../../src/core/graph/graph-file.ts";
import { syntheticOrg } from "../../src/core/graph/synthetic.ts";
import { isoDate } from "../../src/export/file-name.ts";
import { titleLines } from "../../src/export/scene.ts";
import { ROOT, openChartPage, serveBuiltApp } from "./server.ts";

const OUT = path.join(ROOT, "test-output", "exports");

// Exports of an earlier run are removed first (hooks run in the order they are declared).
before(() => fs.rmSync(OUT, { recursive: true, force: true }));
const app = serveBuiltApp({ dist: process.env.E2E_DIST ?? "dist", outputs: [OUT] });

/** Size of the whole-chart scene, read from the SVG export. */
let sceneSize: { width: number; height: number } | null = null;

const openChart = (query = ""): Promise<Page> =>
  openChartPage(app.browser, app.preview.url, {
    query,
    acceptDownloads: true,
    settled: true,
    // These tests use every position of the seeds, which open on their top levels.
    expandAll: true,
  });

const toggle = (page: Page) =>
  page.locator('button[aria-haspopup="dialog"]', { hasText: "Export" });

async function openMenu(page: Page): Promise<Locator> {
  await toggle(page).click();
  const dialog = page.getByRole("dialog", { name: "Export the chart" });
  await dialog.waitFor();
  return dialog;
}

/** Clicks Export in the panel and saves the download under test-output/exports/`as`. */
async function exportFile(
  page: Page,
  dialog: Locator,
  as?: string,
): Promise<{ file: string; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    dialog.getByRole("button", { name: "Export", exact: true }).click(),
  ]);
  const name = download.suggestedFilename();
  const file = path.join(OUT, as ?? name);
  await download.saveAs(file);
  await dialog.getByRole("status").filter({ hasText: "Saved" }).waitFor();
  return { file, name };
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  assert.deepEqual(
    [...bytes.subarray(0, 8)],
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    "PNG signature",
  );
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface SvgSummary {
  ok: boolean;
  titles: string[];
  edges: number;
  foreignObjects: number;
  width: number;
  height: number;
}

/** Parses an exported SVG with the browser's own XML parser. */
function readSvg(page: Page, file: string): Promise<SvgSummary> {
  return page.evaluate(
    (text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const root = doc.documentElement;
      return {
        ok: doc.querySelector("parsererror") === null && root.localName === "svg",
        titles: [...doc.querySelectorAll("text.title")].map((t) =>
          (t.textContent ?? "").replace(/\s+/g, " ").trim(),
        ),
        edges: doc.querySelectorAll("path.edge").length,
        foreignObjects: doc.querySelectorAll("foreignObject").length,
        width: Number(root.getAttribute("width")),
        height: Number(root.getAttribute("height")),
      };
    },
    fs.readFileSync(file, "utf8"),
  );
}

const today = () => isoDate(new Date());

/** The first page of a PDF as a PNG to look at, when poppler's pdftoppm is installed. */
function renderFirstPage(pdf: string): void {
  try {
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "110",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      pdf.replace(/\.pdf$/, "-page1"),
    ]);
  } catch {
    // Optional: only for looking at the result.
  }
}

describe("export in Chromium", () => {
  it("SVG: every visible title as text and one line per reporting line", async () => {
    const page = await openChart();
    const dialog = await openMenu(page);
    await dialog.getByRole("radio", { name: /^SVG/ }).check();
    const { file, name } = await exportFile(page, dialog, "chart.svg");
    assert.equal(name, `org-chart-${today()}.svg`);
    const svg = await readSvg(page, file);
    assert.equal(svg.ok, true);
    assert.deepEqual(svg.titles.sort(), app.graph.nodes.map((n) => n.title).sort());
    assert.equal(svg.edges, app.graph.edges.length);
    assert.equal(svg.foreignObjects, 0);
    sceneSize = { width: svg.width, height: svg.height };
    await page.close();
  });

  it("PNG: a real image whose size follows the scale (2x is twice 1x)", async () => {
    const page = await openChart();
    let dialog = await openMenu(page);
    await dialog.getByRole("radio", { name: /^PNG/ }).check();
    await dialog.getByLabel("Scale").selectOption("1");
    const one = await exportFile(page, dialog, "chart-1x.png");
    assert.equal(one.name, `org-chart-${today()}.png`);
    await dialog.getByLabel("Scale").selectOption("2");
    await dialog.getByRole("radio", { name: "Transparent" }).check();
    const two = await exportFile(page, dialog, "chart-2x-transparent.png");
    const a = pngSize(one.file);
    const b = pngSize(two.file);
    assert.ok(a.width > 1000 && a.height > 300, `1x is ${a.width} x ${a.height}`);
    assert.deepEqual(b, { width: 2 * a.width, height: 2 * a.height });
    if (sceneSize) assert.deepEqual(a, sceneSize);
    // Escape closes the panel and gives focus back to its button.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    assert.equal(await toggle(page).evaluate((el) => el === document.activeElement), true);
    dialog = await openMenu(page);
    assert.equal(await dialog.getByRole("radio", { name: /selected position/ }).isDisabled(), true);
    await page.close();
  });

  it("PDF: readable pages by default, or one fitted page, with the titles as text", async () => {
    const page = await openChart();
    const dialog = await openMenu(page);
    await dialog.getByRole("radio", { name: /^PDF/ }).check();
    const pages = await exportFile(page, dialog, "chart-pages.pdf");
    assert.equal(pages.name, `org-chart-${today()}.pdf`);
    const read = await extractText(
      await getDocumentProxy(new Uint8Array(fs.readFileSync(pages.file))),
      { mergePages: false },
    );
    assert.ok(read.totalPages > 1, `${read.totalPages} pages`);
    const all = read.text.join("\n");
    for (const n of app.graph.nodes) assert.ok(all.includes(titleLines(n.title)[0]!), n.title);
    renderFirstPage(pages.file);

    await dialog.getByLabel("Paper").selectOption("a4");
    await dialog.getByLabel("Pages").selectOption("fit");
    const fit = await exportFile(page, dialog, "chart-fit.pdf");
    const fitted = await extractText(
      await getDocumentProxy(new Uint8Array(fs.readFileSync(fit.file))),
      { mergePages: true },
    );
    assert.equal(fitted.totalPages, 1);
    for (const n of app.graph.nodes)
      for (const line of titleLines(n.title)) assert.ok(fitted.text.includes(line), line);
    assert.match(await dialog.getByRole("note").innerText(), /smallest text is/);
    await page.close();
  });

  it("PowerPoint: a deck with a slide per manager and the titles as text", async () => {
    const page = await openChart();
    const dialog = await openMenu(page);
    await dialog.getByRole("radio", { name: /^PowerPoint/ }).check();
    const { file, name } = await exportFile(page, dialog, "chart.pptx");
    assert.equal(name, `org-chart-${today()}.pptx`);
    const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const slides = Object.keys(files)
      .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .map((f) => strFromU8(files[f]!));
    const managers = new Set(app.graph.edges.map((e) => e.source));
    // A title slide, an overview, and a slide for each manager (none here has too many reports).
    assert.equal(slides.length, 2 + managers.size);
    const xml = slides.join("\n");
    for (const n of app.graph.nodes)
      assert.ok(xml.includes(`<a:t>${n.title.replace(/&/g, "&amp;")}</a:t>`), n.title);
    for (const s of slides) assert.match(s, /<p:ph[^>]*type="title"/);
    await page.close();
  });

  it("CSV and app.graph JSON: one row per position, and the app.graph", async () => {
    const page = await openChart();
    const dialog = await openMenu(page);
    await dialog.getByRole("radio", { name: /^CSV/ }).check();
    const csv = await exportFile(page, dialog, "chart.csv");
    assert.equal(csv.name, `org-chart-${today()}.csv`);
    const lines = fs
      .readFileSync(csv.file, "utf8")
      .replace(/^\ufeff/, "")
      .split("\r\n")
      .filter(Boolean);
    assert.match(
      lines[0]!,
      /^ID,Position number,Title,Manager ID,Manager,Classification,FTEs,FTE status,/,
    );
    assert.equal(lines.length - 1, app.graph.nodes.length);
    await dialog.getByRole("radio", { name: /^Graph JSON/ }).check();
    const json = await exportFile(page, dialog, "chart.json");
    // The whole chart's JSON is graph.json itself (version 2, as the prebuild wrote it).
    assert.deepEqual(JSON.parse(fs.readFileSync(json.file, "utf8")), encodeGraph(app.graph));
    await page.close();
  });

  it("the selected position and its reports, named after it", async () => {
    const page = await openChart();
    await page.getByRole("group", { name: /^Executive Director, Service,/ }).click();
    const dialog = await openMenu(page);
    await dialog
      .getByRole("radio", { name: "Executive Director, Service and its reports" })
      .check();
    await dialog.getByRole("radio", { name: /^SVG/ }).check();
    const { file, name } = await exportFile(page, dialog, "subtree.svg");
    assert.equal(name, `cds-executive-director-service-${today()}.svg`);
    const root = app.graph.nodes.find((n) => n.title === "Executive Director, Service")!;
    const expected = [root.id];
    for (let i = 0; i < expected.length; i++) {
      for (const e of app.graph.edges) if (e.source === expected[i]) expected.push(e.target);
    }
    const svg = await readSvg(page, file);
    const titles = expected.map((id) => app.graph.nodes.find((n) => n.id === id)!.title);
    assert.deepEqual(svg.titles.sort(), titles.sort());
    assert.equal(svg.edges, expected.length - 1);
    await dialog.getByRole("radio", { name: /^PNG/ }).check();
    await exportFile(page, dialog, "subtree-2x.png");
    await dialog.getByRole("radio", { name: "What is on screen" }).check();
    await dialog.getByRole("radio", { name: /^SVG/ }).check();
    const view = await exportFile(page, dialog, "view.svg");
    assert.equal(view.name, `org-chart-view-${today()}.svg`);
    const shown = (await readSvg(page, view.file)).titles.length;
    assert.ok(shown > 0 && shown <= app.graph.nodes.length);
    await page.close();
  });

  it("a chart too large for one canvas is scaled down with a message, with progress shown", async () => {
    const body = JSON.stringify(encodeGraph(syntheticOrg(1_000, { orgs: 1, fanout: 8 })));
    const page = await app.browser.newPage({
      viewport: { width: 1600, height: 1000 },
      acceptDownloads: true,
    });
    await page.route("**/graph.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body }),
    );
    await page.route("**/layout.json", (route) => route.fulfill({ status: 404, body: "" }));
    // The wide layout: three levels make one long row.
    await page.goto(`${app.preview.url}?layout=wide`);
    await page.locator(".react-flow__node-position").first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelector(".chart")?.getAttribute("data-engine") === "elk",
      null,
      {
        timeout: 60_000,
      },
    );
    // Three levels (73 boxes): too large for one canvas at 4x, small enough to scale down.
    await page.getByRole("button", { name: "Show 3 levels" }).click();
    await page.waitForFunction(
      () => document.querySelectorAll(".react-flow__node-position").length === 73,
    );
    await page.waitForFunction(
      () => document.querySelector(".chart")?.getAttribute("data-pending") === "false",
      null,
      { timeout: 60_000 },
    );
    await page.evaluate(() => {
      const w = window as unknown as { __sawProgress: boolean };
      w.__sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[role="progressbar"], progress')) w.__sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    const dialog = await openMenu(page);
    await dialog.getByLabel("Scale").selectOption("4");
    const { file } = await exportFile(page, dialog, "large-4x.png");
    const size = pngSize(file);
    assert.ok(size.width <= 16_384 && size.height <= 16_384, `${size.width} x ${size.height}`);
    assert.match(await dialog.getByRole("note").innerText(), /scaled down to|split into/);
    assert.equal(
      await page.evaluate(() => (window as unknown as { __sawProgress: boolean }).__sawProgress),
      true,
    );
    await page.close();
  });
});
