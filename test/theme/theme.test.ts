import { isThemeName, resolveTheme } from "../../src/theme/theme.ts";
import { orgVar } from "../../src/theme/org-var.ts";

describe("choosing a theme", () => {
  it("prefers what was stored, then the system", () => {
    const light = { dark: false, moreContrast: false };
    expect(resolveTheme("dark", light)).toBe("dark");
    expect(resolveTheme("bogus", light)).toBe("light");
    expect(resolveTheme(null, { dark: true, moreContrast: false })).toBe("dark");
    expect(resolveTheme(null, { dark: true, moreContrast: true })).toBe("high-contrast");
    expect(isThemeName("high-contrast")).toBe(true);
    expect(isThemeName(3)).toBe(false);
  });

  it("maps the light organization colours to the theme's", () => {
    expect(orgVar("#1d4e89")).toBe("var(--org-1, #1d4e89)");
    expect(orgVar("#0B5563")).toBe("var(--org-6, #0B5563)");
    expect(orgVar("#123456")).toBe("#123456");
  });
});
