import { useStoreApi } from "@xyflow/react";
import { useLayoutEffect, useRef } from "react";
import type { RefObject } from "react";

/** Frames the view must keep still before it counts as settled: d3's glides move every frame. */
const STILL_FRAMES = 2;

/** Whether a finite animation (a box's glide, a fade) is running inside `el`. */
function animating(el: HTMLElement): boolean {
  if (typeof el.getAnimations !== "function") return false;
  return el
    .getAnimations({ subtree: true })
    .some((a) => a.playState === "running" && a.effect?.getComputedTiming().endTime !== Infinity);
}

/**
 * Marks `container` with whether the chart has come to rest: `data-settled="true"` once the
 * layout is in (`pending` false), the camera has stopped (the viewport unchanged for two frames)
 * and no box or line is gliding (their transitions start when `drawn` changes or the view moves,
 * which wake this check); `data-settled-count` counts the times it has. A browser test
 * reads the count, acts, then waits for a larger count with `data-settled="true"` instead of
 * sleeping (docs/testing.md). Attributes are written directly: no re-render per frame.
 */
export function useSettledMarker(
  container: RefObject<HTMLElement | null>,
  pending: boolean,
  drawn: unknown,
): void {
  const flowStore = useStoreApi();
  const pendingRef = useRef(pending);
  const wake = useRef<() => void>(() => {});

  // Layout effects: the marker turns false in the same task as the commit that starts a change,
  // so no test can read the previous rest in between.
  useLayoutEffect(() => {
    let frame = 0;
    let still = 0;
    let settles = 0;
    let last = flowStore.getState().transform;
    const mark = (settled: boolean) => {
      const el = container.current;
      if (!el || el.dataset.settled === String(settled)) return;
      el.dataset.settled = String(settled);
      el.dataset.settledCount = String(settles);
    };
    const check = () => {
      frame = 0;
      const el = container.current;
      const now = flowStore.getState().transform;
      still = now === last ? still + 1 : 0;
      last = now;
      if (pendingRef.current || still < STILL_FRAMES || (el && animating(el))) {
        frame = requestAnimationFrame(check);
        return;
      }
      settles += 1;
      mark(true);
    };
    wake.current = () => {
      still = 0;
      mark(false);
      if (frame === 0) frame = requestAnimationFrame(check);
    };
    const unsubscribe = flowStore.subscribe((state, previous) => {
      if (state.transform !== previous.transform) wake.current();
    });
    wake.current();
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      wake.current = () => {};
    };
  }, [container, flowStore]);

  // New boxes, or boxes in new places (a presentation step glides them at one zoom).
  useLayoutEffect(() => {
    pendingRef.current = pending;
    wake.current();
  }, [pending, drawn]);
}
