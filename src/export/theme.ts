import { CSS_NAMES, THEMES } from "../theme/tokens.ts";
import type { ThemeTokens } from "../theme/tokens.ts";

/** Colours an export is drawn in; every value is a #rrggbb hex so every format accepts it. */
export interface ExportTheme {
  /** Titles and text. */
  ink: string;
  /** FTEs, counts, the document mark. */
  muted: string;
  /** Reporting lines. */
  line: string;
  /** Lines on the selected chain of command. */
  strongLine: string;
  /** The page behind the chart when the background is not transparent. */
  paper: string;
  boxFill: string;
  boxBorder: string;
  /** What organization tints are mixed into (frame fills, team boxes). */
  tintBase: string;
  /** Text on an organization-coloured badge. */
  onAccent: string;
  orgColors: readonly string[];
}

type TokenName = keyof typeof CSS_NAMES;

/** The theme token each export colour is, with the token to use where a theme lacks it. */
const SOURCES: Array<[keyof Omit<ExportTheme, "orgColors">, TokenName[]]> = [
  ["ink", ["ink"]],
  ["muted", ["muted"]],
  ["line", ["line"]],
  ["strongLine", ["lineStrong", "ink"]],
  ["paper", ["exportPaper", "panelBg"]],
  ["boxFill", ["boxBg", "panelBg"]],
  ["boxBorder", ["boxBorder"]],
  ["tintBase", ["boxBg", "panelBg"]],
  ["onAccent", ["onAccent"]],
];

/** The export colours of a theme's tokens (src/theme/tokens.ts). */
export function exportThemeOf(tokens: ThemeTokens): ExportTheme {
  const theme = { orgColors: tokens.org } as ExportTheme;
  for (const [field, [token]] of SOURCES) theme[field] = tokens[token!];
  return theme;
}

/** The light theme's: what an export is drawn in where no theme is given (Node, tests). */
export const LIGHT_THEME: ExportTheme = exportThemeOf(THEMES.light);

/** Parses #rgb, #rrggbb and rgb()/rgba() into a #rrggbb hex; null for anything else. */
export function toHex(color: string): string | null {
  const c = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{8}$/.test(c)) return c.slice(0, 7);
  const rgb = /^rgba?\(\s*(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)[\s,]+(\d+(?:\.\d+)?)/.exec(c);
  if (rgb) {
    const hex = [rgb[1], rgb[2], rgb[3]].map((v) =>
      Math.max(0, Math.min(255, Math.round(Number(v))))
        .toString(16)
        .padStart(2, "0"),
    );
    return `#${hex.join("")}`;
  }
  return null;
}

/**
 * `color` mixed into `base`, like CSS `color-mix(in srgb, color amount, base)`.
 * @example mix("#1d4e89", "#ffffff", 0.35)
 */
export function mix(color: string, base: string, amount: number): string {
  const a = toHex(color) ?? "#000000";
  const b = toHex(base) ?? "#ffffff";
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) =>
    Math.round(channel(a, i) * amount + channel(b, i) * (1 - amount))
      .toString(16)
      .padStart(2, "0"),
  );
  return `#${out.join("")}`;
}

/**
 * The theme in force, read from CSS custom properties (pass
 * `(name) => getComputedStyle(document.documentElement).getPropertyValue(name)`); anything unset
 * or unreadable keeps the light palette.
 */
export function themeFromCss(read: (name: string) => string): ExportTheme {
  const theme: ExportTheme = { ...LIGHT_THEME };
  for (const [field, tokens] of SOURCES) {
    for (const token of tokens) {
      const hex = toHex(read(CSS_NAMES[token]));
      if (hex) {
        theme[field] = hex;
        break;
      }
    }
  }
  const orgColors: string[] = [];
  for (let i = 1; i <= 12; i++) {
    const hex = toHex(read(`--org-${i}`));
    if (!hex) break;
    orgColors.push(hex);
  }
  if (orgColors.length > 0) theme.orgColors = orgColors;
  return theme;
}
