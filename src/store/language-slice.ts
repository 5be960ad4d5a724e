import type { Language } from "../i18n/messages.ts";
import type { Slice } from "./slice.ts";

export interface LanguageSlice {
  /** The interface language; document content stays as written. */
  language: Language;
  setLanguage: (language: Language) => void;
}

export const createLanguageSlice: Slice<LanguageSlice> = (set) => ({
  language: "en",
  setLanguage: (language) => set({ language }),
});
