import type { PositionDetails } from "../core/graph/details.ts";
import { useT } from "../ui-support/useT.ts";

/** "Reports to" and "Direct reports", each a link to that position's panel. */
export function ReportingLines({
  details,
  onGo,
}: {
  details: PositionDetails;
  onGo: (id: string) => void;
}) {
  const t = useT();
  const { manager, reports } = details;
  return (
    <section>
      <h3>{t("panel.reportsTo")}</h3>
      {manager ? (
        <button type="button" className="link-button" onClick={() => onGo(manager.id)}>
          {manager.title}
        </button>
      ) : (
        <p className="muted">{t("panel.top")}</p>
      )}
      <h3>{t("panel.directReports")}</h3>
      {reports.length > 0 ? (
        <ul className="plain-list">
          {reports.map((r) => (
            <li key={r.id}>
              <button type="button" className="link-button" onClick={() => onGo(r.id)}>
                {r.title}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("panel.none")}</p>
      )}
    </section>
  );
}

/** What to check about this position (errors, warnings), if anything. */
export function DiagnosticsList({ diagnostics }: { diagnostics: PositionDetails["diagnostics"] }) {
  const t = useT();
  if (diagnostics.length === 0) return null;
  return (
    <section>
      <h3>{t("panel.check")}</h3>
      <ul className="diagnostics">
        {diagnostics.map((d, i) => (
          <li key={i} className={`diagnostic diagnostic--${d.severity}`}>
            <strong>{t("panel.labelled", { label: t(`severity.${d.severity}`) })}</strong>{" "}
            {d.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
