import { elkOptions, treeOptions } from "./elk-mapping.ts";
import type { LayoutRequest } from "./types.ts";

/**
 * Bumped when the layout code changes in a way the request does not show (spacing, group
 * assembly, edge routing), so layouts cached or precomputed by older code stop matching.
 */
const LAYOUT_CODE_VERSION = 2;

/** Two 32-bit FNV-1a lanes with different offsets: 64 bits, so accidental matches are negligible. */
class Hasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  add(text: string): this {
    let { a, b } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    // A separator that no id can contain keeps ["ab","c"] and ["a","bc"] apart.
    this.a = Math.imul(a ^ 0x1f, 0x01000193);
    this.b = Math.imul(b ^ 0x1f, 0x01000193);
    return this;
  }
  digest(): string {
    return (
      (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0")
    );
  }
}

/**
 * A content key for a layout request: equal keys mean the same boxes, sizes, edges, direction
 * and layout options, so a layout computed for one is valid for the other. Used to reuse
 * layouts (the prebuild's, or ones computed earlier in the session) without running ELK.
 *
 * @example layoutKey(layoutRequest(ix, view)) // "3fa1c09e5b27d4c1"
 */
export function layoutKey(request: LayoutRequest): string {
  const h = new Hasher()
    .add(String(LAYOUT_CODE_VERSION))
    .add(request.direction)
    .add(request.mode)
    .add(JSON.stringify(request.mode === "wide" ? elkOptions(request.direction) : treeOptions()));
  for (const tree of request.trees) {
    h.add(tree.key).add(tree.label).add(String(tree.nodes.length)).add(String(!!tree.unplaced));
    for (const n of tree.nodes) h.add(n.id).add(`${n.depth},${n.width},${n.height}`);
    for (const e of tree.edges) h.add(e.source).add(e.target);
  }
  return h.digest();
}
