import type PptxGenJS from "pptxgenjs";
import { plural, translate } from "../i18n/format.ts";
import { BOX_STYLE } from "./scene.ts";
import type { ExportResult, ExportScene, Progress, SceneBox, SceneEdge } from "./types.ts";

/** Slide areas in inches on LAYOUT_WIDE (13.333 x 7.5 in). */
const TITLE = { x: 0.4, y: 0.2, width: 12.533, height: 0.7 };
const AREA = { x: 0.4, y: 1.05, width: 12.533, height: 6.2 };
/** Inches per chart px at the chart's own size (96 px per inch). */
const NATURAL = 1 / 96;

export interface PptxSlidePlan {
  title: string;
  boxes: SceneBox[];
  edges: SceneEdge[];
}

/** One slide per organization, or one for a position and its reports. */
export function planSlides(scene: ExportScene): PptxSlidePlan[] {
  if (scene.singleSlide || scene.orgs.length <= 1) {
    const title = scene.singleSlide ? scene.title : (scene.orgs[0]?.label ?? scene.title);
    return [{ title, boxes: scene.boxes, edges: scene.edges }];
  }
  return scene.orgs.map((org) => {
    const boxes = scene.boxes.filter((b) => b.org === org.key);
    const ids = new Set(boxes.map((b) => b.id));
    return {
      title: `${org.label} — ${plural(scene.language, "org.positions", boxes.length)}`,
      boxes,
      edges: scene.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    };
  });
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();

function addSlide(pptx: PptxGenJS, plan: PptxSlidePlan, scene: ExportScene): void {
  const t = scene.theme;
  const slide = pptx.addSlide({ masterName: "ORG_CHART" });
  slide.addText(plan.title, { placeholder: "title" });
  if (plan.boxes.length === 0) return;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of plan.boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  const s = Math.min(AREA.width / (maxX - minX), AREA.height / (maxY - minY), NATURAL);
  const ox = AREA.x + (AREA.width - (maxX - minX) * s) / 2;
  const X = (x: number) => ox + (x - minX) * s;
  const Y = (y: number) => AREA.y + (y - minY) * s;
  // Font sizes in points: px * (in per px) * 72.
  const pt = (px: number) => Math.max(1, Math.round(px * s * 72 * 2) / 2);

  for (const e of plan.edges) {
    const xs = e.points.map((p) => X(p.x));
    const ys = e.points.map((p) => Y(p.y));
    const x0 = Math.min(...xs);
    const y0 = Math.min(...ys);
    const strong = e.emphasis === "chain" || e.emphasis === "report";
    // The elbow as one freeform line: a native shape whose points can be edited.
    // custGeom is missing from the library's shape-name type, though it writes it.
    slide.addShape("custGeom" as PptxGenJS.SHAPE_NAME, {
      x: x0,
      y: y0,
      w: Math.max(0.01, Math.max(...xs) - x0),
      h: Math.max(0.01, Math.max(...ys) - y0),
      points: xs.map((x, i) => ({ x: x - x0, y: ys[i]! - y0 })),
      line: {
        color: hex(strong ? t.strongLine : t.line),
        width: strong ? 2 : 1,
        transparency: e.emphasis === "dim" ? 70 : 0,
      },
      objectName: `Reporting line ${e.id}`,
    });
  }
  for (const b of plan.boxes) {
    const dim = b.emphasis === "dim" ? 60 : 0;
    const meta = [b.badge, b.kind === "team" ? translate(scene.language, "box.team") : null]
      .filter((v): v is string => v !== null)
      .join("  ·  ");
    const footer = [b.fteText, b.hiddenText].filter((v): v is string => v !== null).join("  ·  ");
    const runs: PptxGenJS.TextProps[] = [
      {
        text: b.title,
        options: { bold: true, fontSize: pt(b.titleSize), color: hex(t.ink), breakLine: true },
      },
    ];
    if (meta !== "")
      runs.push({
        text: meta,
        options: { bold: true, fontSize: pt(12), color: hex(b.color), breakLine: footer !== "" },
      });
    if (footer !== "")
      runs.push({ text: footer, options: { fontSize: pt(13), color: hex(t.muted) } });
    const ring = b.emphasis === "selected" ? 3 : b.emphasis === "chain" ? 2 : 1.25;
    slide.addText(runs, {
      shape: "roundRect",
      x: X(b.x),
      y: Y(b.y),
      w: b.width * s,
      h: b.height * s,
      rectRadius: (b.kind === "team" ? BOX_STYLE.teamRadius : BOX_STYLE.radius) * s,
      fill: { color: hex(t.boxFill), transparency: dim },
      line: {
        color: hex(b.color),
        width: ring,
        dashType: b.kind === "team" ? "dash" : "solid",
        transparency: dim,
      },
      margin: [
        pt(BOX_STYLE.padLeft),
        pt(BOX_STYLE.padRight),
        pt(BOX_STYLE.padBottom),
        pt(BOX_STYLE.padTop),
      ],
      valign: "top",
      align: "left",
      fontFace: "Arial",
      objectName: b.title,
    });
  }
}

/**
 * The scene as a PowerPoint deck: one slide per organization (or one for a position and its
 * reports), each titled, with boxes as rounded rectangles holding their text and reporting lines
 * as freeform lines: native shapes a person can move, restyle and retype.
 */
export async function toPptx(
  scene: ExportScene,
  onProgress: Progress = () => undefined,
): Promise<ExportResult> {
  const lang = scene.language;
  onProgress(0.05, translate(lang, "exportFile.loadingPptx"));
  const { default: Pptx } = await import("pptxgenjs");
  const pptx = new Pptx();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = scene.title;
  pptx.company = "Org Atlas";
  pptx.defineSlideMaster({
    title: "ORG_CHART",
    background: { color: hex(scene.theme.paper) },
    objects: [
      {
        placeholder: {
          options: {
            name: "title",
            type: "title",
            x: TITLE.x,
            y: TITLE.y,
            w: TITLE.width,
            h: TITLE.height,
            fontFace: "Arial",
            fontSize: 24,
            bold: true,
            color: hex(scene.theme.ink),
            valign: "middle",
          },
          text: "",
        },
      },
    ],
  });
  const plans = planSlides(scene);
  for (const [i, plan] of plans.entries()) {
    onProgress(
      0.1 + (0.7 * i) / plans.length,
      translate(lang, "exportFile.slideOf", { n: i + 1, total: plans.length }),
    );
    addSlide(pptx, plan, scene);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  onProgress(0.85, translate(lang, "exportFile.saving"));
  const data = (await pptx.write({ outputType: "uint8array", compression: true })) as Uint8Array;
  onProgress(1, translate(lang, "exportFile.done"));
  return {
    blob: new Blob([data as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    }),
    extension: "pptx",
    message: null,
  };
}
