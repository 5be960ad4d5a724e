import type { ElkLike } from "../core/layout/compute-layout.ts";
import { computeLayout, fallbackLayout } from "../core/layout/compute-layout.ts";
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
}

export interface LayoutClient {
  /**
   * Lays out a request. Resolves with `null` when a newer request superseded this one, so a slow
   * old layout can never overwrite a newer view.
   */
  layout(request: LayoutRequest): Promise<LayoutResult | null>;
  /** Starts the ELK worker early so the first real layout does not pay for its start-up. */
  warmUp(): void;
  dispose(): void;
}

/**
 * Runs layouts in ELK's worker, one at a time from the caller's point of view: a new request
 * makes every pending one stale. On an ELK error or a timeout it falls back to the linear-time
 * tree layout on the main thread, which never blocks for long.
 */
export function createLayoutClient({
  createElk,
  timeoutMs = 4000,
}: LayoutClientOptions): LayoutClient {
  let elk: TerminableElk | null = null;
  let latest = 0;
  const getElk = () => (elk ??= createElk());
  const restart = () => {
    elk?.terminateWorker?.();
    elk = null;
  };
  return {
    async layout(request) {
      const ticket = ++latest;
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
    warmUp() {
      getElk();
    },
    dispose() {
      latest += 1;
      restart();
    },
  };
}
