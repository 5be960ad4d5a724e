import type { ThemeName } from "./tokens.ts";
import { THEME_NAMES } from "./tokens.ts";

/** localStorage key of the chosen theme; absent means "follow the system". */
export const THEME_STORAGE_KEY = "org-atlas.theme";

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === "string" && (THEME_NAMES as readonly string[]).includes(value);
}

/** What the system asks for (prefers-color-scheme, prefers-contrast). */
export interface SystemPreference {
  dark: boolean;
  moreContrast: boolean;
}

/**
 * The theme to use: the one remembered, else what the system prefers.
 * @example resolveTheme(null, { dark: true, moreContrast: false }) // "dark"
 */
export function resolveTheme(stored: string | null, system: SystemPreference): ThemeName {
  if (isThemeName(stored)) return stored;
  if (system.moreContrast) return "high-contrast";
  return system.dark ? "dark" : "light";
}

/** The system preference in a browser; light when matchMedia is missing (tests, old engines). */
export function systemPreference(): SystemPreference {
  const query = (q: string) => typeof matchMedia === "function" && matchMedia(q).matches;
  return {
    dark: query("(prefers-color-scheme: dark)"),
    moreContrast: query("(prefers-contrast: more)"),
  };
}

/** The remembered theme, or null; storage may be unavailable (private mode, sandboxed frame). */
export function readStoredTheme(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeTheme(theme: ThemeName): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembered: the choice still holds for this visit.
  }
}

const themeListeners = new Set<() => void>();

/** Calls `listener` whenever applyTheme changes the theme; returns the unsubscribe. */
export function subscribeTheme(listener: () => void): () => void {
  themeListeners.add(listener);
  return () => themeListeners.delete(listener);
}

/** Puts `theme` in force: themes.css keys every colour on <html data-theme>. */
export function applyTheme(theme: ThemeName, root: HTMLElement = document.documentElement): void {
  if (root.dataset.theme === theme) return;
  root.dataset.theme = theme;
  for (const listener of themeListeners) listener();
}

/** The theme in force on the page. */
export function currentTheme(root: HTMLElement = document.documentElement): ThemeName {
  const value = root.dataset.theme;
  return isThemeName(value) ? value : resolveTheme(readStoredTheme(), systemPreference());
}
