import { useMemo, useState } from "react";
import type { ReactNode } from "react";
import { quoteRanges, readingView, splitRun } from "../core/document/reading.ts";
import type { Block, Run } from "../core/document/types.ts";
import type { GraphDocument } from "../core/graph/schema.ts";
import { useT } from "../i18n/useT.ts";

type Ranges = ReadonlyArray<[number, number]>;

function Runs({ runs, ranges }: { runs: Run[]; ranges: Ranges }) {
  const out: ReactNode[] = [];
  runs.forEach((run, i) => {
    if (i > 0) out.push(run.breakBefore ? <br key={`br${i}`} /> : " ");
    const pieces = splitRun(run, ranges).map((p, j) =>
      p.marked ? <mark key={j}>{p.text}</mark> : p.text,
    );
    out.push(run.strong ? <strong key={i}>{pieces}</strong> : <span key={i}>{pieces}</span>);
  });
  return <>{out}</>;
}

function BlockView({ block, ranges }: { block: Block; ranges: Ranges }) {
  switch (block.kind) {
    case "heading": {
      // Document headings sit below the panel's own h2/h3.
      const level = Math.min(6, block.level + 3);
      const Tag = `h${level}` as "h4";
      return (
        <Tag className="doc__heading">
          <Runs runs={block.runs} ranges={ranges} />
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p>
          <Runs runs={block.runs} ranges={ranges} />
        </p>
      );
    case "list": {
      const items = block.items.map((runs, i) => (
        <li key={i}>
          <Runs runs={runs} ranges={ranges} />
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
                <Runs runs={[item.label]} ranges={ranges} />
              </dt>
              <dd>
                <Runs runs={item.value} ranges={ranges} />
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}

/**
 * A job description as readable text: structure from the reading view, quotes highlighted with
 * <mark>. Text is only ever rendered as React text nodes, never as HTML.
 */
export function DocumentView({ doc, quotes }: { doc: GraphDocument; quotes: readonly string[] }) {
  const [raw, setRaw] = useState(false);
  const t = useT();
  const view = useMemo(() => readingView(doc), [doc]);
  const ranges = useMemo(() => quoteRanges(doc.text, quotes), [doc.text, quotes]);
  return (
    <article className="doc" aria-label={`Job description ${doc.file}`}>
      <header className="doc__header">
        <span className="doc__file">{doc.file}</span>
        <span className="doc__format">
          {doc.format === "ocr-text" ? "scanned text" : doc.format}
        </span>
        <button
          type="button"
          className="link-button"
          onClick={() => setRaw((r) => !r)}
          aria-pressed={raw}
        >
          {raw ? t("panel.readingView") : t("panel.rawText")}
        </button>
      </header>
      {raw ? (
        <pre className="doc__raw">
          <Runs
            runs={[{ text: doc.text, start: 0, end: doc.text.length, strong: false }]}
            ranges={ranges}
          />
        </pre>
      ) : (
        <div className="doc__body">
          {view.blocks.map((b, i) => (
            <BlockView key={i} block={b} ranges={ranges} />
          ))}
          {view.removed.length > 0 && (
            <p className="doc__note">
              {view.removed.length} page footers and page numbers are hidden here; they are in the
              raw text.
            </p>
          )}
        </div>
      )}
    </article>
  );
}
