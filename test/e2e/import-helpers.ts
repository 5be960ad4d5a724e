import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { ROOT } from "./server.ts";

export const IMPORT_FIXTURES = path.join(ROOT, "test/fixtures/import");
export const fixture = (rel: string) => path.join(IMPORT_FIXTURES, rel);

/** Every request any page or worker of the context makes, and those that leave `origin`. */
export function watchRequests(context: BrowserContext, origin: string) {
  const all: string[] = [];
  context.on("request", (r) => all.push(r.url()));
  return {
    all,
    outside: () => all.filter((url) => !url.startsWith(origin) && !url.startsWith("blob:")),
  };
}

/** The report's first line once the import is over ("Read 3 files: …", "Opening was cancelled…"). */
export async function importOutcome(page: Page, timeout = 120_000): Promise<string> {
  const line = page.locator(
    ".import-report--done .import-report__line, .import-report--cancelled .import-report__line",
  );
  await line.first().waitFor({ timeout });
  return (await line.first().innerText()).trim();
}

/** Opens files as a person does: the header's button, "Choose files…", the system's picker. */
export async function pickFiles(page: Page, files: string[]): Promise<void> {
  await page.getByRole("button", { name: /^(Open|Add) documents…$/ }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Choose files…" }).click(),
  ]);
  await chooser.setFiles(files);
}

/**
 * Drags files over the page and drops them, as from a file manager: the browser's DataTransfer
 * with real File objects (a page cannot be given a real folder; folders are read by the same code
 * from FileSystemEntry objects, tested in test/import/file-gathering.test.ts).
 */
export async function dropFiles(
  page: Page,
  files: string[],
  beforeDrop: () => Promise<void> = async () => undefined,
): Promise<void> {
  const payload = files.map((file) => ({
    name: path.basename(file),
    bytes: [...fs.readFileSync(file)],
  }));
  const transfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const { name, bytes } of items) dt.items.add(new File([new Uint8Array(bytes)], name));
    return dt;
  }, payload);
  await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
  await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
  await beforeDrop();
  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
}
