import { useEffect } from "react";
import type { RefObject } from "react";

/**
 * While a popover is open: focus its first element matching `focusFirst`, and close it on a
 * pointer press outside it (and outside the button that opens it) or on Escape, which returns
 * focus to that button.
 */
export function useDismiss(
  open: boolean,
  setOpen: (open: boolean) => void,
  button: RefObject<HTMLButtonElement | null>,
  panel: RefObject<HTMLDivElement | null>,
  focusFirst: string,
) {
  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>(focusFirst)?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    // On the document, not the panel: focus may have left the panel (a click on the page).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open, setOpen, button, panel, focusFirst]);
}
