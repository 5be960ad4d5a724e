import { useId, useRef, useState } from "react";
import type { RefObject } from "react";
import { useAtlas } from "../store/StoreProvider.tsx";
import type { AtlasState } from "../store/atlas-store.ts";
import { DEFAULT_EXPORT_OPTIONS } from "../export/options.ts";
import "./export-menu.css";
import type { SetOption } from "./ExportFieldsets.tsx";
import { FormatFieldset, FormatOptions, ScopeFieldset } from "./ExportFieldsets.tsx";
import { ExportStatus } from "./ExportStatus.tsx";
import type { ExportOptions, ExportState, ScopeKind } from "./useExport.ts";
import { useExport } from "./useExport.ts";
import { useDismiss } from "../ui-support/useDismiss.ts";
import { useT } from "../ui-support/useT.ts";

const selectSelectedTitle = (s: AtlasState) =>
  s.selectedId === null ? null : (s.index?.byId.get(s.selectedId)?.title ?? null);

/** What the reader has chosen to export; kept while the menu is closed. */
interface ExportChoices {
  options: ExportOptions;
  set: SetOption;
  /** The chosen scope, or the whole chart when "the selected branch" has no selection. */
  scope: ScopeKind;
  setScope: (scope: ScopeKind) => void;
  selectedTitle: string | null;
}

function useExportChoices(): ExportChoices {
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const [chosen, setScope] = useState<ScopeKind>("all");
  const selectedTitle = useAtlas(selectSelectedTitle);
  const set: SetOption = (key, value) => setOptions((o) => ({ ...o, [key]: value }));
  const scope: ScopeKind = chosen === "subtree" && selectedTitle === null ? "all" : chosen;
  return { options, set, scope, setScope, selectedTitle };
}

/**
 * The Export button and its panel: format, scope and the options of the chosen format; a progress
 * bar while the file is made, and what changed (a PNG scaled down or split) once it is saved.
 */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const t = useT();
  const choices = useExportChoices();
  const { state, run, reset } = useExport();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  useDismiss(open, setOpen, button, panel, "input:checked");
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onRun = () => void run(choices.options, choices.scope);
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
      {open && <ExportDialog {...{ id, panel, choices, state, onRun }} onClose={close} />}
    </div>
  );
}

function ExportDialog({
  id,
  panel,
  choices,
  state,
  onRun,
  onClose,
}: {
  id: string;
  panel: RefObject<HTMLDivElement | null>;
  choices: ExportChoices;
  state: ExportState;
  onRun: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const { options, set, scope, setScope, selectedTitle } = choices;
  const running = state.status === "running";
  return (
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
          if (!running) onRun();
        }}
      >
        <FormatFieldset id={id} options={options} set={set} />
        <ScopeFieldset id={id} scope={scope} setScope={setScope} selectedTitle={selectedTitle} />
        <FormatOptions id={id} options={options} set={set} hasSelection={selectedTitle !== null} />
        <div className="export__actions">
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
          <button type="submit" className="export__go" aria-disabled={running}>
            {running ? t("export.running") : t("export.button")}
          </button>
          <button type="button" onClick={onClose}>
            {t("shortcuts.close")}
          </button>
        </div>
      </form>
      <ExportStatus state={state} />
    </div>
  );
}
