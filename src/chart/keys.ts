import type { Move } from "../core/graph/queries.ts";
import type { Direction } from "../core/layout/types.ts";

/** Arrow keys follow the drawing: in a left-to-right chart the manager is to the left. */
export function moveForKey(key: string, direction: Direction): Move | null {
  const down = direction === "DOWN";
  switch (key) {
    case "ArrowUp":
      return down ? "manager" : "previousSibling";
    case "ArrowDown":
      return down ? "firstReport" : "nextSibling";
    case "ArrowLeft":
      return down ? "previousSibling" : "manager";
    case "ArrowRight":
      return down ? "nextSibling" : "firstReport";
    default:
      return null;
  }
}
