import { subtree } from "../../src/core/graph/queries.ts";
import { drawItems } from "../../src/export/paint.ts";
import { planPdf } from "../../src/export/pdf-plan.ts";
import { planDeck } from "../../src/export/deck-plan.ts";
import { planRaster } from "../../src/export/raster.ts";
import { buildExportScene } from "../../src/export/scene.ts";
import type { ExportScene } from "../../src/export/types.ts";
import { fixture } from "./helpers.ts";

/** The text lines drawn with a role, across the scene. */
function drawnText(scene: ExportScene, role: string): string[] {
  const out: string[] = [];
  const visit = (item: unknown) => {
    if (typeof item !== "object" || item === null) return;
    const i = item as { type?: string; role?: string; lines?: string[]; items?: unknown[] };
    if (i.type === "text" && i.role === role && i.lines) out.push(...i.lines);
    if (Array.isArray(i.items)) i.items.forEach(visit);
  };
  drawItems(scene).forEach(visit);
  return out;
}

/** A wide chart for the page planners: a row of 12 boxes. */
const wide = {
  width: 3200,
  height: 140,
  boxes: Array.from({ length: 12 }, (_, i) => ({
    id: `b${i}`,
    x: 24 + i * 268,
    y: 24,
    width: 240,
    height: 92,
  })),
  edges: [],
} as unknown as Parameters<typeof planPdf>[0];

describe("exported text follows the language", () => {
  const f = fixture({ collapsed: new Set(["cds-ed-service"]) });
  const hidden = subtree(f.ix, "cds-ed-service").length - 1;

  it("is English by default", () => {
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" });
    expect(scene.language).toBe("en");
    expect(scene.title).toBe("Organization chart");
    const ftes = scene.boxes.map((b) => b.fteText).filter((t) => t !== null);
    expect(ftes.length).toBeGreaterThan(0);
    for (const t of ftes) expect(t).toMatch(/FTE/);
    expect(scene.boxes.find((b) => b.id === "cds-ed-service")!.hiddenText).toBe(
      `+${hidden} hidden`,
    );
    const teams = scene.boxes.filter((b) => b.kind === "team");
    if (teams.length > 0) expect(drawnText(scene, "team")).toContain("Team");
    const deck = planDeck(scene);
    for (const line of deck[0]!.body) expect(line.text).toMatch(/ — \d+ positions?$/);
    expect(deck[1]!.title).toBe("Overview: the top levels");
    const plan = planPdf(wide, { paper: "letter", orientation: "landscape", layout: "poster" });
    expect(plan.pages[1]!.label).toBe(`Page 2 of ${plan.pages.length} — row 1, column 2`);
  });

  it("is French when asked: ETP, Équipe, masqués, Organigramme", () => {
    const scene = buildExportScene(f.ix, f.layout, f.view, { kind: "all" }, { language: "fr" });
    expect(scene.language).toBe("fr");
    expect(scene.title).toBe("Organigramme");
    const ftes = scene.boxes.map((b) => b.fteText).filter((t) => t !== null);
    expect(ftes.length).toBeGreaterThan(0);
    for (const t of ftes) {
      expect(t).toMatch(/ETP/);
      expect(t).not.toMatch(/FTE/);
    }
    expect(scene.boxes.find((b) => b.id === "cds-ed-service")!.hiddenText).toBe(
      `+${hidden} masqués`,
    );
    for (const fr of scene.frames)
      expect(fr.countText).toMatch(/postes?( · [\d\s\u202f]+\+? ETP.*)?$/);
    expect(scene.frames[0]!.countText).toBe("16 postes · 46+ ETP · 3 prévus");
    expect(f.ix.graph.nodes.some((n) => n.kind === "team")).toBe(true);
    const all = buildExportScene(
      fixture().ix,
      fixture().layout,
      fixture().view,
      { kind: "all" },
      {
        language: "fr",
      },
    );
    const team = drawnText(all, "team");
    expect(team.length).toBeGreaterThan(0);
    expect(new Set(team)).toEqual(new Set(["Équipe"]));
    const deck = planDeck(all);
    for (const line of deck[0]!.body) expect(line.text).toMatch(/ — [\d\s\u202f]+ postes?$/);
    expect(deck[1]!.title).toBe("Vue d’ensemble : les niveaux supérieurs");
    const links = deck.flatMap((s) => s.boxes.flatMap((b) => b.paragraphs.filter((p) => p.slide)));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.text).toMatch(/^\d+ subordonnés? → diapositive \d+$/);
  });

  it("labels French PDF pages and explains a smaller poster in French", () => {
    const plan = planPdf(wide, {
      paper: "letter",
      orientation: "landscape",
      layout: "poster",
      language: "fr",
    });
    expect(plan.pages[1]!.label).toBe(`Page 2 sur ${plan.pages.length} — rangée 1, colonne 2`);
    expect(plan.pages[0]!.notes[0]!.text).toBe("suite à la page 2");
    const huge = planPdf(
      { ...wide, width: 200_000, height: 3000 },
      {
        paper: "letter",
        orientation: "landscape",
        layout: "poster",
        language: "fr",
      },
    );
    expect(huge.message).toMatch(/^À une taille lisible, l’affiche dépasserait 100 pages/);
  });

  it("explains a scaled or split PNG in French", () => {
    expect(
      planRaster(10_000, 2_000, 2, undefined, undefined, undefined, undefined, "fr").message,
    ).toMatch(/^À 2x, l’organigramme mesurerait/);
    expect(planRaster(10_000, 2_000, 2).message).toMatch(
      /^At 2x the chart would be 20,000 × 4,000/,
    );
  });
});
