import type { PositionDetails } from "../core/graph/details.ts";
import type { GraphNode } from "../core/graph/model.ts";
import type { UnitTotal } from "../core/graph/totals.ts";
import { formatDate } from "../i18n/format.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { useAtlas } from "../store/StoreProvider.tsx";
import { selectTotals } from "../store/selectors.ts";
import {
  fteText,
  positionCountDescription,
  undescribedDescription,
  unitFigures,
} from "../ui-support/describe.ts";
import { useT } from "../ui-support/useT.ts";

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (value === null || value === undefined || value === "") return null;
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

const BASIS: Record<UnitTotal["basis"], MessageKey | null> = {
  stated: "unit.basis.stated",
  sum: "unit.basis.sum",
  none: null,
};

/** "46+ FTEs · 3 planned — the sum of its reports; some state no size", or null. */
function useUnitTotal(id: string, leads: boolean): string | null {
  const t = useT();
  const total = useAtlas(selectTotals).get(id);
  const figures = leads ? unitFigures(total, t.lang) : null;
  if (figures === null || !total) return null;
  const basis =
    total.basis === "sum" && !total.complete ? "unit.basis.partial" : BASIS[total.basis];
  return basis === null ? figures : `${figures} — ${t(basis)}`;
}

/** The position's kind and title, and the panel's close button. */
export function PanelHeader({ node, onClose }: { node: GraphNode; onClose: () => void }) {
  const t = useT();
  return (
    <header className="panel__header">
      <div>
        <p className="panel__kind">{node.kind === "team" ? t("box.team") : t("panel.position")}</p>
        <h2 id="panel-title" tabIndex={-1}>
          {node.title}
        </h2>
      </div>
      <button type="button" className="icon-button" aria-label={t("panel.close")} onClick={onClose}>
        ×
      </button>
    </header>
  );
}

/** The position's facts, one row each; facts it does not state are left out. */
export function FactsTable({ details }: { details: PositionDetails }) {
  const t = useT();
  const { node } = details;
  const unitTotal = useUnitTotal(node.id, details.reports.length > 0);
  const date = node.effectiveDate === null ? null : formatDate(t.lang, node.effectiveDate);
  return (
    <dl className="facts">
      <Row label={t("panel.aliases")} value={node.aliases.join("; ")} />
      <Row
        label={t("panel.positionCount")}
        value={positionCountDescription(node.positionCount, t.lang)}
      />
      <Row label={t("panel.classification")} value={node.classification} />
      <Row label={t("panel.fte")} value={fteText(node.fte, node.ftePlanned, t.lang)} />
      <Row label={t("unit.total")} value={unitTotal} />
      <Row
        label={t("panel.undescribed")}
        value={undescribedDescription(node.undescribedReports, t.lang)}
      />
      <Row label={t("toolbar.organization")} value={details.organizationPath.join(" › ")} />
      <Row label={t("panel.positionNumber")} value={node.positionNumber} />
      <Row label={t("panel.location")} value={node.location} />
      <Row label={t("panel.effectiveDate")} value={date} />
    </dl>
  );
}

/** The document's own dimensions (budget, staff…), as it labels them. */
export function DimensionsTable({ node }: { node: GraphNode }) {
  const t = useT();
  if (node.dimensions.length === 0) return null;
  return (
    <section>
      <h3>{t("panel.dimensions")}</h3>
      <dl className="facts">
        {node.dimensions.map((d, i) => (
          <Row key={i} label={d.label} value={d.value} />
        ))}
      </dl>
    </section>
  );
}
