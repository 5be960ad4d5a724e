import fs from "node:fs";
import vm from "node:vm";
import { rememberedEarly } from "../../src/app/early-requests.ts";
import { LANGUAGE_STORAGE_KEY } from "../../src/ui-support/useT.ts";
import { THEME_STORAGE_KEY, resolveTheme } from "../../src/theme/theme.ts";

const INLINE = fs
  .readFileSync("src/app/early-requests.inline.js", "utf8")
  .replace("__ATLAS_BASE__", '"/"');

/**
 * Runs the head script as index.html does, with `storage` as localStorage and a system that
 * matches the media queries in `system`; returns what it leaves on window and <html data-theme>.
 */
function runHeadScript(storage: Record<string, string> | "unavailable", system: string[] = []) {
  const window: Record<string, unknown> = {
    get localStorage() {
      if (storage === "unavailable") throw new Error("SecurityError");
      return { getItem: (key: string) => storage[key] ?? null };
    },
    matchMedia: (query: string) => ({ matches: system.includes(query) }),
  };
  const attributes: Record<string, string> = {};
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) },
  };
  const fetch = () => new Promise(() => {});
  vm.runInNewContext(INLINE, { window, document, fetch });
  return Object.assign(window.__atlasEarly as object, { appliedTheme: attributes["data-theme"] });
}

describe("remembered settings read by the head script", () => {
  afterEach(() => {
    delete (globalThis as { __atlasEarly?: unknown }).__atlasEarly;
  });

  it("hands over the theme and language stored under the app's own keys", () => {
    const early = runHeadScript({ [THEME_STORAGE_KEY]: "dark", [LANGUAGE_STORAGE_KEY]: "fr" });
    Object.assign(globalThis, { __atlasEarly: early });
    const fallback = vi.fn(() => "light");
    expect(rememberedEarly("theme", fallback)).toBe("dark");
    expect(rememberedEarly("language", fallback)).toBe("fr");
    expect(fallback).not.toHaveBeenCalled();
  });

  it("hands over null when nothing is stored or storage is unavailable", () => {
    for (const storage of [{}, "unavailable"] as const) {
      Object.assign(globalThis, { __atlasEarly: runHeadScript(storage) });
      expect(rememberedEarly("theme", () => "dark")).toBeNull();
      expect(rememberedEarly("language", () => "fr")).toBeNull();
    }
  });

  it("puts the theme in force as resolveTheme chooses it, before the app's code runs", () => {
    const dark = "(prefers-color-scheme: dark)";
    const more = "(prefers-contrast: more)";
    for (const stored of [null, "light", "dark", "high-contrast", "sepia"]) {
      for (const system of [[], [dark], [more], [dark, more]]) {
        const storage: Record<string, string> =
          stored === null ? {} : { [THEME_STORAGE_KEY]: stored };
        const expected = resolveTheme(stored, {
          dark: system.includes(dark),
          moreContrast: system.includes(more),
        });
        expect(runHeadScript(storage, system).appliedTheme, `${stored} ${system}`).toBe(expected);
      }
    }
  });

  it("reads storage itself when the head script did not run", () => {
    expect(rememberedEarly("theme", () => "high-contrast")).toBe("high-contrast");
  });
});
