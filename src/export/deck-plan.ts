import { plural, pluralCategory, translate } from "../i18n/format.ts";
import type { Language, MessageKey } from "../i18n/messages.ts";
import type { ClusterStyle, DeckLine, DeckParagraph, PlacedBox } from "./deck-layout.ts";
import { DECK, SLIDE, boxHeight, clearMeasures, cluster, fitting } from "./deck-layout.ts";
import type { ExportScene, SceneBox } from "./types.ts";

export interface DeckBox extends PlacedBox {
  box: SceneBox;
  paragraphs: DeckParagraph[];
}

/** A line of text that is not a position: "+12 more → slide 9". */
export interface DeckNote {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  slide?: number;
}

/** A piece of a slide's subtitle, which may link to another slide. */
export interface DeckRun {
  text: string;
  slide?: number;
}

export interface DeckSlide {
  kind: "title" | "overview" | "manager";
  title: string;
  subtitle: DeckRun[];
  /** The title slide's list: one line per organization, in its colour. */
  body: Array<{ text: string; color: string }>;
  boxes: DeckBox[];
  lines: DeckLine[];
  notes: DeckNote[];
  /** How much the boxes are enlarged from their 14 pt / 12 pt size to fill the slide. */
  zoom: number;
}

export interface DeckOptions {
  /** Keeps room at the foot of the title and overview slides for the legend. */
  legend?: boolean;
  /** Printed on the title slide, e.g. "2026-11-23". */
  date?: string;
}

const NOTE_HEIGHT = 0.35;

function pick(lang: Language, n: number, key: "exportFile.seeSlide" | "exportFile.organizations") {
  return `${key}.${pluralCategory(lang, n)}` as MessageKey;
}

/** The scene's tree: each box's reports, in chart order, and its manager. */
function treeOf(scene: ExportScene) {
  const byId = new Map(scene.boxes.map((b) => [b.id, b]));
  const managerOf = new Map<string, string>();
  for (const e of scene.edges)
    if (byId.has(e.source) && byId.has(e.target)) managerOf.set(e.target, e.source);
  const reports = new Map<string, SceneBox[]>();
  for (const b of scene.boxes) {
    const m = managerOf.get(b.id);
    if (m === undefined) continue;
    const list = reports.get(m);
    if (list) list.push(b);
    else reports.set(m, [b]);
  }
  const roots = scene.boxes.filter((b) => !managerOf.has(b.id));
  return { byId, managerOf, reports, roots };
}

type Tree = ReturnType<typeof treeOf>;

/** What a box says on a slide; a box whose reports have a slide of their own links to it. */
function paragraphs(b: SceneBox, lang: Language, tree: Tree, linkTo?: number): DeckParagraph[] {
  const out: DeckParagraph[] = [{ text: b.title, size: DECK.titlePt, bold: true, tone: "ink" }];
  const meta = [
    b.badge,
    b.countBadge,
    b.kind === "team" ? translate(lang, "box.team") : null,
  ].filter((v): v is string => v !== null);
  if (meta.length > 0)
    out.push({ text: meta.join(" · "), size: DECK.textPt, bold: true, tone: "accent" });
  for (const text of [b.fteText, b.hiddenText, b.undescribedText])
    if (text !== null) out.push({ text, size: DECK.textPt, bold: false, tone: "muted" });
  const n = tree.reports.get(b.id)?.length ?? 0;
  if (linkTo !== undefined && n > 0)
    out.push({
      text: translate(lang, pick(lang, n, "exportFile.seeSlide"), { n, slide: linkTo }),
      size: DECK.textPt,
      bold: false,
      tone: "link",
      slide: linkTo,
    });
  return out;
}

interface Numbering {
  /** First slide of each manager's slides, 1-based. */
  slideOf: (id: string) => number | undefined;
}

function placeCluster(
  manager: SceneBox,
  reports: readonly SceneBox[],
  style: ClusterStyle,
  lang: Language,
  tree: Tree,
  numbering: Numbering,
  managerLink: boolean,
) {
  const paras = new Map<string, DeckParagraph[]>();
  paras.set(
    manager.id,
    paragraphs(manager, lang, tree, managerLink ? numbering.slideOf(manager.id) : undefined),
  );
  for (const r of reports) paras.set(r.id, paragraphs(r, lang, tree, numbering.slideOf(r.id)));
  const size = (b: SceneBox) => ({ id: b.id, height: boxHeight(paras.get(b.id)!) });
  const c = cluster(size(manager), reports.map(size), style);
  const byId = tree.byId;
  const toDeck = (p: PlacedBox): DeckBox => ({
    ...p,
    box: byId.get(p.id)!,
    paragraphs: paras.get(p.id)!,
  });
  return { ...c, deckBoxes: c.boxes.map(toDeck) };
}

const AREA_WIDTH = SLIDE.width - 2 * DECK.margin;
const areaHeight = (o: DeckOptions) =>
  DECK.areaBottom - DECK.areaTop - (o.legend ? DECK.legendHeight : 0);

function emptySlide(kind: DeckSlide["kind"], title: string, subtitle: DeckRun[] = []): DeckSlide {
  return { kind, title, subtitle, body: [], boxes: [], lines: [], notes: [], zoom: 1 };
}

/** Slides with few boxes show them larger, up to this factor (text up to 19.5 pt). */
const MAX_ZOOM = 1.4;

/**
 * A slide's clusters side by side, centred across the slide from the top of the area, and
 * enlarged (text included) when they leave room: a manager with three reports fills the slide.
 */
function centred(
  slide: DeckSlide,
  parts: Array<ReturnType<typeof placeCluster> & { note?: DeckNote }>,
  available: number,
): DeckSlide {
  const total = parts.reduce((sum, p) => sum + p.width, 0) + DECK.clusterGap * (parts.length - 1);
  const tallest = Math.max(...parts.map((p) => p.height));
  const z = Math.max(1, Math.min(MAX_ZOOM, AREA_WIDTH / total, available / tallest));
  slide.zoom = z;
  let x = DECK.margin + (AREA_WIDTH - total * z) / 2;
  const top = DECK.areaTop;
  for (const p of parts) {
    const at = (q: { x: number; y: number }) => ({ x: x + q.x * z, y: top + q.y * z });
    for (const b of p.deckBoxes)
      slide.boxes.push({
        ...b,
        ...at(b),
        width: b.width * z,
        height: b.height * z,
        paragraphs: b.paragraphs.map((q) => ({ ...q, size: Math.round(q.size * z * 2) / 2 })),
      });
    for (const l of p.lines) slide.lines.push({ ...l, points: l.points.map(at) });
    if (p.note)
      slide.notes.push({
        ...p.note,
        ...at(p.note),
        width: p.note.width * z,
        height: p.note.height * z,
      });
    x += (p.width + DECK.clusterGap) * z;
  }
  return slide;
}

/** Manager slides keep no room for the legend, which goes on the title and overview slides. */
function managerSlides(
  scene: ExportScene,
  tree: Tree,
  numbering: Numbering,
): Array<{ id: string; slides: DeckSlide[] }> {
  const lang = scene.language;
  const out: Array<{ id: string; slides: DeckSlide[] }> = [];
  for (const b of scene.boxes) {
    const reports = tree.reports.get(b.id);
    if (!reports) continue;
    const style: ClusterStyle = reports.length <= DECK.rowMax ? "row" : "hang2";
    const managerId = tree.managerOf.get(b.id);
    const subtitle: DeckRun[] =
      managerId === undefined
        ? [{ text: translate(lang, "exportFile.top", { org: b.org }) }]
        : [
            {
              text: translate(lang, "exportFile.reportsTo", {
                title: tree.byId.get(managerId)!.title,
              }),
              slide: numbering.slideOf(managerId),
            },
            { text: ` · ${b.org}` },
          ];
    const managerHeight = boxHeight(paragraphs(b, lang, tree));
    const heights = reports.map((r) => boxHeight(paragraphs(r, lang, tree, 99)));
    const fits = (from: number) =>
      fitting(managerHeight, heights.slice(from), style, areaHeight({}));
    const greedy: SceneBox[][] = [];
    for (let i = 0; i < reports.length; i += fits(i)) greedy.push(reports.slice(i, i + fits(i)));
    // As many slides as the reports need, shared evenly (7 reports: 4 and 3, not 6 and 1).
    const per = Math.ceil(reports.length / greedy.length);
    const even: SceneBox[][] = [];
    for (let i = 0; i < reports.length; i += per) even.push(reports.slice(i, i + per));
    const chunks = even.every((c, k) => fits(k * per) >= c.length) ? even : greedy;
    const slides = chunks.map((chunk, i) => {
      const title =
        i === 0
          ? b.title
          : translate(lang, "exportFile.continued", {
              title: b.title,
              n: i + 1,
              total: chunks.length,
            });
      const part = placeCluster(b, chunk, style, lang, tree, numbering, false);
      return centred(emptySlide("manager", title, subtitle), [part], areaHeight({}));
    });
    out.push({ id: b.id, slides });
  }
  return out;
}

function overviewSlides(
  scene: ExportScene,
  tree: Tree,
  numbering: Numbering,
  options: DeckOptions,
): DeckSlide[] {
  const lang = scene.language;
  const available = areaHeight(options);
  const parts = tree.roots.map((root) => {
    const reports = tree.reports.get(root.id) ?? [];
    const style: ClusterStyle =
      reports.length <= 1 ? "row" : reports.length <= 3 ? "hang1" : "hang2";
    const heights = reports.map((r) => boxHeight(paragraphs(r, lang, tree, 99)));
    const rootHeight = boxHeight(paragraphs(root, lang, tree, 99));
    let shown = reports.length;
    if (style !== "row" && fitting(rootHeight, heights, style, available) < reports.length)
      shown = fitting(rootHeight, heights, style, available - NOTE_HEIGHT - 0.1);
    const part = placeCluster(root, reports.slice(0, shown), style, lang, tree, numbering, true);
    if (shown === reports.length) return part;
    const slide = numbering.slideOf(root.id);
    const note: DeckNote = {
      x: 0,
      y: part.height + 0.1,
      width: part.width,
      height: NOTE_HEIGHT,
      text: translate(lang, "exportFile.more", { n: reports.length - shown, slide: slide ?? "" }),
      slide,
    };
    return { ...part, height: part.height + 0.1 + NOTE_HEIGHT, note };
  });
  const groups: Array<typeof parts> = [[]];
  let width = 0;
  for (const p of parts) {
    const current = groups.at(-1)!;
    if (current.length > 0 && width + DECK.clusterGap + p.width > AREA_WIDTH) {
      groups.push([p]);
      width = p.width;
    } else {
      width += (current.length > 0 ? DECK.clusterGap : 0) + p.width;
      current.push(p);
    }
  }
  const base = translate(lang, "exportFile.overview");
  return groups.map((g, i) => {
    const title =
      i === 0
        ? base
        : translate(lang, "exportFile.continued", { title: base, n: i + 1, total: groups.length });
    return centred(emptySlide("overview", title), g, available);
  });
}

function titleSlide(scene: ExportScene, options: DeckOptions): DeckSlide {
  const lang = scene.language;
  const count = plural(lang, "org.positions", scene.boxes.length);
  const orgs = translate(lang, pick(lang, scene.orgs.length, "exportFile.organizations"), {
    n: scene.orgs.length,
  });
  const subtitle = [count, orgs, options.date].filter((v): v is string => v !== undefined);
  const slide = emptySlide("title", scene.title, [{ text: subtitle.join(" · ") }]);
  const counts = new Map<string, number>();
  for (const b of scene.boxes) counts.set(b.org, (counts.get(b.org) ?? 0) + 1);
  slide.body = scene.orgs.map((o) => ({
    text: `${o.label} — ${plural(lang, "org.positions", counts.get(o.key) ?? 0)}`,
    color: o.color,
  }));
  return slide;
}

/**
 * The scene as a deck: a title slide, an overview of the top levels (each top position with its
 * direct reports), then one slide per manager with its direct reports, and "continued" slides
 * when they do not all fit. Boxes that have reports link to their own slide. Pure: inches and
 * points, no PowerPoint library.
 */
export function planDeck(scene: ExportScene, options: DeckOptions = {}): DeckSlide[] {
  const tree = treeOf(scene);
  clearMeasures();
  // A stand-in number first, so that the first pass lays boxes out with their link lines.
  let numbering: Numbering = { slideOf: (id) => (tree.reports.has(id) ? 99 : undefined) };
  let slides: DeckSlide[] = [];
  // Slide numbers depend on how many overview slides there are, which links do not change; the
  // second pass writes the links.
  for (let pass = 0; pass < 2; pass++) {
    const overview = overviewSlides(scene, tree, numbering, options);
    const managers = managerSlides(scene, tree, numbering);
    slides = [titleSlide(scene, options), ...overview, ...managers.flatMap((m) => m.slides)];
    const first = new Map<string, number>();
    let n = 2 + overview.length;
    for (const m of managers) {
      first.set(m.id, n);
      n += m.slides.length;
    }
    numbering = { slideOf: (id) => first.get(id) };
  }
  return slides;
}
