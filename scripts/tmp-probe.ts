import { chromium } from "playwright-core";
import { startStaticServer } from "./lib/static-server.ts";
const a = await startStaticServer({ "/": process.argv[2]! + "/" });
const b = await startStaticServer({ "/": process.argv[3]! + "/" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const res: Record<string, number[]> = { a: [], b: [] };
const errors: string[] = [];
for (let i = 0; i < 12; i++) {
  for (const [k, s] of [["a", a], ["b", b]] as const) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    await page.goto(s.url, { waitUntil: "load" });
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
    res[k]!.push(await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]!.startTime));
    await page.close();
  }
}
const med = (x: number[]) => x.sort((p, q) => p - q)[x.length >> 1];
console.log("FCP a", med(res.a!), res.a!.map(Math.round).join(","), "\nFCP b", med(res.b!), res.b!.map(Math.round).join(","));
console.log(errors.slice(0, 3));
process.exit(0);
