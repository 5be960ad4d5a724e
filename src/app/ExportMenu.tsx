import { useEffect, useId, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useAtlas } from "../store/StoreProvider.tsx";
import type { AtlasState } from "../store/atlas-store.ts";
import { DEFAULT_EXPORT_OPTIONS } from "../export/options.ts";
import "./export-menu.css";
import type { ExportFormat, ExportOptions, ScopeKind } from "./useExport.ts";
import { useExport } from "./useExport.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { useT } from "../i18n/useT.ts";

// Labels are message keys, or names that read the same in both languages.
const FORMATS: Array<{ value: ExportFormat; label: MessageKey | string; hint: MessageKey }> = [
  { value: "png", label: "export.png", hint: "export.png.hint" },
  { value: "svg", label: "SVG", hint: "export.svg.hint" },
  { value: "pdf", label: "PDF", hint: "export.pdf.hint" },
  { value: "pptx", label: "PowerPoint", hint: "export.pptx.hint" },
  { value: "csv", label: "CSV", hint: "export.csv.hint" },
  { value: "json", label: "export.json", hint: "export.json.hint" },
];

const isKey = (v: string): v is MessageKey => v.startsWith("export.");

const selectSelectedTitle = (s: AtlasState) =>
  s.selectedId === null ? null : (s.index?.byId.get(s.selectedId)?.title ?? null);

function Choice<T extends string | number>({
  name,
  value,
  current,
  onChange,
  disabled,
  children,
}: {
  name: string;
  value: T;
  current: T;
  onChange: (value: T) => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={`export-choice${disabled ? " export-choice--disabled" : ""}`}>
      <input
        type="radio"
        name={name}
        checked={current === value}
        disabled={disabled}
        onChange={() => onChange(value)}
      />
      <span>{children}</span>
    </label>
  );
}

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
  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));
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
            <fieldset className="export__group">
              <legend>{t("export.format")}</legend>
              {FORMATS.map((f) => (
                <Choice
                  key={f.value}
                  name={`${id}-format`}
                  value={f.value}
                  current={options.format}
                  onChange={(v) => set("format", v)}
                >
                  {isKey(f.label) ? t(f.label) : f.label}{" "}
                  <span className="export__hint">{t(f.hint)}</span>
                </Choice>
              ))}
            </fieldset>
            <fieldset className="export__group">
              <legend>{t("export.what")}</legend>
              <Choice name={`${id}-scope`} value="all" current={effectiveScope} onChange={setScope}>
                {t("export.all")}
              </Choice>
              <Choice
                name={`${id}-scope`}
                value="viewport"
                current={effectiveScope}
                onChange={setScope}
              >
                {t("export.viewport")}
              </Choice>
              <Choice
                name={`${id}-scope`}
                value="subtree"
                current={effectiveScope}
                onChange={setScope}
                disabled={selectedTitle === null}
              >
                {selectedTitle === null
                  ? t("export.selectedHint")
                  : t("export.subtree", { title: selectedTitle })}
              </Choice>
              <p className="export__hint">{t("export.kept")}</p>
            </fieldset>
            {options.format === "png" && (
              <label className="field">
                <span>{t("export.scale")}</span>
                <select
                  value={options.scale}
                  onChange={(e) => set("scale", Number(e.target.value) as 1 | 2 | 4)}
                >
                  <option value={1}>1x</option>
                  <option value={2}>2x</option>
                  <option value={4}>4x</option>
                </select>
              </label>
            )}
            {image && (
              <fieldset className="export__group export__group--inline">
                <legend>{t("export.background")}</legend>
                <Choice
                  name={`${id}-bg`}
                  value="white"
                  current={options.background}
                  onChange={(v) => set("background", v)}
                >
                  {/* The theme's page colour: white, or dark in a dark theme. */}
                  {t("export.solid")}
                </Choice>
                <Choice
                  name={`${id}-bg`}
                  value="transparent"
                  current={options.background}
                  onChange={(v) => set("background", v)}
                >
                  {t("export.transparent")}
                </Choice>
              </fieldset>
            )}
            {options.format === "pdf" && (
              <div className="export__row">
                <label className="field">
                  <span>{t("export.paper")}</span>
                  <select
                    value={options.paper}
                    onChange={(e) => set("paper", e.target.value as ExportOptions["paper"])}
                  >
                    <option value="letter">{t("export.letter")}</option>
                    <option value="a4">A4</option>
                  </select>
                </label>
                <label className="field">
                  <span>{t("export.orientation")}</span>
                  <select
                    value={options.orientation}
                    onChange={(e) =>
                      set("orientation", e.target.value as ExportOptions["orientation"])
                    }
                  >
                    <option value="landscape">{t("export.landscape")}</option>
                    <option value="portrait">{t("export.portrait")}</option>
                  </select>
                </label>
                <label className="field">
                  <span>{t("export.pages")}</span>
                  <select
                    value={options.pdfLayout}
                    onChange={(e) => set("pdfLayout", e.target.value as ExportOptions["pdfLayout"])}
                  >
                    <option value="fit">{t("export.fit")}</option>
                    <option value="poster">{t("export.poster")}</option>
                  </select>
                </label>
              </div>
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
