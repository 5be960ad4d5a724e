import { useEffect, useId, useRef } from "react";
import type { Translator } from "../ui-support/useT.ts";
import { useT } from "../ui-support/useT.ts";
import type { AtlasState } from "../store/atlas-store.ts";
import type { ImportStatus } from "../store/import-slice.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import type { FileProblem } from "../convert/import-session.ts";
import { useMyDocuments } from "./MyDocumentsProvider.tsx";
import { IMPORT_PROBLEMS } from "./problem-messages.ts";

const selectStatus = (s: AtlasState) => s.importStatus;

/** A long file name shortened in its middle, so its start and its extension both show. */
export function shortName(name: string, max = 44): string {
  if (name.length <= max) return name;
  const tail = Math.min(16, Math.floor(max / 3));
  return `${name.slice(0, max - tail - 1)}…${name.slice(-tail)}`;
}

/** What the reader is doing now: "Reading 12 of 40: 003_….pdf, OCR page 3 of 5". */
export function progressText(t: Translator, status: ImportStatus): string {
  if (status.phase === "charting") return t("import.charting", { n: status.documents });
  if (status.phase !== "reading") return "";
  const params = { ...status, file: shortName(status.file) };
  if (status.step === "ocr") return t("import.readingOcr", params);
  if (status.step === "page" && status.pages > 1) return t("import.readingPage", params);
  return t("import.reading", params);
}

/** A problem in the interface's language (the code says which sentence). */
function problemText(t: Translator, problem: FileProblem): string {
  return IMPORT_PROBLEMS[t.lang][problem.code];
}

function Progress({
  status,
}: {
  status: Extract<ImportStatus, { phase: "reading" | "charting" }>;
}) {
  const t = useT();
  const documents = useMyDocuments();
  // Files done, with the current file's pages counted as a part of one.
  const value =
    status.phase === "reading"
      ? status.at - 1 + (status.pages > 0 ? (status.page - 1) / status.pages : 0)
      : undefined;
  return (
    <>
      <p className="import-report__line">{progressText(t, status)}</p>
      <progress
        aria-label={t("import.progress")}
        max={status.phase === "reading" ? status.count : undefined}
        value={value}
      />
      {status.phase === "reading" && (
        <button type="button" onClick={() => documents?.cancel()}>
          {t("import.cancel")}
        </button>
      )}
    </>
  );
}

function Outcome({ status }: { status: Extract<ImportStatus, { phase: "done" }> }) {
  const t = useT();
  const listId = useId();
  const summary = status.unchanged ? t("import.unchanged") : doneText(t, status);
  return (
    <div className="import-report__outcome">
      <p className="import-report__line">{summary}</p>
      {status.problems.length > 0 && (
        <>
          <p id={listId}>{t.plural("import.problems", status.problems.length)}</p>
          {/* Focusable: a long list scrolls, and keyboard users must be able to scroll it. */}
          <ul className="import-report__problems" tabIndex={0} aria-labelledby={listId}>
            {status.problems.map((p, i) => (
              <li key={i}>
                <strong className="import-report__file">{p.file}</strong> {problemText(t, p)}
              </li>
            ))}
          </ul>
        </>
      )}
      {status.ignored > 0 && <p className="muted">{t.plural("import.ignored", status.ignored)}</p>}
    </div>
  );
}

function doneText(t: Translator, status: Extract<ImportStatus, { phase: "done" }>): string {
  const { read, count, positions } = status;
  return read === count
    ? t.plural("import.doneAll", count, { positions })
    : t("import.done", { read, count, positions });
}

/** One sentence for screen readers at each stage, not at every page (that would drown them). */
function announcement(t: Translator, status: ImportStatus): string {
  switch (status.phase) {
    case "reading":
      return t.plural("import.started", status.count);
    case "charting":
      return t("import.charting", { n: status.documents });
    case "done":
      return status.unchanged ? t("import.unchanged") : doneText(t, status);
    case "cancelled":
      return t("import.cancelled");
    case "failed":
      return t("import.failed", { reason: status.reason });
  }
}

/**
 * Under the header while documents are opened: what is being read, a progress bar and Cancel;
 * then what came of it, with every file that needs attention and why.
 */
export function ImportReport() {
  const t = useT();
  const store = useAtlasStore();
  const status = useAtlas(selectStatus);
  const region = useRef<HTMLElement>(null);
  const finished = status !== null && status.phase !== "reading" && status.phase !== "charting";
  useEffect(() => {
    // The outcome takes the focus from Cancel (which is gone), so keyboard users land on it; a
    // person who has moved on (typing a search, reading a panel) keeps their place.
    const active = document.activeElement;
    const fromHere =
      active === null || active === document.body || region.current?.contains(active);
    if (finished && fromHere) region.current?.focus();
  }, [finished]);
  if (!status) return null;
  return (
    <section
      ref={region}
      className={`import-report import-report--${status.phase}`}
      aria-label={t("import.region")}
      tabIndex={-1}
    >
      <p className="visually-hidden" role="status">
        {announcement(t, status)}
      </p>
      <div className="import-report__body">
        {(status.phase === "reading" || status.phase === "charting") && (
          <Progress status={status} />
        )}
        {status.phase === "done" && <Outcome status={status} />}
        {status.phase === "cancelled" && (
          <p className="import-report__line">{t("import.cancelled")}</p>
        )}
        {status.phase === "failed" && (
          <p className="import-report__line" role="alert">
            {t("import.failed", { reason: status.reason })}
          </p>
        )}
        {finished && (
          <button type="button" onClick={() => store.getState().setImportStatus(null)}>
            {t("import.close")}
          </button>
        )}
      </div>
    </section>
  );
}
