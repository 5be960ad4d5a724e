import { THEME_LABELS, THEME_NAMES } from "../theme/tokens.ts";
import type { ThemeName } from "../theme/tokens.ts";
import { useTheme } from "../theme/useTheme.ts";

/** The toolbar's Theme select: light, dark or high contrast, remembered between visits. */
export function ThemeSelect() {
  const [theme, setTheme] = useTheme();
  return (
    <label className="field">
      <span>Theme</span>
      <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeName)}>
        {THEME_NAMES.map((name) => (
          <option key={name} value={name}>
            {THEME_LABELS[name]}
          </option>
        ))}
      </select>
    </label>
  );
}
