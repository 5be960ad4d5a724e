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
import { useT } from "../i18n/useT.ts";
import { ExportMenu } from "./ExportMenu.tsx";
import { LanguageSelect } from "./LanguageSelect.tsx";
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
  const t = useT();
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
              {o.label} ({o.size})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("toolbar.direction")}</span>
        <select
          value={direction}
          onChange={(e) => s().setDirection(e.target.value as "DOWN" | "RIGHT")}
        >
          <option value="DOWN">{t("toolbar.topDown")}</option>
          <option value="RIGHT">{t("toolbar.leftToRight")}</option>
        </select>
      </label>
      <label className="field">
        <span>{t("toolbar.showLevels")}</span>
        <select
          value=""
          onChange={(e) => {
            if (e.target.value !== "") s().showLevels(Number(e.target.value));
          }}
        >
          <option value="">…</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {t.plural("toolbar.levels", n)}
            </option>
          ))}
        </select>
      </label>
      <div className="toolbar__group">
        <button type="button" onClick={() => s().expandAll()}>
          {t("toolbar.expandAll")}
        </button>
        <button type="button" onClick={() => s().collapseAll()}>
          {t("toolbar.collapseAll")}
        </button>
        <button
          type="button"
          onClick={() => void flow.fitView({ padding: 0.08, duration: motionMs(300) })}
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
      <ThemeSelect />
      <LanguageSelect />
      <button type="button" aria-keyshortcuts="F" onClick={presentation.enter}>
        {t("toolbar.present")}
      </button>
      <ExportMenu />
      <span className="toolbar__status" role="status">
        {pending ? t("toolbar.arranging") : ""}
      </span>
    </div>
  );
}
