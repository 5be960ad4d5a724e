import "./outline.css";
import { useEffect, useId, useMemo, useRef } from "react";
import type { KeyboardEvent } from "react";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import {
  selectCollapsed,
  selectIndex,
  selectOrganization,
  selectSelectedId,
} from "../store/selectors.ts";
import { outlineItems, treeKeyAction } from "./outline-items.ts";
import { useT } from "../i18n/useT.ts";

/**
 * The chart's hierarchy as a WAI-ARIA tree, for keyboard and screen reader users. It has no
 * state of its own: rows come from the store's collapsed set and organization filter, the
 * focused row is the store's selection (selection follows focus), so chart and outline agree.
 */
export function OutlineTree({ onOpen }: { onOpen: (id: string) => void }) {
  const store = useAtlasStore();
  const index = useAtlas(selectIndex);
  const collapsed = useAtlas(selectCollapsed);
  const organization = useAtlas(selectOrganization);
  const selectedId = useAtlas(selectSelectedId);
  const headingId = useId();
  const t = useT();
  const tree = useRef<HTMLUListElement>(null);
  // Set by a key press, so only keyboard moves pull focus into the tree (not chart clicks).
  const pullFocus = useRef(false);
  const items = useMemo(
    () => (index ? outlineItems(index, { collapsed, organization }, t.lang) : []),
    [index, collapsed, organization, t.lang],
  );
  const activeId =
    selectedId !== null && items.some((i) => i.id === selectedId) ? selectedId : items[0]?.id;

  useEffect(() => {
    if (!pullFocus.current || activeId === undefined) return;
    pullFocus.current = false;
    tree.current
      ?.querySelector<HTMLElement>(`[data-id="${CSS.escape(activeId)}"]`)
      ?.focus({ preventScroll: false });
  }, [activeId, items]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || activeId === undefined) return;
    const action = treeKeyAction(items, activeId, event.key);
    if (!action) return;
    event.preventDefault();
    // The app's own "/" and "?" shortcuts stay available from the tree only when not a match.
    event.stopPropagation();
    const state = store.getState();
    if (action.kind === "focus") {
      pullFocus.current = true;
      state.select(action.id, { center: true });
    } else if (action.kind === "toggle") {
      pullFocus.current = true;
      state.toggleCollapsed(action.id);
    } else {
      state.select(action.id, { openPanel: true, center: true });
      onOpen(action.id);
    }
  };

  return (
    <aside className="outline" aria-labelledby={headingId}>
      <h2 id={headingId} className="outline__heading">
        {t("toolbar.outline")}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t("outline.empty")}</p>
      ) : (
        <ul
          ref={tree}
          role="tree"
          aria-labelledby={headingId}
          className="outline__tree"
          onKeyDown={onKeyDown}
        >
          {items.map((item) => (
            <li
              key={item.id}
              data-id={item.id}
              role="treeitem"
              aria-level={item.level}
              aria-setsize={item.setSize}
              aria-posinset={item.posInSet}
              aria-expanded={item.hasChildren ? item.expanded : undefined}
              aria-selected={item.id === selectedId}
              tabIndex={item.id === activeId ? 0 : -1}
              className="outline__item"
              style={{ paddingInlineStart: `${(item.level - 1) * 1.1 + 0.4}em` }}
              onClick={() => store.getState().select(item.id, { center: true, openPanel: true })}
            >
              <span
                className="outline__twisty"
                aria-hidden="true"
                onClick={(event) => {
                  if (!item.hasChildren) return;
                  event.stopPropagation();
                  store.getState().toggleCollapsed(item.id);
                }}
              >
                {item.hasChildren ? (item.expanded ? "▾" : "▸") : ""}
              </span>
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
