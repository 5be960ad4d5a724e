import { useEffect, useMemo, useRef } from "react";
import type { KeyboardEvent } from "react";
import { displayQuote } from "../core/document/reading.ts";
import { FACT_LABELS, positionDetails } from "../core/graph/details.ts";
import { fteText } from "../chart/flow-elements.ts";
import { formatDate } from "../i18n/format.ts";
import { useT } from "../i18n/useT.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import { selectIndex, selectSelectedId } from "../store/selectors.ts";
import { DocumentView } from "./DocumentView.tsx";

const SEVERITY_LABEL = { error: "Problem", warning: "Check", info: "Note" } as const;

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (value === null || value === undefined || value === "") return null;
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** The selected position's full description beside the chart. */
export function DetailPanel({ onClose }: { onClose: (id: string | null) => void }) {
  const store = useAtlasStore();
  const t = useT();
  const index = useAtlas(selectIndex);
  const selectedId = useAtlas(selectSelectedId);
  const details = useMemo(
    () => (index && selectedId ? positionDetails(index, selectedId) : null),
    [index, selectedId],
  );
  // After following a relation link its button is gone; keep focus in the panel, on the new title.
  const focusTitle = useRef(false);
  useEffect(() => {
    if (!focusTitle.current) return;
    focusTitle.current = false;
    document.getElementById("panel-title")?.focus();
  }, [selectedId]);
  if (!details) return null;
  const { node } = details;
  const go = (id: string) => {
    focusTitle.current = true;
    store.getState().select(id, { center: true, openPanel: true });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onClose(node.id);
    }
  };
  const fte = fteText(node.fte, node.ftePlanned, t.lang);
  return (
    <aside className="panel" aria-label={t("panel.label")} onKeyDown={onKeyDown}>
      <header className="panel__header">
        <div>
          <p className="panel__kind">
            {node.kind === "team" ? t("box.team") : t("panel.position")}
          </p>
          <h2 id="panel-title" tabIndex={-1}>
            {node.title}
          </h2>
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t("panel.close")}
          onClick={() => onClose(node.id)}
        >
          ×
        </button>
      </header>
      <dl className="facts">
        <Row label={t("panel.aliases")} value={node.aliases.join("; ")} />
        <Row label={t("panel.classification")} value={node.classification} />
        <Row label={t("panel.fte")} value={fte} />
        <Row label={t("toolbar.organization")} value={details.organizationPath.join(" › ")} />
        <Row label={t("panel.positionNumber")} value={node.positionNumber} />
        <Row label={t("panel.location")} value={node.location} />
        <Row
          label={t("panel.effectiveDate")}
          value={node.effectiveDate === null ? null : formatDate(t.lang, node.effectiveDate)}
        />
      </dl>
      {node.dimensions.length > 0 && (
        <section>
          <h3>{t("panel.dimensions")}</h3>
          <dl className="facts">
            {node.dimensions.map((d, i) => (
              <Row key={i} label={d.label} value={d.value} />
            ))}
          </dl>
        </section>
      )}
      <section>
        <h3>{t("panel.reportsTo")}</h3>
        {details.manager ? (
          <button type="button" className="link-button" onClick={() => go(details.manager!.id)}>
            {details.manager.title}
          </button>
        ) : (
          <p className="muted">{t("panel.top")}</p>
        )}
        <h3>{t("panel.directReports")}</h3>
        {details.reports.length > 0 ? (
          <ul className="plain-list">
            {details.reports.map((r) => (
              <li key={r.id}>
                <button type="button" className="link-button" onClick={() => go(r.id)}>
                  {r.title}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("panel.none")}</p>
        )}
      </section>
      {details.diagnostics.length > 0 && (
        <section>
          <h3>{t("panel.check")}</h3>
          <ul className="diagnostics">
            {details.diagnostics.map((d, i) => (
              <li key={i} className={`diagnostic diagnostic--${d.severity}`}>
                <strong>{SEVERITY_LABEL[d.severity]}:</strong> {d.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {details.documents.length > 0 ? (
        <section>
          <h3>{t("panel.jobDescription")}</h3>
          {details.documents.map((doc) => (
            <DocumentView
              key={doc.id}
              doc={doc}
              quotes={details.quotesByDocument.get(doc.id) ?? []}
            />
          ))}
        </section>
      ) : (
        <section>
          <h3>{t("panel.otherDocs")}</h3>
          <p className="muted">{t("panel.noOwnDoc")}</p>
          <ul className="sources">
            {details.otherSources.map((m, i) => (
              <li key={i}>
                <blockquote>
                  <mark>{displayQuote(m.quote)}</mark> <cite>{m.file}</cite>
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
      {details.facts.length > 0 && (
        <section className="provenance">
          <h3>{t("panel.provenance")}</h3>
          <ul className="sources">
            {details.facts.map((f, i) => (
              <li key={i}>
                <strong>{FACT_LABELS[f.field]}:</strong> {f.value}
                <blockquote>
                  “{displayQuote(f.quote)}” <cite>{f.file}</cite>
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
