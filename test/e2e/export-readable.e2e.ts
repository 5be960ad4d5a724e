import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import type { Locator, Page } from "playwright-core";
import { ROOT, expandAll, openChartPage, serveBuiltApp } from "./server.ts";

const OUT = path.join(ROOT, "test-output", "exports-readable");

before(() => fs.rmSync(OUT, { recursive: true, force: true }));
const app = serveBuiltApp({ dist: process.env.E2E_DIST ?? "dist", outputs: [OUT] });

async function openMenu(page: Page, name = "Export the chart"): Promise<Locator> {
  await page.locator('button[aria-haspopup="dialog"]', { hasText: /^Export(er)?$/ }).click();
  const dialog = page.getByRole("dialog", { name });
  await dialog.waitFor();
  return dialog;
}

async function save(page: Page, dialog: Locator, as: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    dialog.getByRole("button", { name: /^Export(er)?$/ }).click(),
  ]);
  const file = path.join(OUT, as);
  await download.saveAs(file);
  await dialog
    .getByRole("status")
    .filter({ hasText: /Saved|enregistré/ })
    .waitFor();
  return file;
}

/** Words of a PDF with their height in points, read by poppler's pdftotext. */
function pdfWords(file: string): Array<{ page: number; text: string; height: number }> {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  const words: Array<{ page: number; text: string; height: number }> = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page += 1;
    const m =
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(
        line,
      );
    if (m) words.push({ page, text: m[3]!, height: Number(m[2]) - Number(m[1]) });
  }
  return words;
}

/** PowerPoint slides' XML, in order. */
function slidesOf(file: string): string[] {
  const files = unzipSync(new Uint8Array(fs.readFileSync(file)));
  return Object.keys(files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
    .map((f) => strFromU8(files[f]!));
}

describe("exports people can use as they are", () => {
  it("PDF at default settings: embedded font, no text under 8 pt, pages that say where to go", async () => {
    const page = await openChartPage(app.browser, app.preview.url, {
      acceptDownloads: true,
      settled: true,
    });
    // The seeds open on their top levels; these exports are of the whole chart.
    await expandAll(page);
    const dialog = await openMenu(page);
    await dialog.getByRole("radio", { name: /^PDF/ }).check();
    const file = await save(page, dialog, "default.pdf");
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    assert.match(fonts, /DejaVu Sans Condensed\s+CID TrueType\s+Identity-H\s+yes/);
    const words = pdfWords(file);
    // A word's box is the font's height (ascent to descent) at its size: the page header, set at
    // 11 pt, gives the ratio for this font.
    const header = words.find((w) => w.page === 1 && w.text === "Organization")!;
    const ratio = header.height / 11;
    const smallest = Math.min(...words.map((w) => w.height / ratio));
    assert.ok(smallest >= 7.95, `smallest text ${smallest.toFixed(2)} pt`);
    const titles = new Set(app.graph.nodes.map((n) => n.title.split(/\s+/)[0]!));
    const titleSizes = words
      .filter((w) => w.page > 0 && titles.has(w.text) && w.height / ratio > 9.5)
      .map((w) => w.height / ratio);
    assert.ok(titleSizes.length > 0);
    console.log(
      `PDF: box titles at ${Math.min(...titleSizes).toFixed(1)}–${Math.max(...titleSizes).toFixed(1)} pt, smallest text ${smallest.toFixed(1)} pt`,
    );
    assert.ok(
      words.some((w) => w.text === "continues"),
      "a box says where its reports continue",
    );
    execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(OUT, "default-pdf")]);
    await page.close();
  });

  it("PowerPoint at default settings: 12 pt or more, lines glued to boxes", async () => {
    const page = await openChartPage(app.browser, app.preview.url, {
      acceptDownloads: true,
      settled: true,
    });
    // The seeds open on their top levels; these exports are of the whole chart.
    await expandAll(page);
    const dialog = await openMenu(page);
    await dialog.getByRole("radio", { name: /^PowerPoint/ }).check();
    const slides = slidesOf(await save(page, dialog, "default.pptx"));
    const sizes = slides.flatMap((xml) =>
      [...xml.matchAll(/<a:rPr [^>]*sz="(\d+)"/g)].map((m) => Number(m[1]) / 100),
    );
    assert.ok(Math.min(...sizes) >= 12, `smallest ${Math.min(...sizes)} pt`);
    for (const xml of slides) {
      const ids = new Set(
        [...xml.matchAll(/<p:sp><p:nvSpPr><p:cNvPr id="(\d+)"/g)].map((m) => m[1]),
      );
      for (const m of xml.matchAll(/<a:(?:stCxn|endCxn) id="(\d+)" idx="[0-3]"\/>/g))
        assert.ok(ids.has(m[1]!), `connector end ${m[1]} is a shape of its slide`);
    }
    // Each reporting line is a connector on its manager's slide (after the title and overview).
    const managerSlides = slides.slice(2).join("");
    assert.equal(managerSlides.match(/<p:cxnSp>/g)?.length, app.graph.edges.length);
    await page.close();
  });

  it("a whole-chart export after a selection is not greyed, unless asked for", async () => {
    const page = await openChartPage(app.browser, app.preview.url, {
      acceptDownloads: true,
      settled: true,
    });
    // The seeds open on their top levels; these exports are of the whole chart.
    await expandAll(page);
    await page.getByRole("group", { name: /^Head of Product,/ }).click();
    const dialog = await openMenu(page);
    await dialog.getByRole("radio", { name: /^SVG/ }).check();
    const plain = fs.readFileSync(await save(page, dialog, "selected-plain.svg"), "utf8");
    assert.doesNotMatch(plain, /opacity=/);
    await dialog.getByRole("checkbox", { name: /highlight/ }).check();
    const lit = fs.readFileSync(await save(page, dialog, "selected-highlight.svg"), "utf8");
    assert.match(lit, /opacity="0.4"/);
    await page.close();
  });

  it("PNG as a 16:9 slide with a legend", async () => {
    const page = await openChartPage(app.browser, app.preview.url, {
      acceptDownloads: true,
      settled: true,
    });
    // The seeds open on their top levels; these exports are of the whole chart.
    await expandAll(page);
    const dialog = await openMenu(page);
    await dialog.getByRole("radio", { name: "Slide 16:9" }).check();
    await dialog.getByRole("checkbox", { name: "A legend" }).check();
    const bytes = fs.readFileSync(await save(page, dialog, "slide-legend.png"));
    const ratio = bytes.readUInt32BE(16) / bytes.readUInt32BE(20);
    assert.ok(Math.abs(ratio - 16 / 9) < 0.01, `ratio ${ratio}`);
    await dialog.getByRole("radio", { name: /^SVG/ }).check();
    const svg = fs.readFileSync(await save(page, dialog, "slide-legend.svg"), "utf8");
    assert.match(svg, /<g class="legend">[\s\S]*>Team \(dashed border\)<\/text>/);
    await page.close();
  });

  it("in French: CSV headers and the deck", async () => {
    const page = await openChartPage(app.browser, app.preview.url, {
      query: "?lang=fr",
      acceptDownloads: true,
      settled: true,
    });
    await expandAll(page, "Tout déplier");
    const dialog = await openMenu(page, "Exporter l’organigramme");
    await dialog.getByRole("radio", { name: /^CSV/ }).check();
    const csv = fs.readFileSync(await save(page, dialog, "fr.csv"), "utf8");
    assert.match(csv, /^\ufeffID,Numéro de poste,Titre,ID du gestionnaire,Gestionnaire,/);
    await dialog.getByRole("radio", { name: /^PowerPoint/ }).check();
    const deck = slidesOf(await save(page, dialog, "fr.pptx")).join("");
    assert.match(deck, /Vue d’ensemble : les niveaux supérieurs/);
    // "6 subordonnés " then the link "→ diapositive 6".
    assert.match(deck, /<a:t>\d+ subordonnés <\/a:t>.*?<a:t>→ diapositive \d+<\/a:t>/s);
    await page.close();
  });
});
