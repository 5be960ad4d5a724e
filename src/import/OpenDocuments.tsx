import { useEffect, useId, useRef, useState } from "react";
import { useDismiss } from "../ui-support/useDismiss.ts";
import { useT } from "../ui-support/useT.ts";
import type { AtlasState } from "../store/atlas-store.ts";
import { useAtlas } from "../store/StoreProvider.tsx";
import { PICKER_ACCEPT, gatherPicked } from "./file-gathering.ts";
import { useMyDocuments } from "./MyDocumentsProvider.tsx";
import "./open-documents.css";

const selectKept = (s: AtlasState) => s.keptDocuments;
const selectSource = (s: AtlasState) => s.chartSource;
const selectBusy = (s: AtlasState) =>
  s.importStatus?.phase === "reading" || s.importStatus?.phase === "charting";

/**
 * "Open documents…" (or "Add documents…" once some are kept): a small panel with a file picker
 * for several files and one for a folder; dropping anywhere on the page does the same.
 */
export function OpenDocuments() {
  const t = useT();
  const documents = useMyDocuments();
  const kept = useAtlas(selectKept);
  const source = useAtlas(selectSource);
  const busy = useAtlas(selectBusy);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    // Not a React attribute: set on the element so the picker chooses a folder.
    if (folder.current) folder.current.webkitdirectory = true;
  });

  useDismiss(open, setOpen, button, panel, "button");

  const picked = (input: HTMLInputElement) => {
    const gathered = gatherPicked(Array.from(input.files ?? []));
    // The same files can be chosen again later (a corrected copy under the same name).
    input.value = "";
    setOpen(false);
    button.current?.focus();
    if (gathered.files.length > 0 || gathered.ignored > 0)
      void documents?.open(gathered.files, gathered.ignored);
  };

  return (
    <div className="open-documents">
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        {kept ? t("import.add") : t("import.open")}
      </button>
      {open && (
        <div
          ref={panel}
          id={`${id}-panel`}
          className="open-documents__panel"
          role="dialog"
          aria-labelledby={`${id}-title`}
        >
          <h2 id={`${id}-title`} className="open-documents__title">
            {t("import.menuTitle")}
          </h2>
          <p>{t("import.formats")}</p>
          {kept && <p className="muted">{t("import.addHint", { n: kept.files })}</p>}
          <div className="open-documents__choices">
            <button type="button" onClick={() => files.current?.click()}>
              {t("import.chooseFiles")}
            </button>
            <button type="button" onClick={() => folder.current?.click()}>
              {t("import.chooseFolder")}
            </button>
          </div>
          <p className="muted">{t("import.dropHint")}</p>
          {kept && source === "built-in" && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setOpen(false);
                void documents?.showLocal();
              }}
            >
              {t("import.showMine", { n: kept.files })}
            </button>
          )}
        </div>
      )}
      <input
        ref={files}
        type="file"
        multiple
        accept={PICKER_ACCEPT}
        hidden
        onChange={(e) => picked(e.currentTarget)}
      />
      <input ref={folder} type="file" multiple hidden onChange={(e) => picked(e.currentTarget)} />
    </div>
  );
}
