import type { ReactFlowInstance } from "@xyflow/react";
import { useEffect } from "react";

/**
 * Fits the whole chart into the page while printing (print.css hides everything else), and puts
 * the viewport back afterwards. Called by the chart with its React Flow instance: a component
 * that calls useReactFlow re-renders when React Flow's viewport is set up, and the app's root
 * would re-render everything under it.
 */
export function usePrintFit(flow: ReactFlowInstance): void {
  useEffect(() => {
    let saved: ReturnType<typeof flow.getViewport> | null = null;
    const before = () => {
      saved = flow.getViewport();
      void flow.fitView({ padding: 0.02 });
    };
    const after = () => {
      if (saved) void flow.setViewport(saved);
      saved = null;
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, [flow]);
}
