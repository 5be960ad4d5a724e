import { useReactFlow, useStore } from "@xyflow/react";
import { useEffect, useLayoutEffect, useRef } from "react";
import type { RefObject } from "react";
import { organizationOf } from "../core/graph/queries.ts";
import type { AtlasStore } from "../store/atlas-store.ts";
import type { PresentScreen } from "../store/presentation-slice.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import {
  selectIndex,
  selectPresentCount,
  selectPresentFocus,
  selectPresentIndex,
  selectPresentStep,
  selectPresenting,
  selectStatus,
} from "../store/selectors.ts";
import "./present.css";
import { reducedMotion, usePresentation } from "./usePresentation.ts";
import { useT } from "../ui-support/useT.ts";

/** Keys that step forward or back; clickers send Page Down / Page Up. */
const NEXT = new Set(["PageDown", "ArrowRight", "ArrowDown", " "]);
const PREVIOUS = new Set(["PageUp", "ArrowLeft", "ArrowUp"]);

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== "function") return false;
  return (
    el.isContentEditable ||
    el.tagName === "INPUT" ||
    el.tagName === "SELECT" ||
    el.tagName === "TEXTAREA" ||
    el.closest('[role="dialog"], [role="tree"]') !== null
  );
}

/** Screen pixels kept free around the step: at the sides, above, and above the caption. */
const MARGIN = { side: 32, top: 24, caption: 16 };
/** Box titles are never drawn smaller than this while presenting. */
const READABLE_PX = 14;

/** Where the step is drawn: the screen above the caption, inside the margins. */
function measureScreen(caption: HTMLElement | null): PresentScreen | null {
  const pane = document.querySelector(".react-flow")?.getBoundingClientRect();
  if (!pane || pane.width === 0) return null;
  const bottom = caption ? caption.getBoundingClientRect().top : pane.bottom;
  const height = Math.max(1, bottom - MARGIN.caption - pane.top - MARGIN.top);
  const title = document.querySelector(".box__title");
  const titlePx = title ? parseFloat(getComputedStyle(title).fontSize) || 15 : 15;
  return {
    width: Math.max(1, pane.width - 2 * MARGIN.side),
    height,
    // Larger on larger screens (a projector): titles at about a 36th of the free height.
    preferred: Math.min(2, Math.max(1, height / 36 / titlePx)),
    readable: READABLE_PX / titlePx,
  };
}

/**
 * Lays each step out for the screen above the caption and moves the camera to it: the step is
 * centred on (0, 0), so the camera stays put and only its zoom may change, in one continuous
 * move (a jump with reduced motion) while the boxes glide to their new places.
 */
function usePresentCamera(store: AtlasStore, caption: RefObject<HTMLElement | null>): void {
  const presenting = useAtlas(selectPresenting);
  const focusId = useAtlas(selectPresentFocus);
  const step = useAtlas(selectPresentStep);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const flow = useReactFlow();
  const moved = useRef(false);

  // Before paint: the caption's height decides the room left for the steps. A caption that grows
  // (a title on two lines) shrinks it for the rest of the presentation, so that boxes keep one
  // size from step to step instead of growing and shrinking with the caption.
  const room = useRef<{ width: number; height: number; free: number } | null>(null);
  useLayoutEffect(() => {
    if (!presenting) {
      moved.current = false;
      room.current = null;
      return;
    }
    const screen = measureScreen(caption.current);
    if (!screen) return;
    const last = room.current;
    if (last && last.width === width && last.height === height && last.free <= screen.height)
      return;
    room.current = { width, height, free: screen.height };
    store.getState().setPresentScreen(screen);
  }, [presenting, focusId, width, height, store, caption]);

  useEffect(() => {
    if (!presenting || !step || width === 0) return;
    const screen = store.getState().presentScreen;
    if (!screen) return;
    const viewport = {
      x: width / 2,
      y: MARGIN.top + screen.height / 2,
      zoom: step.zoom,
    };
    const duration = moved.current && !reducedMotion() ? 450 : 0;
    moved.current = true;
    void flow.setViewport(viewport, { duration, interpolate: "linear" });
  }, [presenting, step, width, flow, store]);
}

/**
 * Presentation mode's keys (F, the arrows, Page Up / Down, Home / End, Escape), its camera and
 * its caption. The store decides what is in focus; this moves the view to it.
 */
export function PresentationLayer() {
  const store = useAtlasStore();
  const t = useT();
  const presenting = useAtlas(selectPresenting);
  const focusId = useAtlas(selectPresentFocus);
  const n = useAtlas(selectPresentIndex);
  const count = useAtlas(selectPresentCount);
  const index = useAtlas(selectIndex);
  const status = useAtlas(selectStatus);
  const { enter, exit } = usePresentation();
  const region = useRef<HTMLDivElement>(null);
  usePresentCamera(store, region);

  useEffect(() => {
    // Capture phase: while presenting, these keys belong to the presentation, not to the chart's
    // box-to-box navigation underneath.
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const s = store.getState();
      if (!s.presenting) {
        if ((event.key === "f" || event.key === "F") && status === "ready") {
          if (isTyping(event.target) || event.defaultPrevented) return;
          event.preventDefault();
          enter();
        }
        return;
      }
      let handled = true;
      if (event.key === "Escape") exit();
      else if (NEXT.has(event.key)) s.stepPresentation(1);
      else if (PREVIOUS.has(event.key)) s.stepPresentation(-1);
      else if (event.key === "Home") s.presentAt(0);
      else if (event.key === "End") s.presentAt(s.presentOrder.length - 1);
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  });

  // Leaving fullscreen with the browser's own Escape ends the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && store.getState().presenting) exit();
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  });

  useEffect(() => {
    if (presenting) region.current?.focus({ preventScroll: true });
  }, [presenting]);

  if (!presenting) return null;
  const title = focusId === null ? "" : (index?.byId.get(focusId)?.title ?? "");
  const managerId = focusId === null ? undefined : index?.managerOf.get(focusId);
  const manager = managerId === undefined ? null : (index?.byId.get(managerId)?.title ?? null);
  // A top position's second line names its organization, so the caption keeps its height.
  const where =
    manager !== null
      ? t("present.reportsTo", { title: manager })
      : focusId !== null && index
        ? organizationOf(index, focusId)
        : "";
  return (
    <div
      ref={region}
      className="present-caption"
      role="region"
      aria-label={t("present.label")}
      tabIndex={-1}
    >
      <p className="present-caption__text" aria-live="polite" aria-atomic="true">
        <span className="present-caption__title">{title}</span>{" "}
        <span className="present-caption__count">{t("present.count", { n: n + 1, count })}</span>
        <span className="present-caption__manager">{where}</span>
      </p>
      <div className="present-caption__actions">
        <button
          type="button"
          aria-label={t("present.previous")}
          onClick={() => store.getState().stepPresentation(-1)}
          disabled={n === 0}
        >
          ‹
        </button>
        <button
          type="button"
          aria-label={t("present.next")}
          onClick={() => store.getState().stepPresentation(1)}
          disabled={n >= count - 1}
        >
          ›
        </button>
        <button type="button" onClick={exit}>
          {t("present.exit")} <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
