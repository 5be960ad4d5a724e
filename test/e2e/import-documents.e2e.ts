import assert from "node:assert/strict";
import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { describe, it } from "node:test";
import { strFromU8, unzipSync } from "fflate";
import type { WholeGraphFile } from "../../src/core/graph/file-schema.ts";
import type { Page } from "playwright-core";
import { ROOT, chartReady, serveBuiltApp } from "./server.ts";
import { dropFiles, fixture, importOutcome, pickFiles, watchRequests } from "./import-helpers.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [SHOTS] });

const panel = (page: Page) => page.getByRole("complementary", { name: "Position details" });

/** Finds a position with the search box and opens its panel. */
async function searchAndOpen(page: Page, query: string, title: string): Promise<void> {
  await page.getByRole("combobox", { name: "Search positions" }).fill(query);
  await page
    .getByRole("listbox", { name: "Matching positions" })
    .getByRole("option", { name: new RegExp(`^${title}`) })
    .first()
    .click();
  await panel(page).getByRole("heading", { level: 2, name: title }).waitFor();
}

describe("your own documents, read in the browser", () => {
  it("picked and dropped files become the chart, kept over a reload, removed; no request leaves the origin", async () => {
    const context = await app.browser.newContext({
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
    });
    const requests = watchRequests(context, app.preview.url.replace(/\/$/, ""));
    const page = await context.newPage();
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    await page.goto(app.preview.url);
    await chartReady(page);

    // A Word file, a text PDF whose size is stated on its second page, and a scan (OCR).
    await pickFiles(page, [
      fixture("docx/cra-manager-domestic-collections.docx"),
      fixture("pdf/statcan-director-data-services.pdf"),
      fixture("scan/esdc-director-ei-processing.scan.pdf"),
    ]);
    const progress = page.getByRole("region", { name: "Opening documents" });
    await progress.getByRole("progressbar").waitFor();
    assert.match(await progress.innerText(), /Reading \d of 3: /);
    assert.match(await importOutcome(page), /^Read 3 files: the chart has \d+ positions\.$/);
    await page.screenshot({ path: path.join(SHOTS, "import-done.png") });
    assert.match(page.url(), /\?chart=local/);
    const source = page.getByRole("region", { name: "Where this chart comes from" });
    assert.match(
      await source.innerText(),
      /Your documents: 3 files, read on this computer; nothing was uploaded\./,
    );
    await page.getByRole("button", { name: "Close" }).click();

    // The chart is the documents' own: the built-in chart's positions are gone, the scan's is there.
    await page.getByRole("group", { name: /^Director, Employment Insurance Processing/ }).waitFor();
    assert.equal(
      await page.getByRole("group", { name: /^Executive Director, Service,/ }).count(),
      0,
    );

    // Search finds a position of the Word file; its panel quotes its own document.
    await searchAndOpen(page, "domestic collections", "Manager, Domestic Collections");
    await panel(page).locator(".doc__format", { hasText: "Word" }).waitFor();

    // A PDF quote names its page, beside its source and in the document once shown.
    await searchAndOpen(page, "data services", "Director, Data Services");
    const onPage2 = panel(page).getByRole("button", {
      name: "Show in document: statcan-director-data-services.pdf, page 2",
    });
    await onPage2.first().waitFor();
    await onPage2.first().click();
    await panel(page).locator(".doc__page", { hasText: "page 2" }).waitFor();
    assert.match(await panel(page).locator(".doc__format").first().innerText(), /^PDF, 2 pages$/);
    await page.screenshot({ path: path.join(SHOTS, "import-panel-page.png") });

    // Reloading shows the same chart, the same selection, from this browser's storage.
    await page.reload();
    await chartReady(page);
    await panel(page).getByRole("heading", { level: 2, name: "Director, Data Services" }).waitFor();
    await page.getByRole("group", { name: /^Director, Employment Insurance Processing/ }).waitFor();
    await panel(page).locator(".doc__format", { hasText: "PDF, 2 pages" }).waitFor();
    await page.keyboard.press("Escape");

    // Coming back to the plain address (a bookmark, next week) opens the same chart.
    await page.goto(app.preview.url);
    await page.getByRole("group", { name: /^Director, Employment Insurance Processing/ }).waitFor();
    assert.match(page.url(), /\?chart=local$/);

    // The built-in chart is one click away, and so is the way back (the button, or Back).
    await page.getByRole("button", { name: "Show the built-in chart" }).click();
    await page.getByRole("group", { name: /^Executive Director, Service,/ }).waitFor();
    assert.doesNotMatch(page.url(), /chart=local/);
    await page.goBack();
    await page.getByRole("group", { name: /^Director, Employment Insurance Processing/ }).waitFor();
    await page.getByRole("button", { name: "Show the built-in chart" }).click();
    await page.getByRole("group", { name: /^Executive Director, Service,/ }).waitFor();
    await page.getByRole("button", { name: "Add documents…" }).click();
    await page.getByRole("button", { name: "Show my documents’ chart (3 files)" }).click();
    await page.getByRole("group", { name: /^Director, Employment Insurance Processing/ }).waitFor();
    assert.match(page.url(), /\?chart=local/);

    // "Add documents": a dropped file is charted with the kept ones (matched across documents).
    await dropFiles(page, [fixture("pdf/cra-director-collections-operations.pdf")], async () => {
      await page.getByText("Drop to chart these documents").waitFor();
      await page.screenshot({ path: path.join(SHOTS, "import-drop.png") });
    });
    assert.match(await importOutcome(page), /^Read 1 file: the chart has \d+ positions\.$/);
    assert.match(await source.innerText(), /Your documents: 4 files/);
    await searchAndOpen(page, "collections operations", "Director, Collections Operations");
    // The Word file's manager now reports to the PDF's director: one chart, not two pieces.
    assert.match(
      await panel(page).innerText(),
      /Direct reports[\s\S]*Manager, Domestic Collections/,
    );

    // "Download graph": the graph and the texts, to publish with the site's prebuild.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download graph" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "org-atlas-graph.zip");
    const zip = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
    const names = Object.keys(zip).sort();
    assert.ok(
      names.includes("org-atlas-graph/graph.json") &&
        names.includes("org-atlas-graph/sources.json"),
    );
    assert.equal(names.filter((n) => /^org-atlas-graph\/documents\/.+\.txt$/.test(n)).length, 4);
    const packaged = JSON.parse(strFromU8(zip["org-atlas-graph/graph.json"]!)) as WholeGraphFile;
    assert.deepEqual(packaged.documents.map((d) => d.file).sort(), [
      "cra-director-collections-operations.pdf",
      "cra-manager-domestic-collections.docx",
      "esdc-director-ei-processing.scan.pdf",
      "statcan-director-data-services.pdf",
    ]);
    await page
      .getByRole("region", { name: "Where this chart comes from" })
      .getByText("Saved org-atlas-graph.zip.")
      .waitFor();

    // Removing them deletes them from the browser and brings back the built-in chart.
    await page.getByRole("button", { name: "Remove my documents" }).click();
    await page.getByRole("button", { name: "Remove", exact: true }).click();
    await page.getByRole("group", { name: /^Executive Director, Service,/ }).waitFor();
    assert.doesNotMatch(page.url(), /chart=local/);
    await page.reload();
    await chartReady(page);
    await page.getByRole("group", { name: /^Executive Director, Service,/ }).waitFor();
    await page.getByRole("button", { name: "Open documents…" }).waitFor();

    // OCR's worker, cores and trained data came from the app's own origin, like everything else.
    assert.ok(requests.all.some((url) => url.endsWith("/ocr/lang/eng.traineddata.gz")));
    assert.ok(requests.all.some((url) => url.includes("/ocr/core/tesseract-core")));
    assert.deepEqual(requests.outside(), []);
    await context.close();
  });

  it("a link to a chart of documents opened elsewhere says so, and offers the built-in chart", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${app.preview.url}?chart=local&selected=director-data-services-1a2b3`);
    await page
      .getByRole("heading", { level: 1, name: "This link points to documents on another computer" })
      .waitFor();
    assert.equal(await page.locator(".react-flow__node").count(), 0);
    await page.screenshot({ path: path.join(SHOTS, "import-link-elsewhere.png") });
    await page.getByRole("button", { name: "Show the built-in chart" }).click();
    await page.getByRole("group", { name: /^Executive Director, Service,/ }).waitFor();
    assert.doesNotMatch(page.url(), /chart=local/);
    await context.close();
  });

  it("a chosen folder's documents are read, subfolders included, other files left alone", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "org-atlas-folder-"));
    const folder = path.join(dir, "Job descriptions");
    fs.mkdirSync(path.join(folder, "2024"), { recursive: true });
    fs.copyFileSync(
      fixture("docx/cra-manager-domestic-collections.docx"),
      path.join(folder, "manager.docx"),
    );
    fs.copyFileSync(
      fixture("pdf/cra-director-collections-operations.pdf"),
      path.join(folder, "2024", "director.pdf"),
    );
    fs.writeFileSync(path.join(folder, "budget.xlsx"), "not a document");
    fs.writeFileSync(path.join(folder, ".~lock.manager.docx#"), "lock");
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.preview.url);
    await chartReady(page);
    await page.getByRole("button", { name: "Open documents…" }).click();
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Choose a folder…" }).click(),
    ]);
    await chooser.setFiles(folder);
    assert.match(await importOutcome(page), /^Read 2 files: /);
    const report = page.getByRole("region", { name: "Opening documents" });
    assert.match(
      await report.innerText(),
      /2 files in the folder are not documents and were left alone\./,
    );
    await searchAndOpen(page, "collections operations", "Director, Collections Operations");
    await panel(page).getByRole("article", { name: "Job description 2024/director.pdf" }).waitFor();
    await page.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("Cancel stops reading and leaves the chart as it was", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(app.preview.url);
    await chartReady(page);
    await pickFiles(page, [fixture("scan/seed-003-four-pages.scan.pdf")]);
    const region = page.getByRole("region", { name: "Opening documents" });
    await region.getByText(/OCR page \d of 4/).waitFor({ timeout: 60_000 });
    await region.getByRole("button", { name: "Cancel" }).click();
    assert.equal(await importOutcome(page), "Opening was cancelled; the chart was not changed.");
    assert.doesNotMatch(page.url(), /chart=local/);
    await page.getByRole("group", { name: /^Executive Director, Service,/ }).waitFor();
    await page.close();
  });
});
