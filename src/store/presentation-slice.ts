import { readingOrder, startIndex, stepIndex } from "../core/graph/presentation.ts";
import {
  boxSizeIn,
  planStep,
  presentationZoom,
  stepBoxes,
} from "../core/graph/presentation-layout.ts";
import type { StepArea, ZoomRange } from "../core/graph/presentation-layout.ts";
import type { LayoutResult } from "../core/layout/types.ts";
import type { Slice } from "./slice.ts";

/** A React Flow viewport, kept as plain data. */
export interface SavedViewport {
  x: number;
  y: number;
  zoom: number;
}

/** What presentation mode changes, to put back when it ends. */
export interface PresentationSnapshot {
  selectedId: string | null;
  panelOpen: boolean;
  viewport: SavedViewport | null;
}

/** The screen a presentation is drawn on: the free area and how large boxes may be. */
export type PresentScreen = StepArea & ZoomRange;

/** What the chart draws for the current step, and at which zoom. */
export interface PresentStep {
  /** The focus, its chain of command and direct reports, laid out for the screen. */
  layout: LayoutResult;
  zoom: number;
  /** Reports that lead others show how many are below them ("+12"). */
  collapsed: ReadonlySet<string>;
}

export interface PresentationSlice {
  presenting: boolean;
  /** Boxes in the order the presentation steps through them (fixed when it starts). */
  presentOrder: readonly string[];
  /** Position of the box in focus within `presentOrder`. */
  presentIndex: number;
  presentSaved: PresentationSnapshot | null;
  presentScreen: PresentScreen | null;
  /** One zoom for every step that fits it (see presentationZoom). */
  presentZoom: number;
  presentStep: PresentStep | null;
  /** Starts at the selected box (or the first root), showing it with its chain and reports. */
  startPresentation: (viewport: SavedViewport | null) => void;
  /** Moves the focus `delta` boxes along the order; stops at both ends. */
  stepPresentation: (delta: number) => void;
  /** Moves the focus to the box at `index` in the order (Home / End, a click on a box). */
  presentAt: (index: number) => void;
  /** Sets the screen the steps are laid out for (on start, and when it changes size). */
  setPresentScreen: (screen: PresentScreen) => void;
  /** Ends the presentation and restores the selection; returns what was restored. */
  stopPresentation: () => PresentationSnapshot | null;
}

function sameScreen(a: PresentScreen | null, b: PresentScreen): boolean {
  return (
    a !== null &&
    Math.abs(a.width - b.width) < 1 &&
    Math.abs(a.height - b.height) < 1 &&
    a.preferred === b.preferred &&
    a.readable === b.readable
  );
}

export const createPresentationSlice: Slice<PresentationSlice> = (set, get) => {
  /** Lays out the step in focus for the screen (nothing until the screen is known). */
  const layOutStep = () => {
    const { index, presentOrder, presentIndex, presentScreen, presentZoom } = get();
    const id = presentOrder[presentIndex];
    if (!index || id === undefined || !presentScreen) return set({ presentStep: null });
    const step = stepBoxes(index, id);
    const plan = planStep(step, presentScreen, presentZoom, boxSizeIn(index));
    const leads = step.reports.filter((r) => (index.childrenOf.get(r)?.length ?? 0) > 0);
    set({ presentStep: { layout: plan.layout, zoom: plan.zoom, collapsed: new Set(leads) } });
  };

  /** Selects the box at `index`, so it, its chain and its reports are emphasised. */
  const focusOn = (index: number) => {
    const id = get().presentOrder[index];
    if (id === undefined) return;
    set({ presentIndex: index });
    get().select(id, { openPanel: false });
    layOutStep();
  };

  return {
    presenting: false,
    presentOrder: [],
    presentIndex: 0,
    presentSaved: null,
    presentScreen: null,
    presentZoom: 1,
    presentStep: null,
    startPresentation: (viewport) => {
      const s = get();
      if (s.presenting || !s.index) return;
      const order = readingOrder(s.index, {
        collapsed: s.collapsed,
        organization: s.organization,
      });
      if (order.length === 0) return;
      set({
        presenting: true,
        presentOrder: order,
        presentSaved: { selectedId: s.selectedId, panelOpen: s.panelOpen, viewport },
      });
      if (s.presentScreen) get().setPresentScreen(s.presentScreen);
      focusOn(startIndex(order, s.selectedId));
    },
    stepPresentation: (delta) => {
      const { presenting, presentOrder, presentIndex } = get();
      if (!presenting) return;
      const next = stepIndex(presentOrder, presentIndex, delta);
      if (next !== presentIndex) focusOn(next);
    },
    presentAt: (index) => {
      const { presenting, presentOrder, presentIndex } = get();
      if (!presenting) return;
      const next = stepIndex(presentOrder, index, 0);
      if (next !== presentIndex) focusOn(next);
    },
    setPresentScreen: (screen) => {
      const { index, presentOrder, presentScreen, presenting } = get();
      if (presenting && sameScreen(presentScreen, screen) && get().presentStep) return;
      const zoom = index ? presentationZoom(index, presentOrder, screen, screen) : 1;
      set({ presentScreen: screen, presentZoom: zoom });
      if (presenting) layOutStep();
    },
    stopPresentation: () => {
      const saved = get().presentSaved;
      if (!get().presenting || !saved) return null;
      set({
        presenting: false,
        presentOrder: [],
        presentIndex: 0,
        presentSaved: null,
        presentStep: null,
      });
      const s = get();
      if (saved.selectedId === null) s.select(null);
      else s.select(saved.selectedId, { openPanel: saved.panelOpen });
      return saved;
    },
  };
};
