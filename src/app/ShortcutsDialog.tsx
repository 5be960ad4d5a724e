import { useEffect, useRef } from "react";

const SHORTCUTS: Array<[string, string]> = [
  ["Tab", "Move into the chart and between boxes"],
  ["↑", "Select the manager"],
  ["↓", "Select the first direct report"],
  ["← / →", "Select the previous / next sibling"],
  ["Enter", "Open the details panel"],
  ["Escape", "Close the panel or this dialog"],
  ["/", "Search positions"],
  ["?", "Show these shortcuts"],
  ["F", "Present: full screen, one position at a time"],
  ["Page Down / Page Up", "While presenting: next / previous position (also the arrows)"],
  ["Escape", "Leave presentation mode"],
];

/** Keyboard shortcuts, in a modal dialog that returns focus when closed. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
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
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <p className="muted">In a left-to-right chart the arrows turn with it: ← is the manager.</p>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map(([key, what]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{key}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
