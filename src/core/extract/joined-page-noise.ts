import type { Span } from "./text.ts";

/** A page number after a running footer: "2", "a4" (OCR reads a stray mark before it). */
const PAGE_NUMBER = /^[a-z]?\d{1,3}$/i;

/**
 * Page furniture in a text whose pages were joined into one line, so that no page edge is
 * known: "Page 2 of 4", and any phrase of 3 to 8 words repeated 3+ times where most copies are
 * followed by a page number or the end of the text (a running footer), with that number.
 */
export function joinedPageNoise(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/\bPage\s+\d{1,3}(\s+of\s+\d{1,3})?\b/gi)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  const words = [...text.matchAll(/\S+/g)];
  const phrase = (at: number, n: number) =>
    words
      .slice(at, at + n)
      .map((w) => w[0])
      .join(" ");
  const accepted: string[] = [];
  // Prefer the longest repeated phrase; shorter ones are usually parts of it.
  for (const f of runningFooters(words)) {
    const key = phrase(f.at[0]!, f.n);
    if (accepted.some((a) => a.includes(key))) continue;
    accepted.push(key);
    for (const i of f.at) {
      const next = words[i + f.n];
      const last = next && PAGE_NUMBER.test(next[0]) ? next : words[i + f.n - 1]!;
      const span = { start: words[i]!.index, end: last.index + last[0].length };
      if (!spans.some((s) => span.start < s.end && span.end > s.start)) spans.push(span);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Phrases of 3 to 8 words seen 3+ times, mostly before a page number: longest first. */
function runningFooters(words: readonly RegExpExecArray[]): Array<{ n: number; at: number[] }> {
  const seen = new Map<string, { n: number; at: number[] }>();
  for (let n = 3; n <= 8; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const key = words
        .slice(i, i + n)
        .map((w) => w[0])
        .join(" ");
      const entry = seen.get(key);
      if (entry) entry.at.push(i);
      else seen.set(key, { n, at: [i] });
    }
  }
  const footers = [...seen.values()].filter(({ n, at }) => {
    if (at.length < 3) return false;
    const followed = at.filter((i) => {
      const next = words[i + n]?.[0];
      return next === undefined || PAGE_NUMBER.test(next);
    });
    return followed.length * 2 >= at.length;
  });
  return footers.sort((a, b) => b.n - a.n);
}
