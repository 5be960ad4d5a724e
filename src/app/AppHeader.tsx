import { useEffect, useId, useRef } from "react";
import type { Ref } from "react";
import { useT } from "../ui-support/useT.ts";
import { HeaderActions } from "./HeaderActions.tsx";
import { Toolbar } from "./Toolbar.tsx";
import "./app-header.css";
import "./phone.css";

/** Whether a click or change inside the menu is a choice made (the menu then folds away). */
function isChoice(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : null;
  if (!el) return false;
  if (el.closest('[role="option"], select')) return true;
  const button = el.closest("button");
  // A button that opens something of its own (Export's dialog) keeps the menu open.
  return !!button && !button.hasAttribute("aria-haspopup") && !button.hasAttribute("aria-expanded");
}

/**
 * The title, the page-wide actions and the chart's tools. On a narrow screen (a phone) the
 * actions and tools fold into a Menu button's disclosure, so the chart keeps the screen; a
 * choice made there (a filter, a command) folds it away again, and Escape closes it.
 */
export function AppHeader({
  menuOpen,
  onMenu,
  searchRef,
  onShowShortcuts,
  outlineOpen,
  onToggleOutline,
}: {
  menuOpen: boolean;
  onMenu: (open: boolean) => void;
  searchRef: Ref<HTMLInputElement>;
  onShowShortcuts: () => void;
  outlineOpen: boolean;
  onToggleOutline: () => void;
}) {
  const t = useT();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    onMenu(false);
    button.current?.focus();
  };

  // A press outside the open menu closes it, as Escape does.
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) onMenu(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [menuOpen, onMenu]);

  return (
    <header
      className="app__header"
      data-menu={menuOpen ? "open" : "closed"}
      onKeyDown={(event) => {
        // Escape folds an open menu (from its button or inside it) before anything else.
        if (event.key === "Escape" && menuOpen && !event.defaultPrevented) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <h1 className="app__title">
        {t("app.title")} <span className="app__subtitle">{t("app.subtitle")}</span>
      </h1>
      <button
        ref={button}
        type="button"
        className="app__menu-button"
        aria-expanded={menuOpen}
        aria-controls={`${id}-menu`}
        onClick={() => onMenu(!menuOpen)}
      >
        <svg aria-hidden="true" width="16" height="12" viewBox="0 0 16 12" className="icon">
          <path d="M0 1h16M0 6h16M0 11h16" stroke="currentColor" strokeWidth="2" />
        </svg>
        {t("app.menu")}
      </button>
      <div
        ref={menu}
        id={`${id}-menu`}
        className="app__menu"
        onClick={(event) => {
          if (menuOpen && isChoice(event.target)) onMenu(false);
        }}
        onChange={(event) => {
          if (menuOpen && event.target instanceof HTMLSelectElement) onMenu(false);
        }}
      >
        <HeaderActions />
        <Toolbar
          searchRef={searchRef}
          onShowShortcuts={onShowShortcuts}
          outlineOpen={outlineOpen}
          onToggleOutline={onToggleOutline}
        />
      </div>
    </header>
  );
}
