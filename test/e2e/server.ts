import { spawn } from "node:child_process";
import fs from "node:fs";
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { after, before } from "node:test";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import type { OrgGraph } from "../../src/core/graph/model.ts";
import { decodeGraph } from "../../src/core/graph/graph-file.ts";
import { createDetailsLoader } from "../../src/core/graph/details-loader.ts";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import type { GraphFile } from "../../src/core/graph/file-schema.ts";
import { settleAfter } from "./settled.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Preview {
  url: string;
  stop: () => Promise<void>;
}

/** Resolves when `vite preview` prints the address it serves (it listens by then). */
function listening(child: ChildProcess, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let printed = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error("vite preview did not start within 20 s"));
    }, 20_000);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`vite preview exited with ${code}`));
    };
    child.once("exit", onExit);
    child.stdout!.on("data", (chunk: Buffer) => {
      // Vite colours its output: the escapes go before looking for the address.
      printed += stripVTControlCharacters(chunk.toString());
      if (!printed.includes(url)) return;
      clearTimeout(timer);
      child.off("exit", onExit);
      resolve();
    });
  });
}

/** Serves the built app (`dist/`) with `vite preview` on a free port until `stop`. */
export async function startPreview(outDir = "dist"): Promise<Preview> {
  const port = await freePort();
  const vite = path.join(ROOT, "node_modules", ".bin", "vite");
  const child: ChildProcess = spawn(
    vite,
    ["preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort", "--outDir", outDir],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = `http://127.0.0.1:${port}/`;
  await listening(child, url);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Debian's Chromium; Playwright's own browser download cannot work here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Waits until the chart is drawn and the app runs it: the prerendered first view is drawn
 * before the app's code has loaded, and a click on it before then would be lost.
 */
export async function chartReady(page: Page, timeout = 15_000): Promise<void> {
  await page.locator(".react-flow__node-position").first().waitFor({ timeout });
  await page.waitForFunction(
    () => performance.getEntriesByName("atlas:chart-committed").length > 0,
    null,
    { timeout },
  );
}

/**
 * Opens every box with Expand all (a chart opens on the levels a laptop shows readably) and
 * waits for the layout that shows them.
 */
export async function expandAll(page: Page, label = "Expand all"): Promise<void> {
  await settleAfter(
    page,
    async () => {
      await page.getByRole("button", { name: label }).click();
      await page.waitForFunction(
        () =>
          document.querySelector(".chart")?.getAttribute("data-pending") === "false" &&
          !document.querySelector(".react-flow__node-position .toggle[aria-expanded=false]"),
        null,
        { timeout: 30_000 },
      );
    },
    30_000,
  );
}

/**
 * Opens the built app in a new page and waits for its first boxes (and, with `settled`, for
 * the layout to finish; with `expandAll`, for every box), logging page errors so a failing
 * test shows them.
 */
export async function openChartPage(
  browser: Browser,
  url: string,
  options: {
    query?: string;
    acceptDownloads?: boolean;
    settled?: boolean;
    expandAll?: boolean;
  } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: options.acceptDownloads ?? false,
  });
  page.on("pageerror", (e) => console.error("pageerror:", e.message));
  await page.goto(url + (options.query ?? ""));
  await chartReady(page);
  if (options.expandAll) await expandAll(page);
  if (options.settled) {
    await page.waitForFunction(() => !document.querySelector(".chart[data-pending=true]"), null, {
      timeout: 30_000,
    });
  }
  return page;
}

/** The built app, Chromium and the app's graph.json, shared by the tests of one file. */
export interface BuiltApp {
  readonly preview: Preview;
  readonly browser: Browser;
  readonly graph: OrgGraph;
}

/**
 * Serves the built app and starts Chromium before a test file's suites (creating the folders
 * its screenshots and exports go to), and stops both after them. The fields are set once the
 * `before` hook has run.
 */
export function serveBuiltApp(options: { dist?: string; outputs?: string[] } = {}): BuiltApp {
  const app = {} as { preview: Preview; browser: Browser; graph: OrgGraph };
  before(async () => {
    for (const dir of options.outputs ?? []) fs.mkdirSync(dir, { recursive: true });
    app.preview = await startPreview(options.dist);
    app.browser = await launchChromium();
    // The app's own prebuild wrote it: decoded as the app decodes it, with all its details.
    const file = (await (await fetch(`${app.preview.url}graph.json`)).json()) as GraphFile;
    app.graph = decodeGraph(file);
    if (file.details) {
      const fetchJson = async (path: string) =>
        (await fetch(`${app.preview.url}${path}`)).json() as Promise<unknown>;
      const loader = createDetailsLoader(buildIndex(app.graph), { ref: file.details, fetchJson });
      for (const part of loader.allParts()) await loader.load(part);
    }
  });
  after(async () => {
    await app.browser?.close();
    await app.preview?.stop();
  });
  return app;
}
