import { useEffect } from "react";
import type { AtlasState } from "../store/atlas-store.ts";
import { useAtlasStore } from "../store/StoreProvider.tsx";
import { translate } from "../i18n/format.ts";
import { frameBounds } from "./flow-elements.ts";
import { planPrint } from "./print-plan.ts";
import type { PrintPlan, Rect } from "./print-plan.ts";

/**
 * The printable area of a page, in CSS pixels: landscape Letter and A4 with 10 mm margins
 * (print.css) share 980 x 718 px; a line is kept for the page's label.
 */
const PAGE = { width: 976, height: 690 };
// Titles (15 px on screen) at 9 pt or more on paper, badges at 7 pt; a page cut through a box
// repeats about 1 cm of it on the next.
const OPTIONS = { readable: 0.8, overlap: 36, maxPages: 20 };

const EMPHASIS = /\b(box|route)--(selected|chain|report|dim)\b/g;

/** The part of the chart the screen shows, in chart units. */
function onScreen(viewport: HTMLElement): Rect {
  const m = new DOMMatrix(getComputedStyle(viewport).transform);
  const pane = viewport.parentElement!.getBoundingClientRect();
  return { x: -m.e / m.a, y: -m.f / m.a, width: pane.width / m.a, height: pane.height / m.a };
}

/** A copy of the chart's drawing for paper: no highlight, nothing focusable. */
function paperCopy(viewport: HTMLElement): HTMLElement {
  const copy = viewport.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll("[class]")) {
    const cls = el.getAttribute("class")!;
    if (EMPHASIS.test(cls)) el.setAttribute("class", cls.replace(EMPHASIS, "$1--none"));
    EMPHASIS.lastIndex = 0;
  }
  for (const el of copy.querySelectorAll("[tabindex]")) el.removeAttribute("tabindex");
  return copy;
}

function page(copy: HTMLElement, plan: PrintPlan, tile: Rect, label: string): HTMLElement {
  const section = document.createElement("section");
  section.className = "print-page";
  const caption = document.createElement("p");
  caption.className = "print-page__label";
  caption.textContent = label;
  const clip = document.createElement("div");
  clip.className = "print-page__clip react-flow";
  clip.style.width = `${Math.min(PAGE.width, tile.width * plan.scale)}px`;
  clip.style.height = `${Math.min(PAGE.height, tile.height * plan.scale)}px`;
  const drawing = copy.cloneNode(true) as HTMLElement;
  drawing.style.transform = `translate(${-tile.x * plan.scale}px, ${-tile.y * plan.scale}px) scale(${plan.scale})`;
  clip.append(drawing);
  section.append(caption, clip);
  return section;
}

/** The pages to print for the chart as drawn now, or null when there is no chart. */
function printPages(state: AtlasState): HTMLElement | null {
  const layout = (state.presenting ? state.presentStep?.layout : null) ?? state.layout;
  const viewport = document.querySelector<HTMLElement>(".chart .react-flow__viewport");
  const bounds = layout && frameBounds(layout);
  if (!layout || !viewport || !bounds) return null;
  const lang = state.language;
  // Past a few hundred boxes the chart draws only those on screen: only that part can print.
  const drawn = [...viewport.querySelectorAll<HTMLElement>(".react-flow__node-position")];
  const partial = drawn.length < Object.keys(layout.positions).length;
  const boxes = partial
    ? drawn.flatMap((el) => layout.positions[el.dataset.id ?? ""] ?? [])
    : Object.values(layout.positions);
  const plan = planPrint(partial ? onScreen(viewport) : bounds, boxes, PAGE, OPTIONS);
  const tiles = plan.tiles;
  const copy = paperCopy(viewport);
  const root = document.createElement("div");
  root.className = "print-pages";
  root.setAttribute("aria-hidden", "true");
  root.inert = true;
  tiles.forEach((tile, i) => {
    const where =
      tiles.length === 1
        ? translate(lang, "app.title")
        : translate(lang, "print.page", {
            n: i + 1,
            total: tiles.length,
            row: tile.row,
            column: tile.column,
          });
    const label = partial ? `${where} · ${translate(lang, "print.onScreenOnly")}` : where;
    root.append(page(copy, plan, tile, label));
  });
  return root;
}

/**
 * Prints the chart readably (print.css shows only these pages): on one landscape page when its
 * titles stay at 8 pt or more there, else as a poster of overlapping, labelled pages. Built
 * when printing starts (the Print button, or the browser's own Print) and removed afterwards;
 * the screen's view is not touched.
 */
export function usePrintPages(): void {
  const store = useAtlasStore();
  useEffect(() => {
    let pages: HTMLElement | null = null;
    const before = () => {
      pages?.remove();
      pages = printPages(store.getState());
      if (pages) document.body.append(pages);
    };
    const after = () => {
      pages?.remove();
      pages = null;
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      after();
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, [store]);
}
