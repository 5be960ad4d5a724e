import type { Size } from "./types.ts";

/** Box metrics, kept in one place so the layout and the CSS agree (see styles.css .box). */
export const BOX = {
  width: 240,
  /** Title font size in px (styles.css .box__title). */
  titleSize: 15,
  /** Characters that safely fit on one title line at 15px in the box's content width. */
  charsPerLine: 24,
  lineHeight: 20,
  /** Padding, badge row and FTE row around the title. */
  chrome: 72,
} as const;

/** Greedy word wrap; a word longer than a line gets a line of its own (CSS breaks it there too). */
export function wrapTitle(title: string, charsPerLine: number = BOX.charsPerLine): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= charsPerLine) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines.length > 0 ? lines : [""];
}

/** Size of a position's box: fixed width, height grows with the wrapped title. */
export function boxSize(title: string): Size {
  const lines = wrapTitle(title).reduce(
    (sum, l) => sum + Math.max(1, Math.ceil(l.length / BOX.charsPerLine)),
    0,
  );
  return { width: BOX.width, height: BOX.chrome + lines * BOX.lineHeight };
}
