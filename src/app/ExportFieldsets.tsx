import type { ReactNode } from "react";
import type { ExportFormat, ExportOptions } from "../export/options.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { useT } from "../ui-support/useT.ts";
import type { ScopeKind } from "./useExport.ts";

/** Sets one export option. */
export type SetOption = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) => void;

interface FieldsetProps {
  /** Prefix of the radio groups' names, unique to the menu. */
  id: string;
  options: ExportOptions;
  set: SetOption;
}

export function Choice<T extends string | number>({
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

function Check({
  checked,
  onChange,
  disabled,
  children,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={`export-choice${disabled ? " export-choice--disabled" : ""}`}>
      <input
        type="checkbox"
        checked={checked && !disabled}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span>{children}</span>
    </label>
  );
}

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

export function FormatFieldset({ id, options, set }: FieldsetProps) {
  const t = useT();
  return (
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
          {isKey(f.label) ? t(f.label) : f.label} <span className="export__hint">{t(f.hint)}</span>
        </Choice>
      ))}
    </fieldset>
  );
}

export function ScopeFieldset({
  id,
  scope,
  setScope,
  selectedTitle,
}: {
  id: string;
  scope: ScopeKind;
  setScope: (scope: ScopeKind) => void;
  selectedTitle: string | null;
}) {
  const t = useT();
  const name = `${id}-scope`;
  return (
    <fieldset className="export__group">
      <legend>{t("export.what")}</legend>
      <Choice name={name} value="all" current={scope} onChange={setScope}>
        {t("export.all")}
      </Choice>
      <Choice name={name} value="viewport" current={scope} onChange={setScope}>
        {t("export.viewport")}
      </Choice>
      <Choice
        name={name}
        value="subtree"
        current={scope}
        onChange={setScope}
        disabled={selectedTitle === null}
      >
        {selectedTitle === null
          ? t("export.selectedHint")
          : t("export.subtree", { title: selectedTitle })}
      </Choice>
      <p className="export__hint">{t("export.kept")}</p>
    </fieldset>
  );
}

/** PNG and SVG: scale (PNG), shape and background. */
export function ImageFieldset({ id, options, set }: FieldsetProps) {
  const t = useT();
  return (
    <>
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
      <fieldset className="export__group export__group--inline">
        <legend>{t("export.shape")}</legend>
        {(["chart", "slide", "page"] as const).map((shape) => (
          <Choice
            key={shape}
            name={`${id}-shape`}
            value={shape}
            current={options.shape}
            onChange={(v) => set("shape", v)}
          >
            {t(`export.shape.${shape}`)}
          </Choice>
        ))}
      </fieldset>
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
    </>
  );
}

export function PdfFieldset({ options, set }: FieldsetProps) {
  const t = useT();
  return (
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
          onChange={(e) => set("orientation", e.target.value as ExportOptions["orientation"])}
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
          <option value="branches">{t("export.branches")}</option>
          <option value="poster">{t("export.poster")}</option>
          <option value="fit">{t("export.fit")}</option>
        </select>
      </label>
    </div>
  );
}

/** Images, PDF and PowerPoint: a legend, and the selection's highlight. */
export function DrawFieldset({
  options,
  set,
  hasSelection,
}: FieldsetProps & { hasSelection: boolean }) {
  const t = useT();
  return (
    <fieldset className="export__group">
      <legend>{t("export.draw")}</legend>
      <Check checked={options.legend} onChange={(v) => set("legend", v)}>
        {t("export.legend")}
      </Check>
      <Check
        checked={options.highlight}
        onChange={(v) => set("highlight", v)}
        disabled={!hasSelection}
      >
        {hasSelection ? t("export.highlight") : t("export.highlightHint")}
      </Check>
    </fieldset>
  );
}

/** The options of the chosen format: each format gets the fieldsets that apply to it. */
export function FormatOptions({
  id,
  options,
  set,
  hasSelection,
}: FieldsetProps & { hasSelection: boolean }) {
  const { format } = options;
  const image = format === "png" || format === "svg";
  const drawn = image || format === "pdf" || format === "pptx";
  return (
    <>
      {image && <ImageFieldset id={id} options={options} set={set} />}
      {format === "pdf" && <PdfFieldset id={id} options={options} set={set} />}
      {drawn && <DrawFieldset id={id} options={options} set={set} hasSelection={hasSelection} />}
    </>
  );
}
