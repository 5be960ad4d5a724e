import { useReactFlow, useStore } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { presentationCamera } from "../core/graph/presentation.ts";
import { chainOfCommand } from "../core/graph/queries.ts";
import type { Rect } from "../core/graph/presentation.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import {
  selectIndex,
  selectLayout,
  selectPresentCount,
  selectPresentFocus,
  selectPresentIndex,
  selectPresenting,
  selectStatus,
} from "../store/selectors.ts";
import "./present.css";
import { reducedMotion, usePresentation } from "./usePresentation.ts";
import { useT } from "../i18n/useT.ts";

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

// The smallest zoom keeps 15 px titles at about 10 px; a very wide team runs off the sides.
const CAMERA = { margin: 72, minZoom: 0.65, maxZoom: 1.6 };

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
  const layout = useAtlas(selectLayout);
  const status = useAtlas(selectStatus);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const flow = useReactFlow();
  const { enter, exit } = usePresentation();
  const region = useRef<HTMLDivElement>(null);

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

  // Runs after OrgChart's own centring (this component comes later in the tree), so it wins.
  useEffect(() => {
    if (!presenting || focusId === null || !index || !layout || width === 0) return;
    const focus = layout.positions[focusId];
    if (!focus) return;
    const rects = (ids: readonly string[]) =>
      ids.flatMap((id) => (layout.positions[id] ? [layout.positions[id]] : []));
    const shown: Rect[] = rects([focusId, ...(index.childrenOf.get(focusId) ?? [])]);
    const above: Rect[] = rects(chainOfCommand(index, focusId).slice(1));
    const camera = presentationCamera(focus, shown, above, width, height, CAMERA);
    void flow.setCenter(camera.x, camera.y, {
      zoom: camera.zoom,
      duration: reducedMotion() ? 0 : 600,
    });
  }, [presenting, focusId, index, layout, width, height, flow]);

  if (!presenting) return null;
  const title = focusId === null ? "" : (index?.byId.get(focusId)?.title ?? "");
  const managerId = focusId === null ? undefined : index?.managerOf.get(focusId);
  const manager = managerId === undefined ? null : (index?.byId.get(managerId)?.title ?? null);
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
        {manager !== null && (
          <span className="present-caption__manager">
            {t("present.reportsTo", { title: manager })}
          </span>
        )}
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
