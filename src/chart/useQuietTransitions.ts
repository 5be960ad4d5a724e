import { useEffect } from "react";
import type { RefObject } from "react";

const TRANSITION_EVENTS = ["transitionrun", "transitionstart", "transitionend", "transitioncancel"];

/**
 * Stops CSS transition events from inside `container` before they reach React. A re-layout
 * starts a transition on every box and line that moves, and each fires transitionrun,
 * transitionstart and transitionend; React's root listener walks the component tree for every
 * one of them, though nothing in the app listens (about 40 ms for 150 moving elements in a
 * trace). A capturing listener on the window runs before the root's and ends their propagation.
 */
export function useQuietTransitions(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const stop = (event: Event) => {
      if (event.target instanceof Node && container.current?.contains(event.target)) {
        event.stopImmediatePropagation();
      }
    };
    for (const type of TRANSITION_EVENTS) window.addEventListener(type, stop, true);
    return () => {
      for (const type of TRANSITION_EVENTS) window.removeEventListener(type, stop, true);
    };
  }, [container]);
}
