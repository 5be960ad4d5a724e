import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import type { Page, Route } from "playwright-core";
import { encodeGraph } from "../../src/core/graph/graph-file.ts";
import { ROOT, chartReady, serveBuiltApp } from "./server.ts";

const app = serveBuiltApp();

const SEED_LIKE_V1 = fs.readFileSync(
  path.join(ROOT, "test/fixtures/graphs/seed-like.json"),
  "utf8",
);

/** A page whose graph.json (and layout.json) answer as given; every request it makes is kept. */
async function openWith(answer: {
  graph?: (route: Route) => Promise<void>;
  documents?: (route: Route) => Promise<void>;
  details?: (route: Route) => Promise<void>;
}): Promise<{ page: Page; requests: string[] }> {
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  if (answer.graph) {
    await page.route("**/graph.json", answer.graph);
    // The prebuilt layouts belong to the built graph; another graph is laid out in the browser.
    await page.route("**/layout.json", (route) => route.fulfill({ status: 404, body: "" }));
  }
  if (answer.documents) await page.route("**/documents/*.txt", answer.documents);
  if (answer.details) await page.route("**/details/*.json", answer.details);
  await page.goto(app.preview.url);
  return { page, requests };
}

const json = (body: string) => (route: Route) =>
  route.fulfill({ status: 200, contentType: "application/json", body });

/** Opens a box's panel from the keyboard and returns the panel. */
async function openPanel(
  page: Page,
  title: string,
  id = app.graph.nodes.find((n) => n.title === title)!.id,
) {
  await page.locator(`.react-flow__node[data-id="${id}"]`).focus();
  await page.keyboard.press("Enter");
  return page.getByRole("complementary", { name: "Position details" });
}

const documentRequests = (requests: string[]) => requests.filter((r) => r.includes("/documents/"));
const detailsRequests = (requests: string[]) => requests.filter((r) => r.includes("/details/"));

describe("graph.json versions and document text on demand", () => {
  it("reads each document's text only when a panel needs it, and highlights its sources", async () => {
    const { page, requests } = await openWith({});
    await chartReady(page);
    const graphText = await (await fetch(`${app.preview.url}graph.json`)).text();
    assert.equal(JSON.parse(graphText).schemaVersion, 2);
    assert.ok(!graphText.includes("General Accountability"), "graph.json carries no document text");
    assert.deepEqual(documentRequests(requests), [], "no text is read to draw the chart");

    const panel = await openPanel(page, "Director, Engagement");
    const doc = panel.getByRole("article", { name: /^Job description 001_/ });
    await doc.getByRole("heading", { name: "General Accountability" }).waitFor();
    assert.ok((await doc.locator("mark").count()) > 0, "its sources are highlighted");
    const director = app.graph.nodes.find((n) => n.title === "Director, Engagement")!;
    for (const id of director.documentIds)
      assert.ok(
        documentRequests(requests).some((r) => r.endsWith(`/documents/${id}.txt`)),
        `${id}'s text was read`,
      );
    // Quotes in "Where each fact came from" are the sentences themselves.
    const provenance = panel.locator(".provenance");
    await provenance.getByText("Position Number: 104211").first().waitFor();
    await page.close();
  });

  it("says so, and still shows the facts, when a document's text is missing or changed", async () => {
    const missing = await openWith({
      documents: (route) => route.fulfill({ status: 404, body: "Not found" }),
    });
    await chartReady(missing.page);
    let panel = await openPanel(missing.page, "Director, Engagement");
    await panel
      .getByText(/could not be loaded: its file is missing/)
      .first()
      .waitFor();
    await panel.getByText("104211").first().waitFor();
    await missing.page.close();

    const changed = await openWith({
      documents: (route) =>
        route.fulfill({ status: 200, contentType: "text/plain", body: "Some other text." }),
    });
    await chartReady(changed.page);
    panel = await openPanel(changed.page, "Director, Engagement");
    await panel
      .getByText(/does not match this chart/)
      .first()
      .waitFor();
    await panel.getByText("EX-01").first().waitFor();
    await changed.page.close();
  });

  it("draws the chart from graph.json alone and reads a position's sources when its panel opens", async () => {
    const { page, requests } = await openWith({});
    await chartReady(page);
    const start = JSON.parse(await (await fetch(`${app.preview.url}graph.json`)).text());
    assert.ok(start.details, "the prebuild splits the graph");
    assert.equal(start.documents, undefined, "the documents are in the details files");
    assert.ok(
      start.nodes.every((n: object) => !("facts" in n) && !("mentions" in n)),
      "no facts or sources at start",
    );
    assert.deepEqual(detailsRequests(requests), [], "nothing but graph.json to draw the chart");
    const panel = await openPanel(page, "Director, Engagement");
    await panel.locator(".provenance").getByText("Position Number: 104211").first().waitFor();
    assert.deepEqual(
      detailsRequests(requests).sort(),
      ["/details/0.json", "/details/documents.json"],
      "the panel read its position's details file and the documents",
    );
    await page.close();
  });

  it("says so, and still shows the box's facts, when the details files are missing, stale or broken", async () => {
    const cases: Array<[string, (route: Route) => Promise<void>, RegExp]> = [
      ["missing", (route) => route.fulfill({ status: 404, body: "Not found" }), /is missing/],
      [
        "from another build",
        async (route) => {
          const body = JSON.parse(await (await route.fetch()).text());
          await json(JSON.stringify({ ...body, key: "0000000" }))(route);
        },
        /from another build/,
      ],
      [
        "cut short",
        async (route) => {
          const body = await (await route.fetch()).text();
          await json(body.slice(0, body.length / 2))(route);
        },
        /is damaged/,
      ],
    ];
    for (const [name, answer, message] of cases) {
      const { page } = await openWith({ details: answer });
      await chartReady(page);
      const panel = await openPanel(page, "Director, Engagement");
      await panel.getByText(message).waitFor();
      assert.match(await panel.innerText(), /The facts above still stand/, name);
      for (const fact of ["EX-01", "104211", "Chief Executive Officer"])
        assert.ok((await panel.innerText()).includes(fact), `${name}: ${fact} is still shown`);
      await page.close();
    }
  });

  it("reads a version 2 graph.json that holds everything (an exported graph)", async () => {
    const whole = JSON.stringify(encodeGraph(app.graph));
    const { page, requests } = await openWith({ graph: json(whole) });
    await chartReady(page);
    const panel = await openPanel(page, "Director, Engagement");
    await panel.locator(".provenance").getByText("Position Number: 104211").first().waitFor();
    assert.deepEqual(detailsRequests(requests), [], "its details came with it");
    await page.close();
  });

  it("reads a version 1 graph.json, with the documents' text it carries", async () => {
    const { page, requests } = await openWith({ graph: json(SEED_LIKE_V1) });
    await chartReady(page);
    const panel = await openPanel(page, "Director, Engagement", "cds-director-engagement");
    await panel
      .getByRole("article", { name: /^Job description / })
      .first()
      .getByRole("heading", { name: "General Accountability" })
      .waitFor();
    assert.deepEqual(documentRequests(requests), [], "version 1 texts come with the graph");
    await page.close();
  });

  it("gives a readable screen for a newer version, a cut-short file and a broken one", async () => {
    const v2 = JSON.stringify(encodeGraph(app.graph));
    const cases: Array<[string, string, RegExp]> = [
      [
        "version 3",
        JSON.stringify({ ...JSON.parse(v2), schemaVersion: 3 }),
        /made by a newer version of Org Atlas \(graph schema version 3/,
      ],
      ["cut short", v2.slice(0, v2.length / 3), /not valid JSON/],
      ["broken", v2.replace('"nodes":[{"id":', '"nodes":[{"id":42,"x":'), /does not match/],
    ];
    for (const [name, body, message] of cases) {
      const { page } = await openWith({ graph: json(body) });
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.match(await alert.innerText(), message, name);
      if (name === "version 3")
        assert.match(await alert.innerText(), /newer version of Org Atlas that made it/);
      await page.close();
    }
  });
});
