import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useCallback, useRef, useState } from "react";
import type { ExportFormat, ExportOptions } from "../export/export-chart.ts";
import type { ExportScope } from "../export/types.ts";
import { translate } from "../i18n/format.ts";
import { useAtlasStore } from "../store/StoreProvider.tsx";
import { saveFile } from "../ui-support/save-file.ts";

export type ScopeKind = ExportScope["kind"];

export interface ExportState {
  status: "idle" | "running" | "done" | "error";
  /** 0..1 while running. */
  progress: number;
  label: string;
  fileName: string | null;
  /** Why the file differs from the request (a PNG scaled down or split), or null. */
  message: string | null;
  error: string | null;
}

const IDLE: ExportState = {
  status: "idle",
  progress: 0,
  label: "",
  fileName: null,
  message: null,
  error: null,
};

/** Reads the theme's CSS custom properties where the chart inherits them. */
function readCss(): (name: string) => string {
  const el = document.querySelector(".chart") ?? document.documentElement;
  const style = getComputedStyle(el);
  return (name) => style.getPropertyValue(name);
}

/**
 * Connects the store and React Flow's viewport to the export functions, which load on first use,
 * and saves the file. Only one export runs at a time.
 */
export function useExport(): {
  state: ExportState;
  run: (options: ExportOptions, scope: ScopeKind) => Promise<void>;
  reset: () => void;
} {
  const store = useAtlasStore();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const [state, setState] = useState<ExportState>(IDLE);
  const running = useRef(false);

  const run = useCallback(
    async (options: ExportOptions, scopeKind: ScopeKind) => {
      if (running.current) return;
      running.current = true;
      const lang = store.getState().language;
      setState({ ...IDLE, status: "running", label: translate(lang, "exportFile.preparing") });
      try {
        const s = store.getState();
        if (!s.index || !s.layout) throw new Error(translate(lang, "exportFile.stillLoading"));
        let scope: ExportScope;
        if (scopeKind === "subtree") {
          if (s.selectedId === null) throw new Error(translate(lang, "exportFile.selectFirst"));
          scope = { kind: "subtree", rootId: s.selectedId };
        } else if (scopeKind === "viewport") {
          const { x, y, zoom } = flow.getViewport();
          const { width, height } = flowStore.getState();
          scope = {
            kind: "viewport",
            rect: { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom },
          };
        } else {
          scope = { kind: "all" };
        }
        // A split graph's files, the sources and documents only these formats carry.
        const needs =
          options.format === "json" ? "all" : options.format === "csv" ? "documents" : null;
        if (needs && (await s.loadDetails(needs)) !== null)
          throw new Error(translate(lang, "exportFile.detailsFailed"));
        const [{ exportChart }, { themeFromCss }] = await Promise.all([
          import("../export/export-chart.ts"),
          import("../export/theme.ts"),
        ]);
        const result = await exportChart(
          {
            ix: s.index,
            layout: s.layout,
            view: {
              collapsed: s.collapsed,
              organization: s.organization,
              highlight:
                s.selectedId === null ? null : { selectedId: s.selectedId, ...s.highlight },
            },
            scope,
            theme: themeFromCss(readCss()),
            language: lang,
          },
          options,
          (progress, label) => setState((prev) => ({ ...prev, progress, label })),
        );
        saveFile(result.blob, result.fileName);
        setState({
          ...IDLE,
          status: "done",
          progress: 1,
          label: translate(lang, "exportFile.done"),
          fileName: result.fileName,
          message: result.message,
        });
      } catch (error) {
        setState({
          ...IDLE,
          status: "error",
          error: error instanceof Error ? error.message : String(error),
        });
      } finally {
        running.current = false;
      }
    },
    [store, flow, flowStore],
  );

  const reset = useCallback(() => setState(IDLE), []);
  return { state, run, reset };
}

export type { ExportFormat, ExportOptions };
