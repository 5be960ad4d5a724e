/** Every interface string, in English and French. Document content is never translated. */
import { en } from "./messages-en.ts";
import { fr } from "./messages-fr.ts";

export type Language = "en" | "fr";
export const LANGUAGES: readonly Language[] = ["en", "fr"];

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const MESSAGES: Record<Language, Messages> = { en, fr };
