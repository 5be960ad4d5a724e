import { useEffect, useRef } from "react";
import type { MessageKey } from "../i18n/messages.ts";
import { useT } from "../ui-support/useT.ts";
import "./shortcuts-dialog.css";

const SHORTCUTS: Array<[string, MessageKey]> = [
  ["Tab", "shortcuts.tab"],
  ["↑", "shortcuts.up"],
  ["↓", "shortcuts.down"],
  ["← / →", "shortcuts.sides"],
  ["Enter", "shortcuts.enter"],
  ["Escape", "shortcuts.escape"],
  ["/", "shortcuts.search"],
  ["?", "shortcuts.help"],
  ["F", "shortcuts.present"],
  ["Page Down / Page Up", "shortcuts.page"],
  ["Escape", "shortcuts.leave"],
  ["← ↑ → ↓ / + − / 0", "shortcuts.overview"],
];

/** Keyboard shortcuts, in a modal dialog that returns focus when closed. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  const t = useT();
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="dialog"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id="shortcuts-title">{t("shortcuts.title")}</h2>
        <p className="muted">{t("shortcuts.turn")}</p>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([key, what]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{key}</kbd>
                </th>
                <td>{t(what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={onClose}>
          {t("shortcuts.close")}
        </button>
      </div>
    </div>
  );
}
