import { useAtlas } from "../store/StoreProvider.tsx";
import { selectIndex, selectSelectedId } from "../store/selectors.ts";
import { selectionAnnouncement } from "../ui-support/describe.ts";
import { useLanguage } from "../ui-support/useT.ts";

/**
 * The one polite live region for selection changes, present from the first render so screen
 * readers register it before its text changes.
 */
export function SelectionAnnouncer() {
  const index = useAtlas(selectIndex);
  const selectedId = useAtlas(selectSelectedId);
  const lang = useLanguage();
  const text = index && selectedId !== null ? selectionAnnouncement(index, selectedId, lang) : "";
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
