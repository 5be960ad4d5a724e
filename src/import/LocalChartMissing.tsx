import { useT } from "../ui-support/useT.ts";
import { OpenDocuments } from "./OpenDocuments.tsx";
import { useMyDocuments } from "./MyDocumentsProvider.tsx";
import "./import-bars.css";

/**
 * What a link to someone's own documents' chart opens on another computer: a plain explanation
 * instead of a wrong chart, and the ways on.
 */
export function LocalChartMissing() {
  const t = useT();
  const documents = useMyDocuments();
  return (
    <main className="message-screen" aria-labelledby="missing-title">
      <h1 id="missing-title">{t("import.missing.title")}</h1>
      <p>{t("import.missing.body")}</p>
      <p>{t("import.missing.next")}</p>
      <div className="message-screen__actions">
        <button
          type="button"
          onClick={() => {
            // The address no longer points at the missing chart, nor at its selection.
            window.history.replaceState(null, "", window.location.pathname);
            void documents?.showBuiltIn();
          }}
        >
          {t("import.builtIn")}
        </button>
        <OpenDocuments />
      </div>
    </main>
  );
}
