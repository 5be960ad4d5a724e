import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openChartPage, serveBuiltApp } from "./server.ts";

const app = serveBuiltApp();

/** A position with a markdown and an OCR job description, and its documents' file names. */
function positionWithTwoFormats() {
  const node = app.graph.nodes.find((n) => {
    const formats = n.documentIds.map((d) => app.graph.documents.find((x) => x.id === d)?.format);
    return formats.includes("markdown") && formats.includes("ocr-text");
  });
  assert.ok(node, "graph.json has a position with a markdown and an OCR document");
  const fileOf = (format: string) =>
    app.graph.documents.find((d) => node.documentIds.includes(d.id) && d.format === format)!.file;
  return { node, markdown: fileOf("markdown"), ocr: fileOf("ocr-text") };
}

/** What the focused element is, and whether it is inside the panel's visible area. */
function focusedMark(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const panel = document.querySelector(".panel");
    if (!el || !panel) return null;
    const r = el.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    return {
      tag: el.tagName,
      text: el.textContent ?? "",
      flash: el.classList.contains("doc__mark--flash"),
      outline: getComputedStyle(el).outlineStyle,
      article: el.closest("article")?.getAttribute("aria-label") ?? null,
      inView: r.top >= p.top && r.bottom <= p.bottom && r.height > 0,
    };
  });
}

describe("panel sources", () => {
  it("takes the reader from a source to its highlighted sentence in the document", async () => {
    const { node, markdown, ocr } = positionWithTwoFormats();
    const page = await openChartPage(app.browser, app.preview.url, {
      query: `?selected=${node.id}`,
    });
    await page.emulateMedia({ reducedMotion: "reduce" });
    const panel = page.getByRole("complementary", { name: "Position details" });
    await panel.getByRole("article").first().locator(".doc__body").waitFor({ state: "attached" });

    const ocrSource = panel.getByRole("button", { name: `Show in document: ${ocr}` }).first();
    await ocrSource.scrollIntoViewIfNeeded();
    await ocrSource.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.tagName === "MARK");
    const fromOcr = await focusedMark(page);
    assert.equal(fromOcr?.article, `Job description ${ocr}`);
    assert.ok(fromOcr?.inView, "the mark is scrolled into the panel's view");
    assert.ok(fromOcr?.flash, "the mark is emphasised");
    assert.notEqual(fromOcr?.outline, "none", "the emphasis is not colour alone");

    const mdSource = panel.getByRole("button", { name: `Show in document: ${markdown}` }).first();
    await mdSource.click();
    await page.waitForFunction(
      (label) => document.activeElement?.closest("article")?.getAttribute("aria-label") === label,
      `Job description ${markdown}`,
    );
    const fromMd = await focusedMark(page);
    assert.equal(fromMd?.tag, "MARK");
    assert.ok(fromMd?.inView, "the markdown mark is scrolled into view");
    // The emphasis fades after about 1.5 s; focus stays on the sentence.
    await page.waitForFunction(
      () => !document.activeElement?.classList.contains("doc__mark--flash"),
      null,
      { timeout: 5_000 },
    );
    assert.equal((await focusedMark(page))?.tag, "MARK");
    await page.close();
  });
});
