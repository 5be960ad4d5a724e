import { useEffect, useId, useRef, useState } from "react";
import type { ReactNode } from "react";
import { useAtlas } from "../store/StoreProvider.tsx";
import type { AtlasState } from "../store/atlas-store.ts";
import "./export-menu.css";
import type { ExportFormat, ExportOptions, ScopeKind } from "./useExport.ts";
import { useExport } from "./useExport.ts";

const FORMATS: Array<{ value: ExportFormat; label: string; hint: string }> = [
  { value: "png", label: "PNG image", hint: "for slides and documents" },
  { value: "svg", label: "SVG", hint: "vector, text stays text" },
  { value: "pdf", label: "PDF", hint: "for printing" },
  { value: "pptx", label: "PowerPoint", hint: "editable boxes and lines" },
  { value: "csv", label: "CSV", hint: "one row per position" },
  { value: "json", label: "Graph JSON", hint: "the data behind the chart" },
];

const DEFAULTS: ExportOptions = {
  format: "png",
  scale: 2,
  background: "white",
  paper: "letter",
  orientation: "landscape",
  pdfLayout: "fit",
};

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
  const [options, setOptions] = useState<ExportOptions>(DEFAULTS);
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
        Export
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
            Export the chart
          </h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!running) void run(options, effectiveScope);
            }}
          >
            <fieldset className="export__group">
              <legend>Format</legend>
              {FORMATS.map((f) => (
                <Choice
                  key={f.value}
                  name={`${id}-format`}
                  value={f.value}
                  current={options.format}
                  onChange={(v) => set("format", v)}
                >
                  {f.label} <span className="export__hint">{f.hint}</span>
                </Choice>
              ))}
            </fieldset>
            <fieldset className="export__group">
              <legend>What to export</legend>
              <Choice name={`${id}-scope`} value="all" current={effectiveScope} onChange={setScope}>
                The whole chart
              </Choice>
              <Choice
                name={`${id}-scope`}
                value="viewport"
                current={effectiveScope}
                onChange={setScope}
              >
                What is on screen
              </Choice>
              <Choice
                name={`${id}-scope`}
                value="subtree"
                current={effectiveScope}
                onChange={setScope}
                disabled={selectedTitle === null}
              >
                {selectedTitle === null
                  ? "The selected position and its reports (select one first)"
                  : `${selectedTitle} and its reports`}
              </Choice>
              <p className="export__hint">
                Collapsed boxes, the organization filter and the highlight are kept.
              </p>
            </fieldset>
            {options.format === "png" && (
              <label className="field">
                <span>Scale</span>
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
                <legend>Background</legend>
                <Choice
                  name={`${id}-bg`}
                  value="white"
                  current={options.background}
                  onChange={(v) => set("background", v)}
                >
                  {/* The theme's page colour: white, or dark in a dark theme. */}
                  Solid
                </Choice>
                <Choice
                  name={`${id}-bg`}
                  value="transparent"
                  current={options.background}
                  onChange={(v) => set("background", v)}
                >
                  Transparent
                </Choice>
              </fieldset>
            )}
            {options.format === "pdf" && (
              <div className="export__row">
                <label className="field">
                  <span>Paper</span>
                  <select
                    value={options.paper}
                    onChange={(e) => set("paper", e.target.value as ExportOptions["paper"])}
                  >
                    <option value="letter">Letter</option>
                    <option value="a4">A4</option>
                  </select>
                </label>
                <label className="field">
                  <span>Orientation</span>
                  <select
                    value={options.orientation}
                    onChange={(e) =>
                      set("orientation", e.target.value as ExportOptions["orientation"])
                    }
                  >
                    <option value="landscape">Landscape</option>
                    <option value="portrait">Portrait</option>
                  </select>
                </label>
                <label className="field">
                  <span>Pages</span>
                  <select
                    value={options.pdfLayout}
                    onChange={(e) => set("pdfLayout", e.target.value as ExportOptions["pdfLayout"])}
                  >
                    <option value="fit">Fit on one page</option>
                    <option value="poster">Poster (several pages)</option>
                  </select>
                </label>
              </div>
            )}
            <div className="export__actions">
              {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
              <button type="submit" className="export__go" aria-disabled={running}>
                {running ? "Exporting…" : "Export"}
              </button>
              <button type="button" onClick={close}>
                Close
              </button>
            </div>
          </form>
          {running && (
            <progress
              className="export__progress"
              aria-label={`Exporting: ${state.label}`}
              max={1}
              value={state.progress}
            />
          )}
          <p className="export__status" role="status" aria-live="polite">
            {running && `${state.label}…`}
            {state.status === "done" && `Saved ${state.fileName}.`}
          </p>
          {state.status === "done" && state.message !== null && (
            <p className="export__note" role="note">
              {state.message}
            </p>
          )}
          {state.status === "error" && (
            <p className="export__error" role="alert">
              Export failed: {state.error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
