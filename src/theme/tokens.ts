/**
 * The colour tokens of each theme. src/theme/themes.css mirrors them as CSS custom properties
 * (test/theme/tokens.test.ts checks that the two agree and that every pair passes WCAG AA), and
 * the export reads the same properties back (src/export/theme.ts), so one table feeds the page,
 * the exports and the contrast test.
 */
export type ThemeName = "light" | "dark" | "high-contrast";

export const THEME_NAMES: readonly ThemeName[] = ["light", "dark", "high-contrast"];

export const THEME_LABELS: Record<ThemeName, string> = {
  light: "Light",
  dark: "Dark",
  "high-contrast": "High contrast",
};

export interface ThemeTokens {
  /** Text. */
  ink: string;
  /** Secondary text: FTEs, hints, labels. */
  muted: string;
  /** Page and chart background. */
  bg: string;
  /** Header, panel, dialogs, menus. */
  panelBg: string;
  /** Inside a position box; organization tints are mixed into it. */
  boxBg: string;
  boxBorder: string;
  /** Reporting lines. */
  line: string;
  /** Lines on the selected chain of command. */
  lineStrong: string;
  /** Borders of buttons, inputs and selects. */
  control: string;
  /** Hovered or active option behind `ink`. */
  hover: string;
  /** Dots of the chart background. */
  grid: string;
  focus: string;
  link: string;
  /** Search match highlight behind `ink`. */
  mark: string;
  /** Text on an organization-coloured badge. */
  onAccent: string;
  /** Behind an exported image with a solid background. */
  exportPaper: string;
  /** Organization accents: text on `boxBg`, badge fill under `onAccent`, box strip. */
  org: readonly string[];
}

export const THEMES: Record<ThemeName, ThemeTokens> = {
  light: {
    ink: "#1b1f24",
    muted: "#4d5560",
    bg: "#f5f6f8",
    panelBg: "#ffffff",
    boxBg: "#ffffff",
    boxBorder: "#7b8491",
    line: "#737d8a",
    lineStrong: "#1b1f24",
    control: "#7b8491",
    hover: "#e5eefb",
    grid: "#d3d8de",
    focus: "#0b57d0",
    link: "#0b57d0",
    mark: "#ffe27a",
    onAccent: "#ffffff",
    exportPaper: "#ffffff",
    org: ["#1d4e89", "#8a3b12", "#1f5f3a", "#5b2a86", "#8a1c3b", "#0b5563"],
  },
  dark: {
    ink: "#e8ebef",
    muted: "#b3bcc7",
    bg: "#121519",
    panelBg: "#1a1e23",
    boxBg: "#20252c",
    boxBorder: "#7a8594",
    line: "#7d8896",
    lineStrong: "#e8ebef",
    control: "#7a8594",
    hover: "#2c3a4f",
    grid: "#2a3038",
    focus: "#8ab4f8",
    link: "#8ab4f8",
    mark: "#7a5d00",
    onAccent: "#111418",
    exportPaper: "#121519",
    org: ["#8cb4ff", "#f2a474", "#7fd19b", "#c9a7f2", "#f292ab", "#6cc9d6"],
  },
  "high-contrast": {
    ink: "#ffffff",
    muted: "#e6e6e6",
    bg: "#000000",
    panelBg: "#000000",
    boxBg: "#000000",
    boxBorder: "#ffffff",
    line: "#d0d0d0",
    lineStrong: "#ffff00",
    control: "#ffffff",
    hover: "#333333",
    grid: "#3a3a3a",
    focus: "#ffd400",
    link: "#ffff00",
    mark: "#0000c0",
    onAccent: "#000000",
    exportPaper: "#000000",
    org: ["#a8d0ff", "#ffbf8f", "#9af5b4", "#e2c6ff", "#ffadc9", "#8cefff"],
  },
};

/** CSS custom property for each token; `org` becomes --org-1 … --org-N. */
export const CSS_NAMES: Record<Exclude<keyof ThemeTokens, "org">, string> = {
  ink: "--ink",
  muted: "--muted",
  bg: "--bg",
  panelBg: "--panel-bg",
  boxBg: "--box-bg",
  boxBorder: "--box-border",
  line: "--line",
  lineStrong: "--line-strong",
  control: "--control",
  hover: "--hover",
  grid: "--grid",
  focus: "--focus",
  link: "--link",
  mark: "--mark",
  onAccent: "--on-accent",
  exportPaper: "--export-paper",
};

/** The custom-property declarations of a theme, as `[name, value]` pairs. */
export function cssDeclarations(tokens: ThemeTokens): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, name] of Object.entries(CSS_NAMES) as Array<[keyof typeof CSS_NAMES, string]>) {
    out.push([name, tokens[key]]);
  }
  tokens.org.forEach((color, i) => out.push([`--org-${i + 1}`, color]));
  return out;
}
