import { useT } from "../ui-support/useT.ts";
import type { ExportState } from "./useExport.ts";

/**
 * Under the export form: a progress bar while the file is made, then the file saved and what
 * changed (a PNG scaled down or split), or why it failed.
 */
export function ExportStatus({ state }: { state: ExportState }) {
  const t = useT();
  const running = state.status === "running";
  return (
    <>
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
    </>
  );
}
