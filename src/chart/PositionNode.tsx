import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { MouseEvent } from "react";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import { emphasisOf } from "../store/selectors.ts";
import { orgVar } from "../theme/org-var.ts";
import type { PositionFlowNode } from "./flow-elements.ts";
import { useT } from "../ui-support/useT.ts";
import { DocumentIcon, TeamIcon } from "./BoxIcons.tsx";
import "virtual:box-metrics.css";
import "./position-node.css";

const sameData = (a: NodeProps<PositionFlowNode>, b: NodeProps<PositionFlowNode>) =>
  a.data === b.data;

/**
 * One position or team. Visual only: reads its data and whether it is emphasised. It re-renders
 * only when its data changes, not when a re-layout moves it (React Flow moves the wrapper).
 */
export const PositionNode = memo(function PositionNode({ data }: NodeProps<PositionFlowNode>) {
  const emphasis = useAtlas((s) => emphasisOf(s, data.id));
  const store = useAtlasStore();
  const t = useT();
  const onToggle = (event: MouseEvent) => {
    // The box itself selects on click; the toggle only opens or closes.
    event.stopPropagation();
    store.getState().toggleCollapsed(data.id);
  };
  const toggleLabel = data.collapsed
    ? t("box.showHidden", { n: data.hiddenCount, title: data.title })
    : t("box.hideReports", { title: data.title });
  return (
    <div
      className={`box box--${data.kind} box--${emphasis}${data.undescribed ? " box--marked" : ""}`}
      style={{ "--org": orgVar(data.color) } as React.CSSProperties}
      title={data.title}
    >
      <div className="box__title">{data.title}</div>
      <div className="box__meta">
        {data.classification !== null && <span className="badge">{data.classification}</span>}
        {data.countBadge && (
          // The accessible name already says "6 identical positions": the badge is for the eye.
          <span className="count-badge" aria-hidden="true">
            {data.countBadge}
          </span>
        )}
        {data.kind === "team" && (
          <span className="team-tag">
            <TeamIcon /> {t("box.team")}
          </span>
        )}
        {data.hasDocument && (
          <span className="doc-mark" title={t("box.hasDocument")}>
            <DocumentIcon />
            <span className="visually-hidden">{t("box.hasDocument")}</span>
          </span>
        )}
      </div>
      <div className="box__footer">
        <span className="fte">{data.fteText ?? ""}</span>
        {data.reportCount > 0 && (
          <button
            type="button"
            className="toggle nodrag nopan"
            aria-expanded={!data.collapsed}
            tabIndex={data.tabStop ? 0 : -1}
            aria-label={toggleLabel}
            title={toggleLabel}
            onClick={onToggle}
          >
            {/* The count alone, so a unit's total fits beside it; the name says the rest. */}
            {data.collapsed ? t("box.hiddenCount", { n: data.hiddenCount }) : "−"}
          </button>
        )}
      </div>
      {data.undescribed && (
        // Not a position: no focus, no search; the box's accessible name says it in words.
        <div className="box__undescribed" aria-hidden="true">
          {data.undescribed}
        </div>
      )}
    </div>
  );
}, sameData);
