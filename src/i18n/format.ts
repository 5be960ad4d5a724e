import type { Language, MessageKey } from "./messages.ts";
import { MESSAGES } from "./messages.ts";

export type Params = Record<string, string | number>;

const LOCALE: Record<Language, string> = { en: "en-CA", fr: "fr-CA" };
export const localeOf = (lang: Language): string => LOCALE[lang];

/** A number as the language writes it: "1,240" / "1 240" (with a narrow no-break space). */
export function formatNumber(lang: Language, n: number, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFractionDigits }).format(
    n,
  );
}

/** The message for `key` with `{name}` placeholders filled; numbers are formatted for `lang`. */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  const template = MESSAGES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? formatNumber(lang, v) : v;
  });
}

/** Picks `${base}.one` or `${base}.other` by the language's plural rules. */
export function plural(
  lang: Language,
  base: "toolbar.levels" | "org.positions" | "fte",
  n: number,
  params: Params = {},
): string {
  // French treats 0 and 1 (and fractions below 2) as singular; English only 1.
  const rule = new Intl.PluralRules(LOCALE[lang]).select(n);
  const key = `${base}.${rule === "one" ? "one" : "other"}` as MessageKey;
  return translate(lang, key, { n, ...params });
}

/** "8 FTEs", "1 FTE", "3 FTEs planned" / "8 ETP", "3 ETP prévus". */
export function formatFte(lang: Language, fte: number, planned = false): string {
  const text = plural(lang, "fte", fte);
  return planned ? translate(lang, "fte.planned", { fte: text }) : text;
}

/** Money in short form: "$3.2M" / "3,2 M$". */
export function formatMoney(lang: Language, amount: number): string {
  const n = new Intl.NumberFormat(LOCALE[lang], {
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(amount);
  // Intl writes "3,2 M $" for fr-CA; the house style is "3,2 M$".
  return lang === "fr" ? `${n}$` : `$${n}`;
}

/** A date such as "2024-03-01" in the language's long form; the input when it is not a date. */
export function formatDate(lang: Language, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** The language the browser prefers: French for any fr* tag, English otherwise. */
export function preferredLanguage(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export function parseLanguage(v: string | null | undefined): Language | null {
  return v === "en" || v === "fr" ? v : null;
}
