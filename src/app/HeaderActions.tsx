import { usePresentation } from "../present/usePresentation.ts";
import { useT } from "../ui-support/useT.ts";
import { OpenDocuments } from "../import/OpenDocuments.tsx";
import { ExportMenu } from "./ExportMenu.tsx";
import { LanguageSelect } from "./LanguageSelect.tsx";
import { ThemeSelect } from "./ThemeSelect.tsx";

/**
 * What applies to the whole page rather than to the chart's view, at the masthead's right as on
 * Government of Canada sites: opening one's own documents, theme, presenting, exporting, and the language toggle last. Kept
 * out of the toolbar, the toolbar fits one row on a 1,366-pixel laptop screen in both languages.
 */
export function HeaderActions() {
  const presentation = usePresentation();
  const t = useT();
  return (
    <div className="app__actions">
      <OpenDocuments />
      <ThemeSelect inline />
      <button type="button" aria-keyshortcuts="F" onClick={presentation.enter}>
        {t("toolbar.present")}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t("print.button")}
      </button>
      <ExportMenu />
      <LanguageSelect />
    </div>
  );
}
