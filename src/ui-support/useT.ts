import { useCallback, useEffect, useSyncExternalStore } from "react";
import { useOptionalAtlasStore } from "../store/StoreProvider.tsx";
import type { AtlasState } from "../store/atlas-store.ts";
import type { Language, MessageKey } from "../i18n/messages.ts";
import type { Params } from "../i18n/format.ts";
import {
  LANGUAGE_STORAGE_KEY,
  parseLanguage,
  plural,
  preferredLanguage,
  translate,
} from "../i18n/format.ts";

const selectLanguage = (s: AtlasState) => s.language;

const noSubscribe = () => () => undefined;

/** The store's language; English outside a <StoreProvider>. */
export function useLanguage(): Language {
  const store = useOptionalAtlasStore();
  const read = () => (store ? selectLanguage(store.getState()) : "en");
  return useSyncExternalStore(store ? store.subscribe : noSubscribe, read, read);
}

export type Translator = ((key: MessageKey, params?: Params) => string) & {
  lang: Language;
  plural: (base: Parameters<typeof plural>[1], n: number, params?: Params) => string;
};

/** The translator for the store's current language. */
export function useT(): Translator {
  const lang = useLanguage();
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  return Object.assign(t, {
    lang,
    plural: (base: Parameters<typeof plural>[1], n: number, params?: Params) =>
      plural(lang, base, n, params),
  });
}

export function readStoredLanguage(): Language | null {
  try {
    return parseLanguage(globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    return null;
  }
}

export function storeLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** The starting language: the URL's `lang`, then the remembered choice, then the browser's. */
export function initialLanguage(
  search: string,
  remembered: Language | null = readStoredLanguage(),
): Language {
  return (
    parseLanguage(new URLSearchParams(search).get("lang")) ??
    remembered ??
    preferredLanguage(globalThis.navigator?.language)
  );
}

/** Keeps <html lang> in step with the interface language. */
export function useDocumentLanguage(): void {
  const lang = useLanguage();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
}
