/** A half-open character range [start, end) in a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** Replaces a span with spaces so offsets stay valid while the content is ignored. */
export function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (from >= to) continue;
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\n]/g, " ");
    at = to;
  }
  return out + text.slice(at);
}

const MAX_BEFORE = 160;
const MAX_AFTER = 220;

function isSentenceBreak(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "\n") return true;
  if (ch !== "." && ch !== "?" && ch !== "!" && ch !== ";") return false;
  const next = text[i + 1];
  if (next !== " " && next !== "\n" && next !== undefined) return false;
  // "Dr. Smith", "e.g. foo", "N.L." are not sentence ends: require a capital after the gap.
  let j = i + 1;
  while (text[j] === " ") j++;
  const after = text[j];
  if (ch === ";") return true;
  return after === undefined || after === "\n" || /[A-Z0-9ÀÉÈÎÔ"“*#(-]/.test(after);
}

/**
 * The sentence (or line) around a span, trimmed to a readable length. The result is always
 * an exact substring of `text`, so the app can find and highlight it.
 */
export function sentenceAround(text: string, span: Span): string {
  let start = span.start;
  const floor = Math.max(0, span.start - MAX_BEFORE);
  while (start > floor && !isSentenceBreak(text, start - 1)) start--;
  let end = span.end;
  const ceiling = Math.min(text.length, span.end + MAX_AFTER);
  while (end < ceiling && !isSentenceBreak(text, end)) end++;
  if (end < text.length && /[.?!]/.test(text[end] ?? "")) end++;
  if (start === floor && floor > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < span.start) start = space + 1;
  }
  if (end === ceiling && ceiling < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space > span.end) end = space;
  }
  return text.slice(start, end).trim();
}

/** The whole line that contains an offset. */
export function lineAround(text: string, offset: number): Span {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  return { start, end: newline === -1 ? text.length : newline };
}

/** Collapses white space; used for comparing and displaying names, never for quotes. */
export function squash(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
};

/** "five" -> 5, "12" -> 12, anything else -> null. */
export function countWord(word: string | undefined): number | null {
  if (!word) return null;
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

/**
 * The matches of `pattern` (compiled sticky, "y") that start where the cheap `starts` (global)
 * finds its leading words, without overlaps, in order. A pattern with alternatives, lookbehinds
 * or case folding is slow to try at every offset of a long text; its leading words are not.
 */
export function matchesStartingAt(
  text: string,
  starts: RegExp,
  pattern: RegExp,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let next = 0;
  for (const start of text.matchAll(starts)) {
    if (start.index < next) continue;
    pattern.lastIndex = start.index;
    const m = pattern.exec(text);
    if (!m) continue;
    found.push(m);
    next = m.index + Math.max(1, m[0].length);
  }
  return found;
}

/**
 * The matches of the global `pattern` in windows around the cheap `keyword` (global): from
 * `before` characters before each keyword to `after` characters after it, in order, without
 * overlaps. For patterns whose keyword sits inside them ("the X is responsible for").
 */
export function matchesNear(
  text: string,
  keyword: RegExp,
  pattern: RegExp,
  before: number,
  after: number,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let scannedTo = 0;
  for (const k of text.matchAll(keyword)) {
    const start = Math.max(scannedTo, k.index - before);
    const end = Math.min(text.length, k.index + k[0].length + after);
    if (start >= end) continue;
    // A little context before the window keeps lookbehinds and \b honest.
    const contextStart = Math.max(0, start - 6);
    const window = text.slice(contextStart, end);
    pattern.lastIndex = start - contextStart;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      m.index += contextStart;
      found.push(m);
      scannedTo = Math.max(scannedTo, m.index + m[0].length);
      if (m[0].length === 0) pattern.lastIndex++;
    }
    scannedTo = Math.max(scannedTo, k.index + 1);
  }
  return found;
}
