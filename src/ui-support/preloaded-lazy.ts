import { createElement, lazy, useState } from "react";
import type { ComponentType } from "react";

/**
 * A component whose code loads on demand and, once loaded (preloaded while the page was idle),
 * renders at once. React.lazy alone suspends on a component's first render even when its module
 * is already in, and React 19 reveals suspended content up to 300 ms later (its Suspense
 * throttle): a panel opened by Enter appeared ~320 ms after the key.
 */
export function preloadedLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const preload = () => load().then((component) => (loaded = component));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloaded(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component would remount it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return { Component: Preloaded, preload };
}
