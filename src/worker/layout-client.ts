import type { ElkLike } from "../core/layout/compute-layout.ts";
import { computeLayout, fallbackLayout } from "../core/layout/compute-layout.ts";
import { layoutKey } from "../core/layout/layout-key.ts";
import type { PrecomputedLayout } from "../core/layout/precomputed.ts";
import { layoutAnswers } from "../core/layout/precomputed.ts";
import type { LayoutRequest, LayoutResult } from "../core/layout/types.ts";

/** An ELK whose worker can be stopped: elk-api's ELK in the browser. */
export interface TerminableElk extends ElkLike {
  terminateWorker?: () => void;
}

export interface LayoutClientOptions {
  /** Makes a fresh ELK (a new worker); called again after a timeout kills the old one. */
  createElk: () => TerminableElk;
  /** Past this, the instant tree layout is used and ELK's worker is restarted. */
  timeoutMs?: number;
  /** How many ELK layouts to remember, so toggling a box back and forth needs no new run. */
  cacheSize?: number;
}

export interface LayoutClient {
  /**
   * Lays out a request. Resolves with `null` when a newer request superseded this one, so a slow
   * old layout can never overwrite a newer view.
   */
  layout(request: LayoutRequest): Promise<LayoutResult | null>;
  /**
   * The ELK layout already known for exactly this request (precomputed or computed earlier), or
   * null. A hit makes pending layouts stale, as a new `layout` call would.
   */
  known(request: LayoutRequest): LayoutResult | null;
  /** Adds layouts computed ahead of time (the prebuild's layout.json). */
  seed(layouts: readonly PrecomputedLayout[]): void;
  /** Starts the ELK worker so the next real layout does not pay for its start-up. */
  warmUp(): void;
  dispose(): void;
}

/**
 * Runs layouts in ELK's worker, one at a time from the caller's point of view: a new request
 * makes every pending one stale. Layouts are remembered by the request's content key. On an ELK
 * error or a timeout it falls back to the linear-time tree layout on the main thread, which never
 * blocks for long.
 */
export function createLayoutClient({
  createElk,
  timeoutMs = 4000,
  cacheSize = 16,
}: LayoutClientOptions): LayoutClient {
  let elk: TerminableElk | null = null;
  let latest = 0;
  // Layouts from layout.json, kept for the session: they are few and bounded by the prebuild.
  const precomputed = new Map<string, LayoutResult>();
  // Layouts computed here; a Map keeps insertion order, so re-inserting on use makes the first
  // key the least recently used.
  const recent = new Map<string, LayoutResult>();
  const remember = (key: string, layout: LayoutResult) => {
    recent.delete(key);
    recent.set(key, layout);
    while (recent.size > cacheSize) recent.delete(recent.keys().next().value!);
  };
  const lookup = (request: LayoutRequest, key: string): LayoutResult | null => {
    const computed = recent.get(key);
    if (computed) {
      remember(key, computed);
      return computed;
    }
    const stored = precomputed.get(key);
    // Precomputed layouts come from a file: check them against the request before trusting them.
    if (stored && layoutAnswers(stored, request)) return stored;
    precomputed.delete(key);
    return null;
  };
  const getElk = () => (elk ??= createElk());
  const restart = () => {
    elk?.terminateWorker?.();
    elk = null;
  };
  return {
    async layout(request) {
      const ticket = ++latest;
      const key = layoutKey(request);
      const hit = lookup(request, key);
      if (hit) return hit;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<"timeout">((resolve) => {
        timer = setTimeout(() => resolve("timeout"), timeoutMs);
      });
      let result: LayoutResult;
      try {
        const outcome = await Promise.race([computeLayout(getElk(), request), timeout]);
        if (outcome === "timeout") {
          if (ticket !== latest) return null;
          restart();
          result = fallbackLayout(request);
        } else {
          result = outcome;
          remember(key, result);
        }
      } catch {
        if (ticket !== latest) return null;
        restart();
        result = fallbackLayout(request);
      } finally {
        clearTimeout(timer);
      }
      return ticket === latest ? result : null;
    },
    known(request) {
      const hit = lookup(request, layoutKey(request));
      if (hit) latest += 1;
      return hit;
    },
    seed(layouts) {
      for (const { key, layout } of layouts) precomputed.set(key, layout);
    },
    warmUp() {
      getElk();
    },
    dispose() {
      latest += 1;
      restart();
    },
  };
}
