import { useT, storeLanguage } from "../ui-support/useT.ts";
import type { Language } from "../i18n/messages.ts";
import { useAtlasStore } from "../store/StoreProvider.tsx";

const OTHER: Record<Language, { lang: Language; name: string }> = {
  en: { lang: "fr", name: "Français" },
  fr: { lang: "en", name: "English" },
};

/**
 * The language toggle, as on Government of Canada sites: one button naming the other language
 * in that language ("Français" / "English"). A button rather than a select: the toolbar's native
 * selects were a measurable part of the first paint (see README, Performance).
 */
export function LanguageSelect() {
  const t = useT();
  const store = useAtlasStore();
  const other = OTHER[t.lang];
  return (
    <button
      type="button"
      className="language-toggle"
      lang={other.lang}
      title={t("toolbar.language")}
      onClick={() => {
        storeLanguage(other.lang);
        store.getState().setLanguage(other.lang);
      }}
    >
      {other.name}
    </button>
  );
}
