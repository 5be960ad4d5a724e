import fc from "fast-check";
import { en } from "../../src/i18n/messages-en.ts";
import { fr } from "../../src/i18n/messages-fr.ts";
import {
  formatDate,
  formatFte,
  formatMoney,
  formatNumber,
  pluralCategory,
  preferredLanguage,
  translate,
} from "../../src/i18n/format.ts";
import { describePosition } from "../../src/ui-support/describe.ts";
import { readUrlState, writeUrlState } from "../../src/app/url-state.ts";
import type { UrlState } from "../../src/app/url-state.ts";
import { buildIndex } from "../../src/core/graph/indexes.ts";
import { seedLike } from "../support.ts";

describe("messages", () => {
  it("has the same keys in English and French, none empty", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const table of [en, fr]) {
      for (const [key, value] of Object.entries(table)) expect(value.trim(), key).not.toBe("");
    }
  });

  it("fills placeholders", () => {
    expect(translate("en", "box.hidden", { n: 12 })).toBe("+12 hidden");
    expect(translate("fr", "box.hidden", { n: 12 })).toBe("+12 masqués");
  });
});

describe("formatting", () => {
  it("writes FTEs in each language", () => {
    expect(formatFte("en", 1240)).toBe("1,240 FTEs");
    expect(formatFte("fr", 1240)).toMatch(/^1[\u202f\u00a0 ]240 ETP$/);
    expect(formatFte("en", 1)).toBe("1 FTE");
    expect(formatFte("en", 3, true)).toBe("3 FTEs planned");
    expect(formatFte("fr", 3, true)).toBe("3 ETP prévus");
    expect(formatFte("fr", 2.5)).toBe("2,5 ETP");
  });

  it("writes whole numbers and plurals as Intl does, with or without its fast path", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 20_000 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          fc.double({ min: 0, max: 5, noNaN: true }),
        ),
        fc.constantFrom("en" as const, "fr" as const),
        (n, lang) => {
          const locale = lang === "fr" ? "fr-CA" : "en-CA";
          expect(formatNumber(lang, n)).toBe(
            new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n),
          );
          const rule = new Intl.PluralRules(locale).select(n) === "one" ? "one" : "other";
          expect(pluralCategory(lang, n)).toBe(rule);
        },
      ),
    );
  });

  it("writes money in short form", () => {
    expect(formatMoney("en", 3_200_000)).toBe("$3.2M");
    expect(formatMoney("fr", 3_200_000)).toMatch(/^3,2[\u202f\u00a0 ]M\$$/);
  });

  it("writes dates in each language", () => {
    expect(formatDate("en", "2024-03-01")).toBe("March 1, 2024");
    expect(formatDate("fr", "2024-03-01")).toBe("1 mars 2024");
    expect(formatDate("fr", "not a date")).toBe("not a date");
  });

  it("defaults to French only for fr* browsers", () => {
    expect(preferredLanguage("fr-CA")).toBe("fr");
    expect(preferredLanguage("en-US")).toBe("en");
    expect(preferredLanguage(undefined)).toBe("en");
  });

  it("keeps lang=fr in the URL", () => {
    const base: UrlState = { selected: null, collapsed: [], expanded: [], org: null, dir: "DOWN" };
    expect(writeUrlState({ ...base, lang: "fr" })).toBe("?lang=fr");
    expect(writeUrlState({ ...base, lang: "en" })).toBe("");
    expect(readUrlState("?lang=fr").lang).toBe("fr");
    expect(readUrlState("?lang=xx").lang).toBeUndefined();
  });
});

describe("describe in French", () => {
  it("takes the language as a parameter", () => {
    const ix = buildIndex(seedLike());
    const id = [...ix.byId.values()].find((n) => n.title === "Head of Design")!.id;
    expect(describePosition(ix, id, {}, "en")).toBe("Head of Design, CS-05, 13 FTEs");
    expect(describePosition(ix, id, {}, "fr")).toBe("Head of Design, CS-05, 13 ETP");
    expect(describePosition(ix, id, { manager: true }, "fr")).toMatch(/, relève de /);
  });
});
