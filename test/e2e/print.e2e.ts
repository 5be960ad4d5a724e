import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { encodeGraph } from "../../src/core/graph/graph-file.ts";
import { syntheticOrg } from "../../src/core/graph/synthetic.ts";
import { chartReady, expandAll, ROOT, serveBuiltApp } from "./server.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const OUT = path.join(ROOT, "test-output", "print");
const app = serveBuiltApp({ outputs: [SHOTS, OUT] });

async function open(query = "", theme?: string): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  if (theme) await page.addInitScript(`localStorage.setItem("org-atlas.theme", "${theme}")`);
  await page.goto(app.preview.url + query);
  await chartReady(page);
  await page.waitForFunction(() => document.querySelector(".chart[data-pending=false]"), null, {
    timeout: 30_000,
  });
  // The seeds open on their top levels; these scenarios start from the whole chart.
  await expandAll(page, query.includes("lang=fr") ? "Tout déplier" : "Expand all");
  return page;
}

interface Word {
  text: string;
  page: number;
  xMin: number;
  xMax: number;
  height: number;
}

/** Prints the page to a PDF as Chrome's Print does (CSS page size), and reads its words back. */
async function printed(
  page: Page,
  name: string,
): Promise<{ pages: number; size: string; words: Word[] }> {
  const file = path.join(OUT, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync("pdfinfo", [file]).toString();
  const html = execFileSync("pdftotext", ["-bbox", file, "-"]).toString();
  const words: Word[] = [];
  let n = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) n += 1;
    const m = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</.exec(line);
    if (m)
      words.push({ text: m[5]!, page: n, xMin: +m[1]!, xMax: +m[3]!, height: +m[4]! - +m[2]! });
  }
  for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith(`${name}-`)))
    fs.rmSync(path.join(OUT, old));
  execFileSync("pdftoppm", ["-png", "-r", "60", file, path.join(OUT, name)]);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)![1]!,
    words,
  };
}

/** pdftotext's word boxes are about 1.36 times the font size (Noto Sans, measured). */
const fontPt = (w: Word) => w.height / 1.36;

describe("printing", () => {
  it("the Print button prints", async () => {
    const page = await open();
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    await page.getByRole("banner").getByRole("button", { name: "Print" }).click();
    assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);
    await page.close();
  });

  it("prints every box, readable and uncropped, on landscape pages, leaving the screen as it was", async () => {
    const page = await open("", "dark");
    const before = await page.evaluate(
      () => getComputedStyle(document.querySelector(".react-flow__viewport")!).transform,
    );
    const pdf = await printed(page, "chart");
    assert.equal(pdf.size, "792 x 612", "landscape Letter");
    const text = new Set(pdf.words.map((w) => w.text));
    for (const node of app.graph.nodes) {
      for (const word of node.title.split(/\s+/))
        assert.ok(text.has(word), `"${word}" of ${node.title}`);
    }
    const titles = pdf.words.filter((w) => w.text === "Chief" || w.text === "Head");
    assert.ok(titles.length >= 5);
    for (const w of titles) assert.ok(fontPt(w) >= 8.9, `title at ${fontPt(w).toFixed(1)} pt`);
    for (const w of pdf.words) assert.ok(w.xMin >= 0 && w.xMax <= 792, `"${w.text}" on the page`);
    if (pdf.pages > 1) {
      assert.ok(pdf.words.some((w) => w.text === `${pdf.pages})` || w.text === String(pdf.pages)));
    }
    // Paper is white whatever the theme on screen.
    const corner = execFileSync("convert", [
      path.join(OUT, `chart-${pdf.pages > 9 ? "01" : "1"}.png`),
      "-format",
      "%[pixel:p{4,4}]",
      "info:",
    ]).toString();
    assert.match(corner, /white|rgb\(255,255,255\)|srgb\(255,255,255\)/);
    assert.equal(
      await page.locator(".print-pages").count(),
      0,
      "the pages are gone after printing",
    );
    const after = await page.evaluate(
      () => getComputedStyle(document.querySelector(".react-flow__viewport")!).transform,
    );
    assert.equal(after, before, "the screen's view is untouched");
    console.log(`# printed on ${pdf.pages} page(s); titles at ${fontPt(titles[0]!).toFixed(1)} pt`);
    await page.close();
  });

  it("a small chart prints on one page, larger; labels are in French in French", async () => {
    const page = await open("?org=Learning&lang=fr");
    const pdf = await printed(page, "learning-fr");
    assert.equal(pdf.pages, 1);
    const title = pdf.words.find((w) => w.text === "Director")!;
    assert.ok(fontPt(title) >= 10, `title at ${fontPt(title).toFixed(1)} pt`);
    await page.close();
    const poster = await open("?lang=fr");
    const many = await printed(poster, "chart-fr");
    if (many.pages > 1) {
      const label = many.words
        .slice(0, 8)
        .map((w) => w.text)
        .join(" ");
      assert.ok(
        many.words.some((w) => w.text === "sur"),
        `« page 1 sur N »: ${label}`,
      );
    }
    await poster.close();
  });

  it("a chart too large to draw whole prints, readably, what is on screen and says so", async () => {
    const body = JSON.stringify(encodeGraph(syntheticOrg(1_000, { orgs: 1, fanout: 8 })));
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.route("**/graph.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body }),
    );
    await page.goto(app.preview.url);
    await chartReady(page);
    await page.getByRole("button", { name: "Expand all" }).click();
    await page.waitForFunction(() => document.querySelector(".chart[data-pending=false]"), null, {
      timeout: 60_000,
    });
    // Zoomed in on part of it, as a reader would before printing.
    const zoomIn = page.getByRole("button", { name: "Zoom In" });
    const zoom = () =>
      page.evaluate(
        () =>
          new DOMMatrix(
            getComputedStyle(document.querySelector(".react-flow__viewport")!).transform,
          ).a,
      );
    for (let i = 0; i < 30 && (await zoom()) < 0.5; i++) await zoomIn.click();
    assert.ok((await zoom()) >= 0.5);
    const pdf = await printed(page, "large");
    assert.ok(pdf.pages >= 1 && pdf.pages <= 20, `${pdf.pages} pages`);
    const pages = new Set(pdf.words.filter((w) => w.text === "PDF").map((w) => w.page));
    assert.equal(pages.size, pdf.pages, "every page points to Export → PDF");
    const titles = pdf.words.filter((w) =>
      /^(Director|Manager|Senior|Analyst|Deputy|Lead),?$/.test(w.text),
    );
    assert.ok(titles.length > 0, "titles printed");
    for (const w of titles) {
      assert.ok(fontPt(w) >= 8.9, `title at ${fontPt(w).toFixed(1)} pt on ${pdf.pages} pages`);
    }
    await page.close();
  });
});
