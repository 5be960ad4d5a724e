import { useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { motionMs } from "../ui-support/motion.ts";
import { quoteRanges, readingView, splitRun } from "../core/document/reading.ts";
import type { Block, Run } from "../core/document/types.ts";
import type { GraphDocument } from "../core/graph/model.ts";
import type { TextState } from "../store/document-slice.ts";
import { useT } from "../ui-support/useT.ts";
import type { Reveal } from "./source-nav.ts";
import { pageAt, pageCount } from "../core/graph/pages.ts";
import "./document-view.css";

type Ranges = ReadonlyArray<[number, number]>;

/** How long a revealed quote stays emphasised. */
export const FLASH_MS = 1500;

/** The highlighted ranges, and the offset of the mark to emphasise (if any). */
interface Highlight {
  ranges: Ranges;
  flashAt: number | null;
}

function Runs({ runs, hl }: { runs: Run[]; hl: Highlight }) {
  const out: ReactNode[] = [];
  runs.forEach((run, i) => {
    if (i > 0) out.push(run.breakBefore ? <br key={`br${i}`} /> : " ");
    const pieces: ReactNode[] = [];
    let at = run.start;
    for (const [j, p] of splitRun(run, hl.ranges).entries()) {
      // data-at (the piece's offset in the text) lets a "Show in document" control find it.
      pieces.push(
        p.marked ? (
          <mark
            key={j}
            data-at={at}
            tabIndex={-1}
            className={at === hl.flashAt ? "doc__mark--flash" : undefined}
          >
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      );
      at += p.text.length;
    }
    out.push(run.strong ? <strong key={i}>{pieces}</strong> : <span key={i}>{pieces}</span>);
  });
  return <>{out}</>;
}

function BlockView({ block, hl }: { block: Block; hl: Highlight }) {
  switch (block.kind) {
    case "heading": {
      // Document headings sit below the panel's own h2/h3.
      const level = Math.min(6, block.level + 3);
      const Tag = `h${level}` as "h4";
      return (
        <Tag className="doc__heading">
          <Runs runs={block.runs} hl={hl} />
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p>
          <Runs runs={block.runs} hl={hl} />
        </p>
      );
    case "list": {
      const items = block.items.map((runs, i) => (
        <li key={i}>
          <Runs runs={runs} hl={hl} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case "fields":
      return (
        <dl className="doc__fields">
          {block.items.map((item, i) => (
            <div key={i}>
              <dt>
                <Runs runs={[item.label]} hl={hl} />
              </dt>
              <dd>
                <Runs runs={item.value} hl={hl} />
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}

/**
 * What the document is: the file's kind when it was converted ("PDF, 3 pages", "Word"), else how
 * its text reads ("markdown", "scanned text").
 */
function formatLabel(t: ReturnType<typeof useT>, doc: GraphDocument): string {
  const source = doc.sourceFormat;
  if (!source || source === "markdown" || source === "text") return t(`panel.format.${doc.format}`);
  const pages = pageCount(doc);
  const kind = t(`panel.format.source.${source}`);
  return pages === null || source === "image" ? kind : `${kind}, ${t.plural("panel.pages", pages)}`;
}

/**
 * A job description as readable text: structure from the reading view, quotes highlighted with
 * <mark>. Text is only ever rendered as React text nodes, never as HTML.
 */
export function DocumentView({
  doc,
  text,
  ranges,
  reveal = null,
}: {
  doc: GraphDocument;
  /** The document's text as read so far (undefined: not asked for yet). */
  text: TextState | undefined;
  /** The sentences to highlight, as ranges of the text. */
  ranges: ReadonlyArray<[number, number]>;
  /** Show this quote: switch to the view that has it, scroll it into view, emphasise and focus it. */
  reveal?: Reveal | null;
}) {
  const [raw, setRaw] = useState(false);
  const [shownSeq, setShownSeq] = useState(0);
  const [flashedSeq, setFlashedSeq] = useState(0);
  const t = useT();
  const body = text?.status === "ready" ? text.text : "";
  const view = useMemo(() => readingView({ format: doc.format, text: body }), [doc.format, body]);
  // Every occurrence of a quoted sentence is marked, as a reader searching by eye would find it.
  const marked = useMemo(
    () => quoteRanges(body, [...new Set(ranges.map(([s, e]) => body.slice(s, e)))]),
    [body, ranges],
  );
  // A new request picks the view before rendering, so the mark exists when the effect runs.
  if (reveal && reveal.seq !== shownSeq) {
    setShownSeq(reveal.seq);
    setRaw(reveal.mode === "raw");
  }
  const hl: Highlight = {
    ranges: marked,
    flashAt: reveal && reveal.seq !== flashedSeq ? reveal.at : null,
  };
  const article = useRef<HTMLElement>(null);
  // Which page of a PDF or scan the quote just shown is on.
  const revealedPage = reveal ? pageAt(doc, reveal.at) : null;
  useEffect(() => {
    if (!reveal) return;
    const mark = article.current?.querySelector<HTMLElement>(`mark[data-at="${reveal.at}"]`);
    if (mark) {
      mark.scrollIntoView({ block: "center", behavior: motionMs(1) === 0 ? "auto" : "smooth" });
      mark.focus({ preventScroll: true });
    }
    const timer = setTimeout(() => setFlashedSeq(reveal.seq), FLASH_MS);
    return () => clearTimeout(timer);
  }, [reveal]);
  return (
    <article
      ref={article}
      className="doc"
      aria-label={t("panel.documentLabel", { file: doc.file })}
    >
      <header className="doc__header">
        <span className="doc__file">{doc.file}</span>
        <span className="doc__format">{formatLabel(t, doc)}</span>
        {revealedPage !== null && (
          <span className="doc__page" role="status">
            {t("panel.page", { n: revealedPage })}
          </span>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() => setRaw((r) => !r)}
          aria-pressed={raw}
        >
          {raw ? t("panel.readingView") : t("panel.rawText")}
        </button>
      </header>
      {text?.status !== "ready" ? (
        <p className="doc__note" role={text?.status === "failed" ? "alert" : undefined}>
          {text?.status === "failed"
            ? t(`panel.text.${text.problem}`, { file: doc.file })
            : t("panel.text.loading")}
        </p>
      ) : raw ? (
        <pre className="doc__raw">
          <Runs runs={[{ text: body, start: 0, end: body.length, strong: false }]} hl={hl} />
        </pre>
      ) : (
        <div className="doc__body">
          {view.blocks.map((b, i) => (
            <BlockView key={i} block={b} hl={hl} />
          ))}
          {view.removed.length > 0 && (
            <p className="doc__note">{t.plural("panel.hiddenFooters", view.removed.length)}</p>
          )}
        </div>
      )}
    </article>
  );
}
