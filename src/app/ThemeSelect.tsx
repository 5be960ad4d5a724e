import { THEME_NAMES } from "../theme/tokens.ts";
import type { ThemeName } from "../theme/tokens.ts";
import { useTheme } from "../ui-support/useTheme.ts";
import { useT } from "../ui-support/useT.ts";

/**
 * The Theme select: light, dark or high contrast, remembered between visits. `inline` puts the
 * label beside the select (in the masthead's one row) rather than above it.
 */
export function ThemeSelect({ inline = false }: { inline?: boolean }) {
  const [theme, setTheme] = useTheme();
  const t = useT();
  return (
    <label className={inline ? "field field--inline" : "field"}>
      <span>{t("toolbar.theme")}</span>
      <select
        value={theme}
        onChange={(e) => setTheme(e.target.value as ThemeName)}
        data-theme-select=""
      >
        {THEME_NAMES.map((name) => (
          <option key={name} value={name}>
            {t(`theme.${name}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
