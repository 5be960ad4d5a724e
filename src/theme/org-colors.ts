/**
 * Organization accents. Each passes WCAG AA (>= 4.5:1) as text on white and as a background under
 * white text, so the same colour serves labels, badges and box strips.
 */
export const ORG_COLORS = [
  "#1d4e89",
  "#8a3b12",
  "#1f5f3a",
  "#5b2a86",
  "#8a1c3b",
  "#0b5563",
] as const;

export function orgColor(index: number): string {
  return ORG_COLORS[((index % ORG_COLORS.length) + ORG_COLORS.length) % ORG_COLORS.length]!;
}
