import { useState } from "react";
import { useT } from "../ui-support/useT.ts";
import type { AtlasState } from "../store/atlas-store.ts";
import { useAtlas } from "../store/StoreProvider.tsx";
import { downloadGraphPackage } from "./download-package.ts";
import { useMyDocuments } from "./MyDocumentsProvider.tsx";

const selectSource = (s: AtlasState) => s.chartSource;
const selectKept = (s: AtlasState) => s.keptDocuments;

/**
 * Above a chart made from a person's own documents: where it came from, in plain words, and what
 * can be done with it (publish it, remove it from this browser, go back to the built-in chart).
 */
export function SourceBar() {
  const t = useT();
  const documents = useMyDocuments();
  const source = useAtlas(selectSource);
  const kept = useAtlas(selectKept);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState("");
  if (source !== "local" || !kept || !documents) return null;
  const download = async () => {
    setSaved("");
    const file = await downloadGraphPackage(await documents.packageContents());
    setSaved(t("import.downloaded", { file }));
  };
  return (
    <section className="source-bar" aria-label={t("import.sourceLabel")}>
      <p className="source-bar__statement">{t.plural("import.source", kept.files)}</p>
      {kept.storage !== "kept" && (
        <p className="source-bar__warning" role="alert">
          {t(`import.storage.${kept.storage}`)}
        </p>
      )}
      {confirming ? (
        <div className="source-bar__actions" role="group" aria-label={t("import.remove")}>
          <span>{t("import.removeConfirm", { n: kept.files })}</span>
          <button
            type="button"
            className="button--danger"
            onClick={() => {
              setConfirming(false);
              void documents.remove();
            }}
          >
            {t("import.removeYes")}
          </button>
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            {t("import.removeNo")}
          </button>
        </div>
      ) : (
        <div className="source-bar__actions">
          <button type="button" title={t("import.downloadHint")} onClick={() => void download()}>
            {t("import.download")}
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            {t("import.remove")}
          </button>
          <button type="button" onClick={() => void documents.showBuiltIn()}>
            {t("import.builtIn")}
          </button>
          <span className="source-bar__saved" role="status">
            {saved}
          </span>
        </div>
      )}
    </section>
  );
}
