/**
 * Marks drawn alike on screen (chart/BoxIcons.tsx renders them as SVG) and in every export
 * (export/paint-box.ts turns them into path commands): one definition, so the two cannot drift.
 */

/** Straight strokes of one width: each subpath is a list of [x, y] points, maybe closed. */
export interface IconStroke {
  width: number;
  subpaths: ReadonlyArray<{ points: ReadonlyArray<readonly [number, number]>; closed: boolean }>;
}

export interface IconShape {
  width: number;
  height: number;
  strokes: readonly IconStroke[];
}

/** The document mark: a page with a folded corner and two lines of text (12 x 14). */
export const DOCUMENT_ICON: IconShape = {
  width: 12,
  height: 14,
  strokes: [
    {
      width: 1.4,
      subpaths: [
        {
          points: [
            [1, 1],
            [7, 1],
            [11, 5],
            [11, 13],
            [1, 13],
          ],
          closed: true,
        },
      ],
    },
    {
      width: 1.2,
      subpaths: [
        {
          points: [
            [3, 7],
            [9, 7],
          ],
          closed: false,
        },
        {
          points: [
            [3, 9.5],
            [9, 9.5],
          ],
          closed: false,
        },
      ],
    },
  ],
};

/** A stroke as SVG path data: "M1 1L7 1…Z". */
export function svgPathData(stroke: IconStroke): string {
  return stroke.subpaths
    .map(
      ({ points, closed }) =>
        points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${x} ${y}`).join("") + (closed ? "Z" : ""),
    )
    .join("");
}
