import { useEffect, useId, useRef, useState } from "react";
import { useAtlas } from "../store/StoreProvider.tsx";
import type { AtlasState } from "../store/atlas-store.ts";
import { DEFAULT_EXPORT_OPTIONS } from "../export/options.ts";
import "./export-menu.css";
import type { SetOption } from "./ExportFieldsets.tsx";
import {
  DrawFieldset,
  FormatFieldset,
  ImageFieldset,
  PdfFieldset,
  ScopeFieldset,
} from "./ExportFieldsets.tsx";
import type { ExportOptions, ScopeKind } from "./useExport.ts";
import { useExport } from "./useExport.ts";
import { useT } from "../ui-support/useT.ts";

const selectSelectedTitle = (s: AtlasState) =>
  s.selectedId === null ? null : (s.index?.byId.get(s.selectedId)?.title ?? null);

/**
 * The Export button and its panel: format, scope and the options of the chosen format; a progress
 * bar while the file is made, and what changed (a PNG scaled down or split) once it is saved.
 */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const t = useT();
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const [scope, setScope] = useState<ScopeKind>("all");
  const selectedTitle = useAtlas(selectSelectedTitle);
  const { state, run, reset } = useExport();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const set: SetOption = (key, value) => setOptions((o) => ({ ...o, [key]: value }));
  const running = state.status === "running";
  const effectiveScope: ScopeKind = scope === "subtree" && selectedTitle === null ? "all" : scope;

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    // On the document, not the panel: focus may have left the panel (a click on the page).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const image = options.format === "png" || options.format === "svg";
  const drawn = image || options.format === "pdf" || options.format === "pptx";
  return (
    <div className="export">
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={() => {
          if (!open && state.status !== "running") reset();
          setOpen(!open);
        }}
      >
        {t("export.button")}
      </button>
      {open && (
        <div
          ref={panel}
          id={`${id}-panel`}
          role="dialog"
          aria-labelledby={`${id}-title`}
          className="export__panel"
        >
          <h2 id={`${id}-title`} className="export__title">
            {t("export.title")}
          </h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!running) void run(options, effectiveScope);
            }}
          >
            <FormatFieldset id={id} options={options} set={set} />
            <ScopeFieldset
              id={id}
              scope={effectiveScope}
              setScope={setScope}
              selectedTitle={selectedTitle}
            />
            {image && <ImageFieldset id={id} options={options} set={set} />}
            {options.format === "pdf" && <PdfFieldset id={id} options={options} set={set} />}
            {drawn && (
              <DrawFieldset
                id={id}
                options={options}
                set={set}
                hasSelection={selectedTitle !== null}
              />
            )}
            <div className="export__actions">
              {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
              <button type="submit" className="export__go" aria-disabled={running}>
                {running ? t("export.running") : t("export.button")}
              </button>
              <button type="button" onClick={close}>
                {t("shortcuts.close")}
              </button>
            </div>
          </form>
          {running && (
            <progress
              className="export__progress"
              aria-label={t("export.progress", { label: state.label })}
              max={1}
              value={state.progress}
            />
          )}
          <p className="export__status" role="status" aria-live="polite">
            {running && `${state.label}…`}
            {state.status === "done" && t("export.saved", { file: state.fileName ?? "" })}
          </p>
          {state.status === "done" && state.message !== null && (
            <p className="export__note" role="note">
              {state.message}
            </p>
          )}
          {state.status === "error" && (
            <p className="export__error" role="alert">
              {t("export.failed", { error: state.error ?? "" })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
