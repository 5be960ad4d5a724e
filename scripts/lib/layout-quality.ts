import type { Box, Direction, LayoutResult } from "../../src/core/layout/types.ts";

/** How well a layout does what the compact layout promises; used by the benchmark and the tests. */

/** Start, size and centre of a box along the sibling axis. */
function along(b: Box, direction: Direction) {
  const start = direction === "DOWN" ? b.x : b.y;
  const size = direction === "DOWN" ? b.width : b.height;
  return { start, end: start + size, centre: start + size / 2 };
}

/**
 * How far each manager is from the middle of its reports: its outermost reports' centres, a
 * list of reports without reports counting as one (its spine is in its middle).
 */
export function centringErrors(result: LayoutResult): number[] {
  const reports = new Map<string, string[]>();
  for (const id of Object.keys(result.edges)) {
    const [source, target] = id.split("\u2192") as [string, string];
    reports.set(source, [...(reports.get(source) ?? []), target]);
  }
  const errors: number[] = [];
  for (const [manager, kids] of reports) {
    const spans = kids
      .filter((k) => reports.has(k))
      .map((k) => along(result.positions[k]!, result.direction));
    const leaves = kids
      .filter((k) => !reports.has(k))
      .map((k) => along(result.positions[k]!, result.direction));
    if (leaves.length > 0) {
      const start = Math.min(...leaves.map((l) => l.start));
      const end = Math.max(...leaves.map((l) => l.end));
      spans.push({ start, end, centre: (start + end) / 2 });
    }
    spans.sort((a, b) => a.start - b.start);
    const middle = (spans[0]!.centre + spans.at(-1)!.centre) / 2;
    errors.push(Math.abs(along(result.positions[manager]!, result.direction).centre - middle));
  }
  return errors;
}

/**
 * How far each manager is from the middle of the span of all its reports' boxes, as the eye
 * judges a row of reports (the measure used in issue 12).
 */
export function spanCentringErrors(result: LayoutResult): number[] {
  const reports = new Map<string, string[]>();
  for (const id of Object.keys(result.edges)) {
    const [source, target] = id.split("\u2192") as [string, string];
    reports.set(source, [...(reports.get(source) ?? []), target]);
  }
  return [...reports].map(([manager, kids]) => {
    const spans = kids.map((k) => along(result.positions[k]!, result.direction));
    const middle =
      (Math.min(...spans.map((s) => s.start)) + Math.max(...spans.map((s) => s.end))) / 2;
    return Math.abs(along(result.positions[manager]!, result.direction).centre - middle);
  });
}
