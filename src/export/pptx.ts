import type PptxGenJS from "pptxgenjs";
import { translate } from "../i18n/format.ts";
import { localeOf } from "../i18n/format.ts";
import type { DeckParagraph } from "./deck-layout.ts";
import { DECK, SLIDE } from "./deck-layout.ts";
import type { DeckBox, DeckSlide } from "./deck-plan.ts";
import { planDeck } from "./deck-plan.ts";
import type { ConnectorSpec } from "./pptx-connectors.ts";
import { addConnectors } from "./pptx-connectors.ts";
import type { LegendEntry } from "./legend.ts";
import { legendEntries } from "./legend.ts";
import { textWidth } from "./text-metrics.ts";
import type { ExportResult, ExportScene, Progress } from "./types.ts";

export interface PptxOptions {
  /** Draws the legend at the foot of the title and overview slides. */
  legend?: boolean;
  /** Printed on the title slide, e.g. "2026-11-23". */
  date?: string;
}

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();
const FONT = "Arial";
const TITLE = { x: DECK.margin, y: DECK.titleTop, w: SLIDE.width - 2 * DECK.margin };

/** Box names are unique on a slide so connectors can find their shapes by name. */
function boxNames(slide: DeckSlide): Map<string, string> {
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  for (const b of slide.boxes) {
    const n = (seen.get(b.box.title) ?? 0) + 1;
    seen.set(b.box.title, n);
    names.set(b.id, n === 1 ? b.box.title : `${b.box.title} (${n})`);
  }
  return names;
}

function runs(b: DeckBox, scene: ExportScene): PptxGenJS.TextProps[] {
  const t = scene.theme;
  const color: Record<DeckParagraph["tone"], string> = {
    ink: t.ink,
    accent: b.box.color,
    muted: t.muted,
    link: t.ink,
  };
  return b.paragraphs.flatMap((p, i) => {
    const style = { bold: p.bold, fontSize: p.size, color: hex(color[p.tone]) };
    const breakLine = i < b.paragraphs.length - 1;
    if (p.slide === undefined) return [{ text: p.text, options: { ...style, breakLine } }];
    // Only "→ slide 4" is the link: Impress never breaks a link across lines, however long.
    const at = Math.max(0, p.text.indexOf("→"));
    const link = {
      text: p.text.slice(at),
      options: { ...style, breakLine, hyperlink: { slide: p.slide } },
    };
    return at === 0 ? [link] : [{ text: p.text.slice(0, at), options: style }, link];
  });
}

function addBox(
  slide: PptxGenJS.Slide,
  b: DeckBox,
  name: string,
  scene: ExportScene,
  zoom: number,
): void {
  const t = scene.theme;
  const dim = b.box.emphasis === "dim" ? 60 : 0;
  const ring = b.box.emphasis === "selected" ? 3 : b.box.emphasis === "chain" ? 2.25 : 1.5;
  slide.addText(runs(b, scene), {
    shape: "roundRect",
    x: b.x,
    y: b.y,
    w: b.width,
    h: b.height,
    rectRadius: b.box.kind === "team" ? 0.15 : 0.06,
    fill: { color: hex(t.boxFill), transparency: dim },
    line: {
      color: hex(b.box.color),
      width: ring,
      dashType: b.box.kind === "team" ? "dash" : "solid",
      transparency: dim,
    },
    margin: [
      DECK.padX * 72 * zoom,
      DECK.padX * 72 * zoom,
      DECK.padY * 72 * zoom,
      DECK.padY * 72 * zoom,
    ],
    valign: "top",
    align: "left",
    fit: "none",
    fontFace: FONT,
    lang: localeOf(scene.language),
    objectName: name,
  });
}

function addSlide(
  pptx: PptxGenJS,
  plan: DeckSlide,
  scene: ExportScene,
  legend: LegendEntry[],
): ConnectorSpec[] {
  const t = scene.theme;
  const lang = localeOf(scene.language);
  const title = plan.kind === "title";
  const slide = pptx.addSlide({ masterName: title ? "TITLE" : "ORG_CHART" });
  slide.addText(plan.title, { placeholder: "title" });
  if (plan.subtitle.length > 0)
    slide.addText(
      plan.subtitle.map((r) => ({
        text: r.text,
        options: r.slide === undefined ? {} : { hyperlink: { slide: r.slide } },
      })),
      {
        x: TITLE.x,
        y: title ? 3.4 : DECK.titleTop + DECK.titleHeight,
        w: TITLE.w,
        h: DECK.subtitleHeight,
        fontFace: FONT,
        fontSize: title ? 18 : 14,
        color: hex(t.muted),
        align: title ? "center" : "left",
        lang,
      },
    );
  if (plan.body.length > 0)
    slide.addText(
      plan.body.map((line, i) => ({
        text: line.text,
        options: { color: hex(line.color), bold: true, breakLine: i < plan.body.length - 1 },
      })),
      {
        x: 2.5,
        y: 4.1,
        w: SLIDE.width - 5,
        h: 2.2,
        fontFace: FONT,
        fontSize: 16,
        align: "center",
        valign: "top",
        lang,
      },
    );
  if (legend.length > 0 && plan.kind !== "manager") addLegend(slide, scene, legend);
  const names = boxNames(plan);
  for (const b of plan.boxes) addBox(slide, b, names.get(b.id)!, scene, plan.zoom);
  for (const note of plan.notes)
    slide.addText(
      [
        {
          text: note.text,
          options: note.slide === undefined ? {} : { hyperlink: { slide: note.slide } },
        },
      ],
      {
        x: note.x,
        y: note.y,
        w: note.width,
        h: note.height,
        fontFace: FONT,
        fontSize: DECK.textPt,
        color: hex(t.muted),
        lang,
      },
    );
  const emphasis = new Map(plan.boxes.map((b) => [b.id, b.box.emphasis]));
  return plan.lines.map((line) => {
    const to = emphasis.get(line.to);
    const strong = to === "selected" || to === "chain" || to === "report";
    return {
      line,
      fromName: names.get(line.from)!,
      toName: names.get(line.to)!,
      name: translate(scene.language, "exportFile.lineName", {
        from: names.get(line.from)!,
        to: names.get(line.to)!,
      }),
      color: strong ? t.strongLine : t.line,
      width: strong ? 2.25 : 1.25,
      opacity: to === "dim" ? 0.4 : 1,
    };
  });
}

const SAMPLE = { width: 0.5, height: 0.3, gap: 0.1, spacing: 0.35 } as const;

/** The legend along the foot of a slide: each entry a native sample shape and its label. */
function addLegend(slide: PptxGenJS.Slide, scene: ExportScene, entries: LegendEntry[]): void {
  const t = scene.theme;
  const color = hex(scene.orgs[0]?.color ?? t.ink);
  const widths = entries.map(
    (e) => SAMPLE.width + SAMPLE.gap + (textWidth(e.label, DECK.textPt, false) + 4) / 72,
  );
  // Entries left to right, in as many centred rows as the slide's width needs.
  const rows: number[][] = [[]];
  let used = 0;
  widths.forEach((w, i) => {
    if (rows.at(-1)!.length > 0 && used + SAMPLE.spacing + w > SLIDE.width - 2 * DECK.margin) {
      rows.push([]);
      used = 0;
    }
    used += (rows.at(-1)!.length > 0 ? SAMPLE.spacing : 0) + w;
    rows.at(-1)!.push(i);
  });
  const place = new Map<number, { x: number; y: number }>();
  rows.forEach((row, r) => {
    const total = row.reduce((sum, i) => sum + widths[i]!, 0) + SAMPLE.spacing * (row.length - 1);
    let x = (SLIDE.width - total) / 2;
    const y = DECK.areaBottom - DECK.legendHeight + 0.1 + r * (SAMPLE.height + 0.08);
    for (const i of row) {
      place.set(i, { x, y });
      x += widths[i]! + SAMPLE.spacing;
    }
  });
  entries.forEach((e, i) => {
    const { x, y } = place.get(i)!;
    const box = { x, y, w: SAMPLE.width, h: SAMPLE.height };
    const line = { color, width: e.kind === "selected" ? 3 : 1.5 };
    if (e.kind === "document")
      slide.addShape("foldedCorner" as PptxGenJS.SHAPE_NAME, {
        ...box,
        x: x + 0.15,
        w: 0.2,
        fill: { color: hex(t.boxFill) },
        line: { color: hex(t.muted), width: 1 },
      });
    else if (e.kind === "unit" || e.kind === "hidden")
      slide.addText(e.kind === "unit" ? "Σ" : "+N", {
        ...box,
        fontFace: FONT,
        fontSize: DECK.textPt,
        bold: true,
        align: "center",
        color: e.kind === "unit" ? hex(t.muted) : color,
      });
    else
      slide.addShape("roundRect" as PptxGenJS.SHAPE_NAME, {
        ...box,
        rectRadius: 0.05,
        fill: { color: hex(t.boxFill), transparency: e.kind === "greyed" ? 60 : 0 },
        line: {
          ...line,
          dashType: e.kind === "team" ? "dash" : "solid",
          transparency: e.kind === "greyed" ? 60 : 0,
        },
      });
    slide.addText(e.label, {
      x: x + SAMPLE.width + SAMPLE.gap,
      y,
      w: widths[i]! - SAMPLE.width - SAMPLE.gap + 0.2,
      h: SAMPLE.height,
      fontFace: FONT,
      fontSize: DECK.textPt,
      color: hex(t.ink),
      margin: 0,
      valign: "middle",
      lang: localeOf(scene.language),
    });
  });
}

/** A title slide with its title in the middle, and content slides with theirs at the top. */
function defineMasters(pptx: PptxGenJS, scene: ExportScene): void {
  const title = (name: string, y: number, h: number, fontSize: number) => ({
    title: name,
    background: { color: hex(scene.theme.paper) },
    objects: [
      {
        placeholder: {
          options: {
            name: "title",
            type: "title" as const,
            x: TITLE.x,
            y,
            w: TITLE.w,
            h,
            fontFace: FONT,
            fontSize,
            bold: true,
            color: hex(scene.theme.ink),
            valign: "middle" as const,
            align: (name === "TITLE" ? "center" : "left") as "center" | "left",
          },
          text: "",
        },
      },
    ],
  });
  pptx.defineSlideMaster(title("TITLE", 1.9, 1.4, 40));
  pptx.defineSlideMaster(title("ORG_CHART", DECK.titleTop, DECK.titleHeight, 28));
}

/** Adds each slide's connectors to the file pptxgenjs wrote. */
async function glue(data: Uint8Array, connectors: ConnectorSpec[][]): Promise<Uint8Array> {
  const { strFromU8, strToU8, unzipSync, zipSync } = await import("fflate");
  const files = unzipSync(data);
  connectors.forEach((specs, i) => {
    const name = `ppt/slides/slide${i + 1}.xml`;
    files[name] = strToU8(addConnectors(strFromU8(files[name]!), specs));
  });
  return zipSync(files, { level: 6 });
}

/**
 * The scene as a PowerPoint deck (see planDeck): native rounded boxes holding their text (14 pt
 * titles, 12 pt otherwise) and reporting lines as connectors glued to them, so a person can move
 * a box and its lines follow. Opens without repair in PowerPoint and LibreOffice Impress.
 */
export async function toPptx(
  scene: ExportScene,
  options: PptxOptions = {},
  onProgress: Progress = () => undefined,
): Promise<ExportResult> {
  const lang = scene.language;
  onProgress(0.05, translate(lang, "exportFile.loadingPptx"));
  const { default: Pptx } = await import("pptxgenjs");
  const pptx = new Pptx();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = scene.title;
  pptx.company = "Org Atlas";
  defineMasters(pptx, scene);
  const plans = planDeck(scene, options);
  const legend = options.legend ? legendEntries(scene) : [];
  const connectors: ConnectorSpec[][] = [];
  for (const [i, plan] of plans.entries()) {
    onProgress(
      0.1 + (0.7 * i) / plans.length,
      translate(lang, "exportFile.slideOf", { n: i + 1, total: plans.length }),
    );
    connectors.push(addSlide(pptx, plan, scene, legend));
    if (i % 20 === 19) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  onProgress(0.85, translate(lang, "exportFile.saving"));
  const written = (await pptx.write({
    outputType: "uint8array",
    compression: false,
  })) as Uint8Array;
  const data = await glue(written, connectors);
  onProgress(1, translate(lang, "exportFile.done"));
  return {
    blob: new Blob([data as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    }),
    extension: "pptx",
    message: null,
  };
}
