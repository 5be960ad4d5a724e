import { useReactFlow } from "@xyflow/react";
import type { Ref } from "react";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import {
  selectDirection,
  selectLayoutPending,
  selectOrganization,
  selectOrgs,
} from "../store/selectors.ts";
import { motionMs } from "../chart/motion.ts";
import { usePresentation } from "../present/usePresentation.ts";
import { ExportMenu } from "./ExportMenu.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { ThemeSelect } from "./ThemeSelect.tsx";

/** Search, filters and view commands above the chart. */
export function Toolbar({
  searchRef,
  onShowShortcuts,
  outlineOpen = false,
  onToggleOutline = () => undefined,
}: {
  searchRef: Ref<HTMLInputElement>;
  onShowShortcuts: () => void;
  /** Whether the outline (the hierarchy as a keyboard tree) is shown beside the chart. */
  outlineOpen?: boolean;
  onToggleOutline?: () => void;
}) {
  const store = useAtlasStore();
  const orgs = useAtlas(selectOrgs);
  const organization = useAtlas(selectOrganization);
  const direction = useAtlas(selectDirection);
  const pending = useAtlas(selectLayoutPending);
  const flow = useReactFlow();
  const presentation = usePresentation();
  const s = () => store.getState();
  return (
    <div className="toolbar" role="toolbar" aria-label="Chart tools">
      <SearchBox ref={searchRef} onChosen={() => undefined} />
      <label className="field">
        <span>Organization</span>
        <select
          value={organization ?? ""}
          onChange={(e) => s().setOrganization(e.target.value === "" ? null : e.target.value)}
        >
          <option value="">All organizations</option>
          {orgs.map((o) => (
            <option key={o.label} value={o.label}>
              {o.label} ({o.size})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Direction</span>
        <select
          value={direction}
          onChange={(e) => s().setDirection(e.target.value as "DOWN" | "RIGHT")}
        >
          <option value="DOWN">Top-down</option>
          <option value="RIGHT">Left to right</option>
        </select>
      </label>
      <label className="field">
        <span>Show levels</span>
        <select
          value=""
          onChange={(e) => {
            if (e.target.value !== "") s().showLevels(Number(e.target.value));
          }}
        >
          <option value="">…</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? "level" : "levels"}
            </option>
          ))}
        </select>
      </label>
      <div className="toolbar__group">
        <button type="button" onClick={() => s().expandAll()}>
          Expand all
        </button>
        <button type="button" onClick={() => s().collapseAll()}>
          Collapse all
        </button>
        <button
          type="button"
          onClick={() => void flow.fitView({ padding: 0.08, duration: motionMs(300) })}
        >
          Fit view
        </button>
        <button type="button" aria-pressed={outlineOpen} onClick={onToggleOutline}>
          Outline
        </button>
        <button type="button" aria-label="Keyboard shortcuts" onClick={onShowShortcuts}>
          ?
        </button>
      </div>
      <ThemeSelect />
      <button type="button" aria-keyshortcuts="F" onClick={presentation.enter}>
        Present
      </button>
      <ExportMenu />
      <span className="toolbar__status" role="status">
        {pending ? "Arranging…" : ""}
      </span>
    </div>
  );
}
