import { useT, storeLanguage } from "../i18n/useT.ts";
import { LANGUAGES } from "../i18n/messages.ts";
import type { Language } from "../i18n/messages.ts";
import { useAtlasStore } from "../store/StoreProvider.tsx";

const NAMES: Record<Language, string> = { en: "English", fr: "Français" };

/** The toolbar's Language select; each option names its language in that language. */
export function LanguageSelect() {
  const t = useT();
  const store = useAtlasStore();
  return (
    <label className="field">
      <span>{t("toolbar.language")}</span>
      <select
        value={t.lang}
        onChange={(e) => {
          const lang = e.target.value as Language;
          storeLanguage(lang);
          store.getState().setLanguage(lang);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
