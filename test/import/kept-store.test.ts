const failure = vi.hoisted(() => ({ error: null as Error | null }));
vi.mock("idb-keyval", () => ({
  createStore: () => () => Promise.resolve(),
  setMany: () => (failure.error ? Promise.reject(failure.error) : Promise.resolve()),
}));

import { saveKept } from "../../src/import/kept-store.ts";

const chart = { graphJson: "{}", files: 1, savedAt: "2026-01-01T00:00:00.000Z" };

describe("keeping one's own documents in the browser", () => {
  it("says whether the chart was kept, or why not: storage full or not allowed", async () => {
    failure.error = null;
    expect(await saveKept(chart, [], [])).toBe("kept");
    failure.error = new DOMException("quota", "QuotaExceededError");
    expect(await saveKept(chart, [], [])).toBe("full");
    failure.error = new DOMException("denied", "SecurityError");
    expect(await saveKept(chart, [], [])).toBe("blocked");
  });
});
