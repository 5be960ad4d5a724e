// Advance widths (1/1000 em) of Helvetica and Helvetica-Bold for ASCII 32..126, from Adobe's
// metrics (Arial has the same widths). Used to estimate text widths without a DOM, so the scene
// can fit titles and place badges identically in SVG, PNG, PDF and PowerPoint.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Noto Sans, the first font the chart asks for, runs about 8% wider than Helvetica. */
const SAFETY = 1.08;

/** Estimated width in px of `text` at `size` px; bold for weights of 600 and more. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text.normalize("NFD")) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue; // combining accent: no advance of its own
    units += code >= 32 && code <= 126 ? table[code - 32]! : 600;
  }
  return (units / 1000) * size * SAFETY;
}

/** The largest font size up to `size` (not below `min`) at which every line fits `width`. */
export function fitSize(
  lines: readonly string[],
  width: number,
  size: number,
  min: number,
  bold = false,
): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, textWidth(line, size, bold));
  if (widest <= width) return size;
  return Math.max(min, Math.floor(((size * width) / widest) * 10) / 10);
}
