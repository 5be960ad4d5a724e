import type { PositionDetails } from "../core/graph/details.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
import type { GraphDocument } from "../core/graph/model.ts";
import type { TextState } from "../store/document-slice.ts";
import { useT } from "../ui-support/useT.ts";
import { DocumentView } from "./DocumentView.tsx";
import { revealIn } from "./source-nav.ts";
import type { SourceNav } from "./source-nav.ts";

const NO_RANGES: ReadonlyArray<[number, number]> = [];

interface DocumentsProps {
  details: PositionDetails;
  texts: Readonly<Record<string, TextState>>;
  nav: SourceNav;
}

/** Documents the listed sources quote that the panel does not already show in full. */
export function sourceDocuments(details: PositionDetails, index: GraphIndex): GraphDocument[] {
  const ownIds = new Set(details.documents.map((d) => d.id));
  const quoted = [
    ...(details.documents.length === 0 ? details.otherSources.map((s) => s.documentId) : []),
    ...details.facts.map((f) => f.source.documentId),
    // A merge recorded with no sentence to point at is shown by its whole document.
    ...details.sameAs.filter((s) => s.source === null).map((s) => s.documentId),
  ];
  return [...new Set(quoted)]
    .filter((id) => !ownIds.has(id))
    .map((id) => index.documentsById.get(id))
    .filter((d): d is GraphDocument => d !== undefined);
}

/** The position's own job descriptions, in full. */
export function OwnDocuments({ details, texts, nav }: DocumentsProps) {
  const t = useT();
  return (
    <section>
      <h3>{t("panel.jobDescription")}</h3>
      {details.documents.map((doc) => (
        <DocumentView
          key={doc.id}
          doc={doc}
          text={texts[doc.id]}
          ranges={details.rangesByDocument.get(doc.id) ?? NO_RANGES}
          reveal={revealIn(nav, doc.id)}
        />
      ))}
    </section>
  );
}

/** The other documents the panel quotes, each closed until the reader (or a source link) opens it. */
export function SourceDocuments({
  details,
  texts,
  nav,
  docs,
  onToggle,
}: DocumentsProps & {
  docs: readonly GraphDocument[];
  onToggle: (documentId: string, open: boolean) => void;
}) {
  const t = useT();
  if (docs.length === 0) return null;
  return (
    <section>
      <h3>{t("panel.sourceDocuments")}</h3>
      {docs.map((doc) => {
        const open = nav.open.includes(doc.id);
        return (
          <details
            key={doc.id}
            className="source-doc"
            open={open}
            onToggle={(e) => onToggle(doc.id, e.currentTarget.open)}
          >
            <summary>{doc.file}</summary>
            {open && (
              <DocumentView
                doc={doc}
                text={texts[doc.id]}
                ranges={details.rangesByDocument.get(doc.id) ?? NO_RANGES}
                reveal={revealIn(nav, doc.id)}
              />
            )}
          </details>
        );
      })}
    </section>
  );
}
