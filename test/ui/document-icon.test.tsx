// @vitest-environment jsdom
import { render } from "@testing-library/react";
import { DocumentIcon } from "../../src/chart/BoxIcons.tsx";
import { documentMark } from "../../src/export/paint-box.ts";

/** An SVG path's absolute M/L/Z commands as [command, x, y] triples. */
function commands(d: string): Array<[string, number, number]> {
  return [...d.matchAll(/([MLZ])\s*(?:(-?[\d.]+)\s+(-?[\d.]+))?/g)].map((m) => [
    m[1]!,
    Number(m[2] ?? 0),
    Number(m[3] ?? 0),
  ]);
}

describe("the document mark", () => {
  it("is the same shape, stroke for stroke, in the chart and in an export", () => {
    const { container } = render(<DocumentIcon />);
    const svg = container.querySelector("svg")!;
    expect(svg.getAttribute("viewBox")).toBe("0 0 12 14");
    const screen = [...svg.querySelectorAll("path")].map((p) => ({
      width: Number(p.getAttribute("stroke-width")),
      commands: commands(p.getAttribute("d")!),
    }));
    const exported = documentMark(100, 50, "#000000").map((item) => {
      if (item.type !== "path") throw new Error("the mark is drawn with paths");
      return {
        width: item.paint.lineWidth,
        commands: item.ops.map((op): [string, number, number] =>
          op[0] === "Z" ? ["Z", 0, 0] : [op[0], op[1] - 100, op[2] - 50],
        ),
      };
    });
    expect(screen).toEqual(exported);
    expect(screen.map((s) => s.width)).toEqual([1.4, 1.2]);
    // The page outline is closed; the two text lines are open strokes.
    expect(screen[0]!.commands.at(-1)![0]).toBe("Z");
    expect(screen[1]!.commands.filter((c) => c[0] === "M")).toHaveLength(2);
  });
});
