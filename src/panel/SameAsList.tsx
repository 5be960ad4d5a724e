import type { SameAsLine } from "../core/graph/details.ts";
import { useT } from "../ui-support/useT.ts";

/**
 * "Taken to be the same position as <name> (<document>) because <reason>.", one line per name
 * under which another document knows this position. The document's name is a button that shows
 * that document at the sentence naming the position, as the panel's other sources do.
 */
export function SameAsList({
  lines,
  onShow,
}: {
  lines: readonly SameAsLine[];
  onShow: (line: SameAsLine) => void;
}) {
  const t = useT();
  if (lines.length === 0) return null;
  return (
    <section>
      <h3>{t("panel.sameAs")}</h3>
      <ul className="same-as">
        {lines.map((line, i) => (
          <li key={i}>
            {t("sameAs.before", { name: line.name })}{" "}
            {/* The brackets inside the button: a button is one unit on a line, and a "(" left
                outside it would end the line above the file's name. */}
            <button
              type="button"
              className="link-button source-link"
              aria-label={t("panel.showInDocument", { file: line.file })}
              onClick={() => onShow(line)}
            >
              (<cite>{line.file}</cite>)
            </button>{" "}
            {t(`sameAs.reason.${line.reason}`)}.
          </li>
        ))}
      </ul>
    </section>
  );
}
