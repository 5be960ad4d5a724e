import type { Block, Run } from "./types.ts";

/**
 * A small block parser for the markdown the job descriptions use: headings, bullet and numbered
 * lists, bold, paragraphs. It returns runs with source offsets rather than HTML, so the text is
 * always rendered as text and quotes can be highlighted by position.
 */
export function parseMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: Run[] | null = null;
  let list: Extract<Block, { kind: "list" }> | null = null;
  let offset = 0;
  for (const raw of text.split("\n")) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, "");
    const heading = /^(\s*)(#{1,6})\s+(.*)$/.exec(line);
    const item = /^(\s*)([*+-]|\d+[.)])\s+(.*)$/.exec(line);
    if (line.trim() === "") {
      paragraph = null;
      list = null;
    } else if (heading) {
      paragraph = null;
      list = null;
      const contentStart = lineStart + heading[1]!.length + heading[2]!.length + 1;
      const content = heading[3]!;
      const lead = line.length - content.length - (heading[1]!.length + heading[2]!.length);
      blocks.push({
        kind: "heading",
        level: heading[2]!.length,
        runs: inline(content, contentStart + lead - 1),
      });
    } else if (item) {
      paragraph = null;
      const ordered = /\d/.test(item[2]!);
      if (!list || list.ordered !== ordered) {
        list = { kind: "list", ordered, items: [] };
        blocks.push(list);
      }
      const content = item[3]!;
      list.items.push(inline(content, lineStart + line.length - content.length));
    } else if (list && /^\s+/.test(line)) {
      // A wrapped list item continues the previous item.
      const last = list.items[list.items.length - 1]!;
      const content = line.trimStart();
      last.push(...inline(content, lineStart + line.length - content.length));
    } else {
      list = null;
      const content = line.trim();
      const runs = inline(content, lineStart + line.indexOf(content));
      if (paragraph) {
        if (runs[0]) runs[0] = { ...runs[0], breakBefore: true };
        paragraph.push(...runs);
      } else {
        paragraph = runs;
        blocks.push({ kind: "paragraph", runs: paragraph });
      }
    }
  }
  return blocks;
}

/** Splits `**bold**` spans into strong runs; `offset` is where `content` starts in the text. */
export function inline(content: string, offset: number): Run[] {
  const runs: Run[] = [];
  const re = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (let m = re.exec(content); m !== null; m = re.exec(content)) {
    if (m.index > last) runs.push(run(content, last, m.index, offset, false));
    runs.push(run(content, m.index + 2, m.index + 2 + m[1]!.length, offset, true));
    last = m.index + m[0].length;
  }
  if (last < content.length) runs.push(run(content, last, content.length, offset, false));
  return runs;
}

function run(content: string, from: number, to: number, offset: number, strong: boolean): Run {
  return { text: content.slice(from, to), start: offset + from, end: offset + to, strong };
}
