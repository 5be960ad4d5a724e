import { useEffect, useSyncExternalStore } from "react";
import {
  applyTheme,
  currentTheme,
  readStoredTheme,
  resolveTheme,
  storeTheme,
  subscribeTheme,
  systemPreference,
} from "../theme/theme.ts";
import type { ThemeName } from "../theme/tokens.ts";

/** The theme the prerendered first view is drawn with (its <select> shows it until hydrated). */
export const SERVER_THEME: ThemeName = "light";
const serverTheme = () => SERVER_THEME;
const pageTheme = () => currentTheme();

/**
 * The theme in force and a setter that applies and remembers it. Until the user chooses, the
 * theme follows the system's colour scheme as it changes.
 */
export function useTheme(): [ThemeName, (theme: ThemeName) => void] {
  const theme = useSyncExternalStore(subscribeTheme, pageTheme, serverTheme);

  useEffect(() => {
    if (typeof matchMedia !== "function") return;
    const queries = [
      matchMedia("(prefers-color-scheme: dark)"),
      matchMedia("(prefers-contrast: more)"),
    ];
    const onChange = () => {
      if (readStoredTheme() !== null) return;
      const next = resolveTheme(null, systemPreference());
      applyTheme(next);
    };
    for (const q of queries) q.addEventListener?.("change", onChange);
    return () => {
      for (const q of queries) q.removeEventListener?.("change", onChange);
    };
  }, []);

  const choose = (next: ThemeName) => {
    applyTheme(next);
    storeTheme(next);
  };
  return [theme, choose];
}
