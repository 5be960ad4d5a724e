import { useEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { displayQuote, readingView } from "../core/document/reading.ts";
import type { GraphDocument } from "../core/graph/model.ts";
import { positionDetails } from "../core/graph/details.ts";
import type { NamedSource } from "../core/graph/details.ts";
import { formatDate } from "../i18n/format.ts";
import { useT } from "../ui-support/useT.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import { selectIndex, selectSelectedId, selectTotals } from "../store/selectors.ts";
import type { TextState } from "../store/document-slice.ts";
import { settledText, useDocumentTexts } from "./useDocumentTexts.ts";
import {
  fteText,
  positionCountDescription,
  undescribedDescription,
  unitFigures,
} from "../ui-support/describe.ts";
import { SameAsList } from "./SameAsList.tsx";
import type { UnitTotal } from "../core/graph/totals.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { DocumentView } from "./DocumentView.tsx";
import type { Reveal } from "./DocumentView.tsx";
import { locateQuote } from "../core/document/locate.ts";
import { pageAt } from "../core/graph/pages.ts";
import "./panel.css";

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

/** Where the "Show in document" controls have taken the reader, for one selected position. */
interface SourceNav {
  nodeId: string | null;
  /** The quote to show, in which document. */
  reveal: (Reveal & { documentId: string }) | null;
  /** Source documents (not the position's own) whose full text is open. */
  open: readonly string[];
  /** A polite note when a quote is not where the reader would expect it. */
  message: string;
}

const NO_IDS: readonly string[] = [];
const NO_RANGES: ReadonlyArray<[number, number]> = [];

/** A quoted sentence once its document's text is read; "…" meanwhile. */
function quoteText(state: TextState | undefined, s: NamedSource, unavailable: string): string {
  if (state?.status === "failed") return unavailable;
  return state?.status === "ready" ? displayQuote(state.text.slice(s.start, s.end)) : "…";
}

const NO_NAV: SourceNav = { nodeId: null, reveal: null, open: [], message: "" };

/**
 * The button that takes the reader from a quoted source to the quote in its document, with the
 * page it is on for PDFs, scans and images.
 */
function SourceButton({
  file,
  page,
  onClick,
}: {
  file: string;
  page: number | null;
  onClick: () => void;
}) {
  const t = useT();
  const where = page === null ? file : `${file}, ${t("panel.page", { n: page })}`;
  return (
    <button
      type="button"
      className="link-button source-link"
      aria-label={t("panel.showInDocument", { file: where })}
      onClick={onClick}
    >
      <cite>{file}</cite>
      {page !== null && (
        <span className="source-link__page"> ({t("panel.page", { n: page })})</span>
      )}
    </button>
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
  const texts = useDocumentTexts(details?.quotedDocumentIds ?? NO_IDS, details?.node.id ?? null);
  // After following a relation link its button is gone; keep focus in the panel, on the new title.
  const focusTitle = useRef(false);
  const unitTotal = useUnitTotal(selectedId ?? "", (details?.reports.length ?? 0) > 0);
  const [navState, setNav] = useState<SourceNav>(NO_NAV);
  const revealSeq = useRef(0);
  useEffect(() => {
    if (!focusTitle.current) return;
    focusTitle.current = false;
    document.getElementById("panel-title")?.focus();
  }, [selectedId]);
  if (!details || !index) return null;
  const { node } = details;
  // Navigation state belongs to one position; selecting another starts afresh.
  const nav = navState.nodeId === node.id ? navState : NO_NAV;
  const ownIds = new Set(details.documents.map((d) => d.id));
  // Documents the listed sources quote that the panel does not already show in full.
  const sourceDocs = [
    ...new Set([
      ...(details.documents.length === 0 ? details.otherSources.map((s) => s.documentId) : []),
      ...details.facts.map((f) => f.source.documentId),
      // A merge recorded with no sentence to point at is shown by its whole document.
      ...details.sameAs.filter((s) => s.source === null).map((s) => s.documentId),
    ]),
  ]
    .filter((id) => !ownIds.has(id))
    .map((id) => index.documentsById.get(id))
    .filter((d): d is GraphDocument => d !== undefined);
  const pageOf = (s: NamedSource) => {
    const doc = index.documentsById.get(s.documentId);
    return doc ? pageAt(doc, s.start) : null;
  };
  const quoteOf = (s: NamedSource) =>
    quoteText(texts[s.documentId], s, t("panel.quoteUnavailable"));
  const showSource = async ({ documentId, file, ...range }: NamedSource) => {
    const doc = index.documentsById.get(documentId);
    // A click while the text is still being read goes there once it has arrived.
    const state = await settledText(store, documentId);
    const text = state.status === "ready" ? state.text : null;
    const quote = text === null ? null : text.slice(range.start, range.end);
    const target =
      doc && text !== null && quote !== null
        ? locateQuote(text, readingView({ format: doc.format, text }), quote)
        : null;
    if (!target) {
      setNav({
        ...nav,
        nodeId: node.id,
        reveal: null,
        message: t("panel.quoteNotFound", { file }),
      });
      return;
    }
    revealSeq.current += 1;
    setNav({
      nodeId: node.id,
      reveal: { ...target, seq: revealSeq.current, documentId },
      open:
        ownIds.has(documentId) || nav.open.includes(documentId)
          ? nav.open
          : [...nav.open, documentId],
      message: target.mode === "raw" ? t("panel.notInReadingView") : "",
    });
  };
  const toggleSourceDoc = (id: string, open: boolean) => {
    if (open === nav.open.includes(id)) return;
    setNav({
      ...nav,
      nodeId: node.id,
      open: open ? [...nav.open, id] : nav.open.filter((d) => d !== id),
      // Reopening later should not jump back to an old quote.
      reveal: !open && nav.reveal?.documentId === id ? null : nav.reveal,
    });
  };
  const revealIn = (id: string) => (nav.reveal?.documentId === id ? nav.reveal : null);
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
        <Row
          label={t("panel.positionCount")}
          value={positionCountDescription(node.positionCount, t.lang)}
        />
        <Row label={t("panel.classification")} value={node.classification} />
        <Row label={t("panel.fte")} value={fte} />
        <Row label={t("unit.total")} value={unitTotal} />
        <Row
          label={t("panel.undescribed")}
          value={undescribedDescription(node.undescribedReports, t.lang)}
        />
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
      <SameAsList
        lines={details.sameAs}
        onShow={(line) =>
          line.source ? void showSource(line.source) : toggleSourceDoc(line.documentId, true)
        }
      />
      {details.diagnostics.length > 0 && (
        <section>
          <h3>{t("panel.check")}</h3>
          <ul className="diagnostics">
            {details.diagnostics.map((d, i) => (
              <li key={i} className={`diagnostic diagnostic--${d.severity}`}>
                <strong>{t("panel.labelled", { label: t(`severity.${d.severity}`) })}</strong>{" "}
                {d.message}
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
              text={texts[doc.id]}
              ranges={details.rangesByDocument.get(doc.id) ?? NO_RANGES}
              reveal={revealIn(doc.id)}
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
                  <mark>{quoteOf(m)}</mark>{" "}
                  <SourceButton file={m.file} page={pageOf(m)} onClick={() => void showSource(m)} />
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
                <strong>{t("panel.labelled", { label: t(`fact.${f.field}`) })}</strong> {f.value}
                <blockquote>
                  “{quoteOf({ ...f.source, file: f.file })}”{" "}
                  <SourceButton
                    file={f.file}
                    page={pageOf({ ...f.source, file: f.file })}
                    onClick={() => void showSource({ ...f.source, file: f.file })}
                  />
                </blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sourceDocs.length > 0 && (
        <section>
          <h3>{t("panel.sourceDocuments")}</h3>
          {sourceDocs.map((doc) => {
            const open = nav.open.includes(doc.id);
            return (
              <details
                key={doc.id}
                className="source-doc"
                open={open}
                onToggle={(e) => toggleSourceDoc(doc.id, e.currentTarget.open)}
              >
                <summary>{doc.file}</summary>
                {open && (
                  <DocumentView
                    doc={doc}
                    text={texts[doc.id]}
                    ranges={details.rangesByDocument.get(doc.id) ?? NO_RANGES}
                    reveal={revealIn(doc.id)}
                  />
                )}
              </details>
            );
          })}
        </section>
      )}
      <p className="panel__status" role="status">
        {nav.message}
      </p>
    </aside>
  );
}
