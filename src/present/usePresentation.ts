import { useReactFlow } from "@xyflow/react";
import { useAtlasStore } from "../store/StoreProvider.tsx";

/** Whether the user asked the system for less motion. */
export function reducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * Boxes and lines go to their places without gliding for the next two frames: entering or
 * leaving a presentation swaps the whole arrangement, and a glide from the chart's far-apart
 * places to the step's (or back) would fly boxes across the screen.
 */
export function withoutGlide(): void {
  const root = document.documentElement;
  root.classList.add("no-glide");
  requestAnimationFrame(() =>
    requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove("no-glide"))),
  );
}

/** Where focus goes back to when the presentation ends (the Present button, usually). */
let returnFocus: HTMLElement | null = null;

/**
 * Starts and ends presentation mode: the store keeps the state, this adds the browser's part
 * (fullscreen, the viewport to come back to, focus).
 */
export function usePresentation(): { enter: () => void; exit: () => void } {
  const store = useAtlasStore();
  const flow = useReactFlow();

  const enter = () => {
    const s = store.getState();
    if (s.presenting || !s.index) return;
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    withoutGlide();
    s.startPresentation(flow.getViewport());
    if (!store.getState().presenting) return;
    // Fullscreen may be refused (no user gesture, a headless browser, an iframe): the in-page
    // mode works the same without it.
    const root = document.documentElement;
    if (typeof root.requestFullscreen === "function" && !document.fullscreenElement) {
      root.requestFullscreen().catch(() => undefined);
    }
  };

  const exit = () => {
    withoutGlide();
    const saved = store.getState().stopPresentation();
    if (document.fullscreenElement && typeof document.exitFullscreen === "function") {
      document.exitFullscreen().catch(() => undefined);
    }
    if (saved?.viewport) {
      const viewport = saved.viewport;
      requestAnimationFrame(() => void flow.setViewport(viewport));
    }
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected) requestAnimationFrame(() => target.focus());
  };

  return { enter, exit };
}
