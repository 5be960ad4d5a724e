import { displayQuote } from "../core/document/reading.ts";
import type { NamedSource, PositionDetails } from "../core/graph/details.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
import { pageAt } from "../core/graph/pages.ts";
import type { TextState } from "../store/document-slice.ts";
import { useT } from "../ui-support/useT.ts";

type Texts = Readonly<Record<string, TextState>>;

interface SourcesProps {
  details: PositionDetails;
  index: GraphIndex;
  texts: Texts;
  onShow: (source: NamedSource) => void;
}

/** A quoted sentence once its document's text is read; "…" meanwhile. */
function quoteText(state: TextState | undefined, s: NamedSource, unavailable: string): string {
  if (state?.status === "failed") return unavailable;
  return state?.status === "ready" ? displayQuote(state.text.slice(s.start, s.end)) : "…";
}

/**
 * The button that takes the reader from a quoted source to the quote in its document, with the
 * page it is on for PDFs, scans and images.
 */
function SourceButton({
  source,
  index,
  onShow,
}: Omit<SourcesProps, "details" | "texts"> & {
  source: NamedSource;
}) {
  const t = useT();
  const { file } = source;
  const doc = index.documentsById.get(source.documentId);
  const page = doc ? pageAt(doc, source.start) : null;
  const where = page === null ? file : `${file}, ${t("panel.page", { n: page })}`;
  return (
    <button
      type="button"
      className="link-button source-link"
      aria-label={t("panel.showInDocument", { file: where })}
      onClick={() => onShow(source)}
    >
      <cite>{file}</cite>
      {page !== null && (
        <span className="source-link__page"> ({t("panel.page", { n: page })})</span>
      )}
    </button>
  );
}

/** For a position with no document of its own: the sentences of other documents that name it. */
export function OtherSources({ details, index, texts, onShow }: SourcesProps) {
  const t = useT();
  return (
    <section>
      <h3>{t("panel.otherDocs")}</h3>
      <p className="muted">{t("panel.noOwnDoc")}</p>
      <ul className="sources">
        {details.otherSources.map((m, i) => (
          <li key={i}>
            <blockquote>
              <mark>{quoteText(texts[m.documentId], m, t("panel.quoteUnavailable"))}</mark>{" "}
              <SourceButton source={m} index={index} onShow={onShow} />
            </blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Each fact another document states about this position, with the sentence stating it. */
export function Provenance({ details, index, texts, onShow }: SourcesProps) {
  const t = useT();
  if (details.facts.length === 0) return null;
  return (
    <section className="provenance">
      <h3>{t("panel.provenance")}</h3>
      <ul className="sources">
        {details.facts.map((f, i) => {
          const source = { ...f.source, file: f.file };
          return (
            <li key={i}>
              <strong>{t("panel.labelled", { label: t(`fact.${f.field}`) })}</strong> {f.value}
              <blockquote>
                “{quoteText(texts[source.documentId], source, t("panel.quoteUnavailable"))}”{" "}
                <SourceButton source={source} index={index} onShow={onShow} />
              </blockquote>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
