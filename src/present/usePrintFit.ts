import { useReactFlow } from "@xyflow/react";
import { useEffect } from "react";

/**
 * Fits the whole chart into the page while printing (print.css hides everything else), and puts
 * the viewport back afterwards.
 */
export function usePrintFit(): void {
  const flow = useReactFlow();
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
