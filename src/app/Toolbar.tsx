import { useReactFlow } from "@xyflow/react";
import { useId } from "react";
import type { Ref } from "react";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import {
  selectDirection,
  selectLayoutMode,
  selectLayoutPending,
  selectOrganization,
  selectOrgs,
} from "../store/selectors.ts";
import { FIT_VIEW } from "../chart/ChartProvider.tsx";
import { motionMs } from "../ui-support/motion.ts";
import { useT } from "../ui-support/useT.ts";
import { frameName } from "../chart/frame-name.ts";
import { SearchBox } from "./SearchBox.tsx";
import "./toolbar.css";

const DIRECTIONS = [
  ["DOWN", "toolbar.topDown"],
  ["RIGHT", "toolbar.leftToRight"],
] as const;

const LAYOUTS = [
  ["compact", "layout.compact"],
  ["wide", "layout.wide"],
] as const;

/**
 * Search, filters and view commands above the chart (page-wide actions are HeaderActions).
 * Two-way and one-shot choices are buttons; only open-ended lists (organizations) are selects,
 * which cost far more to create.
 */
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
  const layoutMode = useAtlas(selectLayoutMode);
  const pending = useAtlas(selectLayoutPending);
  const flow = useReactFlow();
  const s = () => store.getState();
  const t = useT();
  const id = useId();
  return (
    <div className="toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      <SearchBox ref={searchRef} onChosen={() => undefined} />
      <label className="field">
        <span>{t("toolbar.organization")}</span>
        <select
          value={organization ?? ""}
          onChange={(e) => s().setOrganization(e.target.value === "" ? null : e.target.value)}
        >
          <option value="">{t("toolbar.allOrganizations")}</option>
          {orgs.map((o) => (
            <option key={o.label} value={o.label}>
              {frameName(o, t)} ({o.size})
            </option>
          ))}
        </select>
      </label>
      <div className="field" role="group" aria-labelledby={`${id}-direction`}>
        <span id={`${id}-direction`}>{t("toolbar.direction")}</span>
        <span className="segmented">
          {DIRECTIONS.map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={direction === value}
              onClick={() => s().setDirection(value)}
            >
              {t(label)}
            </button>
          ))}
        </span>
      </div>
      <div className="field" role="group" aria-labelledby={`${id}-layout`}>
        <span id={`${id}-layout`}>{t("layout.label")}</span>
        <span className="segmented">
          {LAYOUTS.map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={layoutMode === value}
              onClick={() => s().setLayoutMode(value)}
            >
              {t(label)}
            </button>
          ))}
        </span>
      </div>
      <div className="field" role="group" aria-labelledby={`${id}-levels`}>
        <span id={`${id}-levels`}>{t("toolbar.showLevels")}</span>
        <span className="segmented">
          {[1, 2, 3, 4, 5].map((n) => (
            <button
              key={n}
              type="button"
              aria-label={t.plural("toolbar.showNLevels", n)}
              onClick={() => s().showLevels(n)}
            >
              {n}
            </button>
          ))}
        </span>
      </div>
      <div className="toolbar__group">
        <button type="button" onClick={() => s().expandAll()}>
          {t("toolbar.expandAll")}
        </button>
        <button type="button" onClick={() => s().collapseAll()}>
          {t("toolbar.collapseAll")}
        </button>
        <button
          type="button"
          onClick={() => void flow.fitView({ ...FIT_VIEW, duration: motionMs(300) })}
        >
          {t("toolbar.fitView")}
        </button>
        <button type="button" aria-pressed={outlineOpen} onClick={onToggleOutline}>
          {t("toolbar.outline")}
        </button>
        <button type="button" aria-label={t("toolbar.shortcuts")} onClick={onShowShortcuts}>
          ?
        </button>
      </div>
      <span className="toolbar__status" role="status">
        {pending ? t("toolbar.arranging") : ""}
      </span>
    </div>
  );
}
