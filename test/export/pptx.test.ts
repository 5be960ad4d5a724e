import { strFromU8, unzipSync } from "fflate";
import { buildExportScene } from "../../src/export/scene.ts";
import { planSlides, toPptx } from "../../src/export/pptx.ts";
import { fixture } from "./helpers.ts";

async function slidesOf(blob: Blob): Promise<string[]> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.keys(files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]))
    .map((name) => strFromU8(files[name]!));
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("toPptx", () => {
  it("makes one titled slide per organization, boxes and lines as native shapes", async () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    const slides = await slidesOf((await toPptx(scene)).blob);
    const plans = planSlides(scene);
    expect(slides).toHaveLength(scene.orgs.length);
    slides.forEach((xml, i) => {
      const plan = plans[i]!;
      expect(xml).toMatch(/<p:ph[^>]*type="title"/);
      expect(xml).toContain(`<a:t>${xmlText(plan.title)}</a:t>`);
      for (const b of plan.boxes) expect(xml).toContain(`<a:t>${xmlText(b.title)}</a:t>`);
      expect(xml.match(/prst="roundRect"/g)).toHaveLength(plan.boxes.length);
      expect(xml.match(/<a:custGeom>/g) ?? []).toHaveLength(plan.edges.length);
    });
    expect(plans.map((p) => p.title)).toEqual([
      "Treasury Board Secretariat — 16 positions",
      "Service Canada — 2 positions",
      "Employment and Social Development Canada — 4 positions",
    ]);
  });

  it("makes one slide for a selected position and its reports", async () => {
    const f = fixture();
    const scene = buildExportScene(f.ix, f.layout, f.view, {
      kind: "subtree",
      rootId: "cds-director-engagement",
    });
    const slides = await slidesOf((await toPptx(scene)).blob);
    expect(slides).toHaveLength(1);
    expect(slides[0]).toContain("<a:t>Director, Engagement and reports</a:t>");
    expect(slides[0]).toContain("<a:t>Outreach Team</a:t>");
    expect(slides[0]!.match(/<a:custGeom>/g)).toHaveLength(3);
  });
});
