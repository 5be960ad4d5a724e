import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { buildGraph } from "../../scripts/build-graph.ts";
import { ROOT, chartReady, serveBuiltApp } from "./server.ts";

/*
 * The whole real corpus (test/fixtures/corpus: 82 markdown and 10 OCR job descriptions) charted
 * by the prebuild and opened in the built app at a laptop's size.
 */
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [SHOTS] });
let out = "";

before(async () => {
  // The prebuild reads one folder: the corpus's two subfolders are put side by side.
  const seeds = fs.mkdtempSync(path.join(os.tmpdir(), "corpus-seeds-"));
  for (const sub of ["md", "ocr"]) {
    const from = path.join(ROOT, "test/fixtures/corpus", sub);
    for (const name of fs.readdirSync(from))
      fs.copyFileSync(path.join(from, name), path.join(seeds, name));
  }
  out = fs.mkdtempSync(path.join(os.tmpdir(), "corpus-graph-"));
  await buildGraph({ seeds, out: path.join(out, "graph.json"), strict: false });
});

async function openCorpus(): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  await page.route("**/graph.json", (route) =>
    route.fulfill({
      status: 200,
      contentType: "application/json",
      path: path.join(out, "graph.json"),
    }),
  );
  // The prebuilt layouts belong to the built-in chart; this one is laid out in the browser.
  await page.route("**/layout.json", (route) => route.fulfill({ status: 404, body: "" }));
  await page.route("**/documents/*.txt", (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split("/").pop()!);
    return route.fulfill({
      status: 200,
      contentType: "text/plain; charset=utf-8",
      path: path.join(out, "documents", name),
    });
  });
  await page.goto(app.preview.url);
  await chartReady(page);
  await page.waitForFunction(() => document.querySelector(".chart[data-pending=false]"));
  return page;
}

const graphOf = () =>
  JSON.parse(fs.readFileSync(path.join(out, "graph.json"), "utf8")) as {
    nodes: Array<{
      id: string;
      title: string;
      positionCount?: number | "several";
      undescribedReports?: number;
    }>;
  };

describe("the whole corpus as a chart", () => {
  it("draws one frame per organization, branches whole, lone positions in one Unplaced frame", async () => {
    const page = await openCorpus();
    const labels = await page
      .locator(".org-frame__label")
      .evaluateAll((els) =>
        els.map((e) => e.querySelector(".org-frame__name")?.textContent ?? e.textContent ?? ""),
      );
    assert.ok(labels.length > 10, `frames: ${labels.length}`);
    assert.equal(labels.filter((l) => l.startsWith("Unplaced")).length, 1, labels.join(" | "));
    // "Skills and Employment" is one frame, not the branch beside "Branch — Department".
    const skills = labels.filter((l) => l.startsWith("Skills and Employment"));
    assert.equal(skills.length, 1, skills.join(" | "));
    // Every box is inside exactly one frame, and frames do not overlap.
    // A string: tsx's helpers (it names inner functions) must not reach the page.
    const geometry = (await page.evaluate(`(() => {
      const rect = (e) => e.getBoundingClientRect();
      const frames = [...document.querySelectorAll(".react-flow__node-org")].map(rect);
      const boxes = [...document.querySelectorAll(".react-flow__node-position")].map(rect);
      const inside = (b, f) =>
        b.left >= f.left - 1 && b.right <= f.right + 1 && b.top >= f.top - 1 && b.bottom <= f.bottom + 1;
      const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return {
        orphans: boxes.filter((b) => frames.filter((f) => inside(b, f)).length !== 1).length,
        overlaps: frames.filter((a, i) => frames.some((b, j) => j > i && meet(a, b))).length,
        boxes: boxes.length,
      };
    })()`)) as { orphans: number; overlaps: number; boxes: number };
    assert.equal(geometry.orphans, 0);
    assert.equal(geometry.overlaps, 0);
    assert.equal(geometry.boxes, graphOf().nodes.length);
    await page.screenshot({ path: path.join(SHOTS, "corpus-first-view.png") });
    await page.close();
  });

  it("shows a '+N not described' marker and a 'N positions' badge on real documents' boxes", async () => {
    const page = await openCorpus();
    const graph = graphOf();
    const manager = graph.nodes.find(
      (n) => n.title === "Director, Integrated Planning and Accountability" && n.undescribedReports,
    )!;
    const group = graph.nodes.find((n) => n.title === "Policy Manager" && n.positionCount === 3)!;
    const box = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
    const marker = box(manager.id).locator(".box__undescribed");
    await marker.waitFor();
    assert.equal(await marker.textContent(), `+${manager.undescribedReports} not described`);
    assert.match(
      (await box(manager.id).getAttribute("aria-label"))!,
      /more reports? a document mentions but none describes$/,
    );
    // The marker sits inside its box, clear of the reporting lines under it.
    const [m, b] = await Promise.all([marker.boundingBox(), box(manager.id).boundingBox()]);
    assert.ok(m && b && m.y + m.height <= b.y + b.height + 0.5, "marker within its box");
    assert.equal(await box(group.id).locator(".count-badge").textContent(), "3 positions");
    assert.match(
      (await box(group.id).getAttribute("aria-label"))!,
      /^Policy Manager, 3 identical positions/,
    );
    // Not a position: search does not find it.
    await page.getByRole("combobox", { name: "Search positions" }).fill("not described");
    await page.getByText("No position matches").waitFor();
    await marker.scrollIntoViewIfNeeded();
    await box(manager.id).screenshot({ path: path.join(SHOTS, "corpus-marker-box.png") });
    await page.close();
  });
});
