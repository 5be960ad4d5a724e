/** What to draw now: a prefix of the new elements, and whether everything is drawn. */
export interface Revealed<N> {
  nodes: N[];
  complete: boolean;
}

/**
 * Spreads the mounting of many new boxes over several frames. Mounting a box costs React Flow
 * about half a millisecond, so expanding a subtree of a few hundred boxes in one go blocks the
 * main thread well past 50 ms. Boxes that were already drawn are always kept (they only move);
 * new ones are added at most `chunk` per frame, in the given order (managers before reports).
 *
 * `pick` is a pure function of its input and of what was last committed, so React may call it
 * during render; `commit` is called from an effect with what was actually drawn.
 */
export class Revealer<N extends { id: string }> {
  private drawn: ReadonlySet<string> | null = null;
  private lastInput: readonly N[] | null = null;
  private lastDrawn: ReadonlySet<string> | null = null;
  private lastOutput: Revealed<N> = { nodes: [], complete: true };

  constructor(private readonly chunk: number) {}

  pick(nodes: readonly N[]): Revealed<N> {
    if (nodes === this.lastInput && this.drawn === this.lastDrawn) return this.lastOutput;
    const drawn = this.drawn;
    let output: Revealed<N>;
    if (drawn === null || drawn.size === 0) {
      // The first paint is drawn whole: splitting it would only delay the chart.
      output = { nodes: [...nodes], complete: true };
    } else {
      let budget = this.chunk;
      const kept = nodes.filter((n) => drawn.has(n.id) || budget-- > 0);
      output = { nodes: kept, complete: kept.length === nodes.length };
    }
    this.lastInput = nodes;
    this.lastDrawn = drawn;
    this.lastOutput = output;
    return output;
  }

  /** Records what the chart now shows; the next `pick` adds up to `chunk` boxes to it. */
  commit(shown: readonly N[]): void {
    this.drawn = new Set(shown.map((n) => n.id));
  }
}
