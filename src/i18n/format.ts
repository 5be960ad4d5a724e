import type { Language, MessageKey } from "./messages.ts";
import { MESSAGES } from "./messages.ts";

export type Params = Record<string, string | number>;

const LOCALE: Record<Language, string> = { en: "en-CA", fr: "fr-CA" };
export const localeOf = (lang: Language): string => LOCALE[lang];

// Building an Intl formatter costs tens of microseconds, which added up to ~40 ms when a
// 1,000-position chart labelled its boxes; each one is built once per language and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = formatters.get(key);
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

// Canadian English groups digits with commas, Canadian French with no-break spaces (CLDR).
const GROUP_SEPARATOR: Record<Language, string> = { en: ",", fr: "\u00a0" };

/** A number as the language writes it: "1,240" / "1 240" (with a no-break space). */
export function formatNumber(lang: Language, n: number, maxFractionDigits = 1): string {
  // Whole numbers are grouped here rather than by Intl: its first use costs about 20 ms (it loads
  // the locale's data), which sat in the chart's first paint. A test compares the two.
  if (Number.isSafeInteger(n) && n >= 0) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[lang]);
  }
  return cached(
    `number:${lang}:${maxFractionDigits}`,
    () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxFractionDigits }),
  ).format(n);
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

/**
 * The plural category of `n`: French treats 0 and 1 (and fractions below 2) as singular, English
 * only 1. Whole numbers are answered directly for the reason given in formatNumber.
 */
export function pluralCategory(lang: Language, n: number): "one" | "other" {
  if (Number.isInteger(n)) return (lang === "fr" ? n === 0 || n === 1 : n === 1) ? "one" : "other";
  const rules = cached(`plural:${lang}`, () => new Intl.PluralRules(LOCALE[lang]));
  return rules.select(n) === "one" ? "one" : "other";
}

/** Every message with plural forms, named without its `.one` / `.other`. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.one` ? Base : never;
}[MessageKey];

/** Picks `${base}.one` or `${base}.other` by the language's plural rules. */
export function plural(lang: Language, base: PluralBase, n: number, params: Params = {}): string {
  const key = `${base}.${pluralCategory(lang, n)}` as MessageKey;
  return translate(lang, key, { n, ...params });
}

/** "8 FTEs", "1 FTE", "3 FTEs planned" / "8 ETP", "3 ETP prévus". */
export function formatFte(lang: Language, fte: number, planned = false): string {
  const text = plural(lang, "fte", fte);
  return planned ? translate(lang, "fte.planned", { fte: text }) : text;
}

/** Money in short form: "$3.2M" / "3,2 M$". */
export function formatMoney(lang: Language, amount: number): string {
  const n = cached(
    `money:${lang}`,
    () => new Intl.NumberFormat(LOCALE[lang], { notation: "compact", maximumFractionDigits: 1 }),
  ).format(amount);
  // Intl writes "3,2 M $" for fr-CA; the house style is "3,2 M$".
  return lang === "fr" ? `${n}$` : `$${n}`;
}

/** A date such as "2024-03-01" in the language's long form; the input when it is not a date. */
export function formatDate(lang: Language, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return cached(
    `date:${lang}`,
    () => new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeZone: "UTC" }),
  ).format(date);
}

/** The language the browser prefers: French for any fr* tag, English otherwise. */
/** localStorage key of the chosen interface language. */
export const LANGUAGE_STORAGE_KEY = "org-atlas:language";

export function preferredLanguage(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export function parseLanguage(v: string | null | undefined): Language | null {
  return v === "en" || v === "fr" ? v : null;
}
