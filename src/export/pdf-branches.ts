import type { Box } from "../core/layout/types.ts";
import { translate } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";
import type { ClusterMetrics } from "./deck-layout.ts";
import { cluster, fitting } from "./deck-layout.ts";
import type { PageLayout, PageNote, PdfPage, PlanScene } from "./pdf-plan.ts";
import { fitScale } from "./pdf-plan.ts";

/** Room around a branch on its page, and under a box for its "continues on page N" note. */
const PAD = 16;
const NOTE_ROOM = 18;

interface Draft {
  ids: string[];
  root: string;
  /** Boxes on this page whose reports are on another page. */
  cuts: string[];
  /** The first page of a manager continued over several pages. */
  part: { n: number; total: number } | null;
  /** Where the boxes go when the chart's own layout does not fit the page. */
  layout?: PageLayout;
  /** Top positions of whole branches sharing this page, when there are several. */
  roots?: string[];
}

function treeOf(scene: PlanScene) {
  const byId = new Map(scene.boxes.map((b) => [b.id, b]));
  const reports = new Map<string, string[]>();
  const managerOf = new Map<string, string>();
  for (const e of scene.edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    managerOf.set(e.target, e.source);
    const list = reports.get(e.source);
    if (list) list.push(e.target);
    else reports.set(e.source, [e.target]);
  }
  const roots = scene.boxes.filter((b) => !managerOf.has(b.id)).map((b) => b.id);
  return { byId, reports, managerOf, roots };
}

type Tree = ReturnType<typeof treeOf>;

function bounds(tree: Tree, ids: readonly string[], layout?: PageLayout): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const b = layout?.boxes.get(id) ?? tree.byId.get(id)!;
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return {
    x: minX - PAD,
    y: minY - PAD,
    width: maxX - minX + 2 * PAD,
    height: maxY - minY + 2 * PAD + NOTE_ROOM,
  };
}

/** The levels of a branch: its top, its reports, theirs, … */
function levelsOf(tree: Tree, root: string): string[][] {
  const levels: string[][] = [[root]];
  for (;;) {
    const next = levels.at(-1)!.flatMap((id) => tree.reports.get(id) ?? []);
    if (next.length === 0) return levels;
    levels.push(next);
  }
}

/**
 * Splits the chart into branches that each fit a page at `readable` pt per px: a branch whole
 * when it fits, else its top levels with the rest continued on pages of their own, and a manager
 * whose reports alone do not fit one page continued over several.
 */
function draftPages(
  tree: Tree,
  fits: (ids: readonly string[]) => boolean,
  room: { width: number; height: number },
): Draft[] {
  const drafts: Draft[] = [];
  const visit = (root: string) => {
    const levels = levelsOf(tree, root);
    let k = levels.length - 1;
    while (k > 0 && !fits(levels.slice(0, k + 1).flat())) k--;
    // A lone box always fits: the page is sized to what it holds.
    if (k > 0 || levels.length === 1) {
      const cuts = k < levels.length - 1 ? levels[k]!.filter((id) => tree.reports.has(id)) : [];
      drafts.push({ ids: levels.slice(0, k + 1).flat(), root, cuts, part: null });
      cuts.forEach(visit);
      return;
    }
    // Not even the manager and its reports fit as the chart has them: they are laid out anew,
    // in a row or in two columns on a spine, continued over as many pages as they need.
    const reports = tree.reports.get(root) ?? [];
    const start = drafts.length;
    const groups = regroup(tree, root, reports, room);
    groups.forEach((g, i) => {
      drafts.push({
        ids: [root, ...g.reports],
        root,
        cuts: g.reports.filter((id) => tree.reports.has(id)),
        part: { n: i + 1, total: groups.length },
        layout: g.layout,
      });
    });
    for (const d of drafts.slice(start)) d.cuts.forEach(visit);
  };
  for (const root of tree.roots) {
    const last = drafts.at(-1);
    const branch = levelsOf(tree, root).flat();
    // Small neighbouring branches (lone positions, say) share a page when they fit together.
    if (last?.roots && fits(branch) && fits([...last.ids, ...branch])) {
      last.ids.push(...branch);
      last.roots.push(root);
      continue;
    }
    const start = drafts.length;
    visit(root);
    const first = drafts[start];
    if (drafts.length === start + 1 && first && first.cuts.length === 0 && first.part === null)
      first.roots = [root];
  }
  return drafts;
}

/** Spacing of a manager laid out anew with its reports, in chart px (as the chart spaces boxes). */
const METRICS: Omit<ClusterMetrics, "boxWidth"> = {
  gapX: 28,
  level: 64,
  rowGap: 18,
  spine: 56,
  indent: 28,
};

/**
 * A manager and its reports laid out anew for pages of `room` (chart px): one row when they fit
 * side by side, else two columns on a spine, as many reports a page as fit.
 */
function regroup(
  tree: Tree,
  root: string,
  reports: string[],
  room: { width: number; height: number },
): Array<{ reports: string[]; layout: PageLayout }> {
  const box = (id: string) => tree.byId.get(id)!;
  const metrics = {
    ...METRICS,
    boxWidth: Math.max(...[root, ...reports].map((id) => box(id).width)),
  };
  const perRow = Math.floor((room.width + metrics.gapX) / (metrics.boxWidth + metrics.gapX));
  const style = reports.length <= perRow ? "row" : "hang2";
  const size = (id: string) => ({ id, height: box(id).height });
  const out: Array<{ reports: string[]; layout: PageLayout }> = [];
  for (let i = 0; i < reports.length;) {
    const heights = reports.slice(i).map((id) => box(id).height);
    const n = fitting(box(root).height, heights, style, room.height, metrics);
    const chunk = reports.slice(i, i + n);
    const c = cluster(size(root), chunk.map(size), style, metrics);
    out.push({
      reports: chunk,
      layout: {
        boxes: new Map(c.boxes.map((b) => [b.id, { ...b, width: box(b.id).width }])),
        edges: c.lines.map((l) => ({ source: l.from, target: l.to, points: l.points })),
      },
    });
    i += n;
  }
  return out;
}

/** One page per branch of the chart, each at a readable size (see planPdf). */
export function planBranches(
  scene: PlanScene,
  area: Box,
  readable: number,
  lang: Language,
): PdfPage[] {
  const tree = treeOf(scene);
  const fits = (ids: readonly string[]) => {
    const b = bounds(tree, ids);
    return b.width * readable <= area.width + 1e-6 && b.height * readable <= area.height + 1e-6;
  };
  const room = {
    width: area.width / readable - 2 * PAD,
    height: area.height / readable - 2 * PAD - NOTE_ROOM,
  };
  const drafts = draftPages(tree, fits, room);
  // Where each branch starts, and where its top position is shown under its own manager.
  const pageOf = new Map<string, number>();
  const shownOn = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (!pageOf.has(d.root)) pageOf.set(d.root, i + 1);
    for (const id of d.cuts) if (!shownOn.has(id)) shownOn.set(id, i + 1);
  });
  return drafts.map((d, i) => {
    const view = bounds(tree, d.ids, d.layout);
    const notes: PageNote[] = d.cuts.map((id) => {
      const b = d.layout?.boxes.get(id) ?? tree.byId.get(id)!;
      return {
        side: "below",
        x: b.x + b.width / 2,
        y: b.y + b.height,
        text: translate(lang, "exportFile.continuesOn", { n: pageOf.get(id)! }),
      };
    });
    const root = tree.byId.get(d.root)!;
    let heading =
      d.roots && d.roots.length > 1
        ? [...new Set(d.roots.map((id) => tree.byId.get(id)!.org))].join(", ")
        : translate(lang, "exportFile.andReports", { title: root.title });
    if (d.part !== null && d.part.n > 1)
      heading = translate(lang, "exportFile.continued", { title: heading, ...d.part });
    const from = shownOn.get(d.root);
    if (from !== undefined) heading += translate(lang, "exportFile.fromPage", { n: from });
    return {
      view,
      scale: fitScale(area, view.width, view.height),
      ids: new Set(d.ids),
      ...(d.layout ? { layout: d.layout } : {}),
      heading,
      label: translate(lang, "exportFile.pageOf", { n: i + 1, total: drafts.length }),
      notes,
    };
  });
}
