import fs from "node:fs";
import path from "node:path";
import { ORG_COLORS } from "../../src/theme/org-colors.ts";
import { LIGHT_THEME, exportThemeOf, mix, themeFromCss } from "../../src/export/theme.ts";
import { contrastRatio } from "../../src/theme/contrast.ts";
import { THEMES, THEME_NAMES, cssDeclarations } from "../../src/theme/tokens.ts";
import type { ThemeName, ThemeTokens } from "../../src/theme/tokens.ts";

const CSS = fs.readFileSync(
  path.resolve(import.meta.dirname, "../../src/theme/themes.css"),
  "utf8",
);

/** The custom properties of the first rule whose selector list has `selector` exactly. */
function declared(selector: string, css = CSS): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = m[1]!
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/@media[^{]*$/, "")
      .split(",")
      .map((part) => part.trim());
    if (!selectors.includes(selector)) continue;
    for (const d of m[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out.set(d[1]!, d[2]!.trim());
    return out;
  }
  return out;
}

const TEXT = 4.5;
const NON_TEXT = 3;

/** Every foreground / background pair the app draws, with the ratio it must reach. */
function pairs(t: ThemeTokens): Array<[string, string, string, number]> {
  const out: Array<[string, string, string, number]> = [];
  for (const bg of ["bg", "panelBg", "boxBg", "hover"] as const) {
    out.push([`ink on ${bg}`, t.ink, t[bg], TEXT]);
    out.push([`muted on ${bg}`, t.muted, t[bg], TEXT]);
  }
  out.push(["ink on mark", t.ink, t.mark, TEXT]);
  out.push(["link on panelBg", t.link, t.panelBg, TEXT]);
  out.push(["onAccent on focus (Export button)", t.onAccent, t.focus, TEXT]);
  out.push(["box border on bg", t.boxBorder, t.bg, NON_TEXT]);
  out.push(["box border on boxBg", t.boxBorder, t.boxBg, NON_TEXT]);
  out.push(["line on bg", t.line, t.bg, NON_TEXT]);
  out.push(["strong line on bg", t.lineStrong, t.bg, NON_TEXT]);
  out.push(["control border on panelBg", t.control, t.panelBg, NON_TEXT]);
  out.push(["focus ring on bg", t.focus, t.bg, NON_TEXT]);
  out.push(["focus ring on panelBg", t.focus, t.panelBg, NON_TEXT]);
  t.org.forEach((org, i) => {
    const frame = mix(org, t.boxBg, 0.04);
    const team = mix(org, t.boxBg, 0.05);
    out.push([`org ${i + 1} text on boxBg`, org, t.boxBg, TEXT]);
    out.push([`org ${i + 1} label on its frame`, org, frame, TEXT]);
    out.push([`muted on org ${i + 1} frame`, t.muted, frame, TEXT]);
    out.push([`ink on org ${i + 1} team box`, t.ink, team, TEXT]);
    out.push([`muted on org ${i + 1} team box`, t.muted, team, TEXT]);
    out.push([`onAccent on org ${i + 1} badge`, t.onAccent, org, TEXT]);
    out.push([`org ${i + 1} strip on bg`, org, t.bg, NON_TEXT]);
  });
  return out;
}

describe.each(THEME_NAMES)("theme %s", (name: ThemeName) => {
  const tokens = THEMES[name];

  it("passes WCAG AA for every text and line pair", () => {
    const failures = pairs(tokens)
      .map(([what, fg, bg, min]) => ({ what, ratio: contrastRatio(fg, bg), min }))
      .filter((p) => p.ratio < p.min)
      .map((p) => `${p.what}: ${p.ratio.toFixed(2)} < ${p.min}`);
    expect(failures).toEqual([]);
  });

  it("has one accent per organization colour", () => {
    expect(tokens.org).toHaveLength(ORG_COLORS.length);
  });

  it("is what themes.css declares", () => {
    const css = declared(`:root[data-theme="${name}"]`);
    expect(Object.fromEntries(css)).toEqual(Object.fromEntries(cssDeclarations(tokens)));
  });

  it("is what an export made in it reads", () => {
    const css = new Map(cssDeclarations(tokens));
    const theme = themeFromCss((n) => css.get(n) ?? "");
    expect(theme.ink).toBe(tokens.ink);
    expect(theme.paper).toBe(tokens.exportPaper);
    expect(theme.boxFill).toBe(tokens.boxBg);
    expect(theme.onAccent).toBe(tokens.onAccent);
    expect(theme.orgColors).toEqual(tokens.org);
    expect(theme).toEqual(exportThemeOf(tokens));
  });
});

it("draws an export with no theme given in the light theme's colours", () => {
  expect(LIGHT_THEME).toMatchObject({
    ink: THEMES.light.ink,
    line: THEMES.light.line,
    boxBorder: THEMES.light.boxBorder,
    orgColors: THEMES.light.org,
  });
});

it("the light palette is the default and the print palette", () => {
  expect(Object.fromEntries(declared(":root"))).toEqual(
    Object.fromEntries(cssDeclarations(THEMES.light)),
  );
  const print = CSS.slice(CSS.indexOf("@media print"));
  expect(Object.fromEntries(declared(":root[data-theme]", print))).toEqual(
    Object.fromEntries(cssDeclarations(THEMES.light)),
  );
});

it("computes contrast ratios as WCAG defines them", () => {
  expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21);
  expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1);
  expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
});
