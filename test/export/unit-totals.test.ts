import { boxFteText } from "../../src/ui-support/describe.ts";
import { buildExportScene } from "../../src/export/scene.ts";
import { fixture } from "./helpers.ts";

/** A manager's FTE line, as every export and the screen word it. */
const unitText = (total: Parameters<typeof boxFteText>[1], lang: "en" | "fr") =>
  boxFteText({ fte: null, ftePlanned: false }, total, true, lang);

describe("unit totals in exported boxes", () => {
  it("words a unit's total, a lower bound and planned FTEs, in both languages", () => {
    const sum = { current: 46, planned: 3, basis: "sum", complete: true } as const;
    expect(unitText(sum, "en")).toBe("Unit 46 FTEs · 3 planned");
    expect(unitText(sum, "fr")).toBe("Unité 46 ETP · 3 prévus");
    expect(unitText({ ...sum, planned: 0, complete: false }, "en")).toBe("Unit 46+ FTEs");
    expect(unitText({ current: null, planned: 3, basis: "none", complete: true }, "en")).toBe(
      "Unit 3 FTEs planned",
    );
    expect(unitText({ current: null, planned: 0, basis: "none", complete: false }, "en")).toBe(
      null,
    );
  });

  it("gives managers their unit's total and leaves other boxes their own FTEs", () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const text = (id: string) => scene.boxes.find((b) => b.id === id)!.fteText;
    // The CEO states no size: 31 (Service) + 15 (Engagement), and Engagement's planned team of 3;
    // four of its reports state none, so 46 is a lower bound.
    expect(text("cds-ceo")).toBe("Unit 46+ FTEs · 3 planned");
    // Engagement's own description states its division's size.
    expect(text("cds-director-engagement")).toBe("Unit 15 FTEs · 3 planned");
    expect(text("cds-head-design")).toBe("13 FTEs");
    expect(text("cds-consulting-team")).toBe("3 FTEs planned");
    // A manager whose reports state no size has no total to give.
    expect(text("sc-ed-citizen-services")).toBe(null);
  });
});
