import "./outline.css";
import { defaultRangeExtractor, useVirtualizer } from "@tanstack/react-virtual";
import type { Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useId, useMemo, useRef } from "react";
import type { CSSProperties, KeyboardEvent } from "react";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import {
  selectCollapsed,
  selectIndex,
  selectOrganization,
  selectSelectedId,
  selectTabStopId,
} from "../store/selectors.ts";
import { outlineItems, treeKeyAction } from "./outline-items.ts";
import type { OutlineItem } from "./outline-items.ts";
import { useT } from "../ui-support/useT.ts";

/** Rows beyond which only those in view are rendered. */
const WINDOW_PAST = 200;
/** A one-line row's height in pixels (rows are measured once drawn). */
const ROW_HEIGHT = 26;

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
  const tabStopId = useAtlas(selectTabStopId);
  const headingId = useId();
  const t = useT();
  const tree = useRef<HTMLUListElement>(null);
  // Set by a key press, so only keyboard moves pull focus into the tree (not chart clicks).
  const pullFocus = useRef(false);
  const items = useMemo(
    () => (index ? outlineItems(index, { collapsed, organization }, t.lang) : []),
    [index, collapsed, organization, t.lang],
  );
  const stopIndex = tabStopId === null ? -1 : items.findIndex((i) => i.id === tabStopId);
  const activeIndex = stopIndex >= 0 ? stopIndex : 0;
  const activeId = items[activeIndex]?.id;

  // Past a few hundred rows only the rows in view (and the focusable one) are in the page:
  // 10,000 rows took ~0.5 s to open and re-rendered on every arrow key. Each row still states
  // its level, position and set size, so assistive technology knows where it is.
  const scroller = useRef<HTMLElement>(null);
  const windowed = items.length > WINDOW_PAST;
  const keepActive = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(activeIndex)
        ? indexes
        : [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  // The app does not use the React Compiler, which is what this rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: windowed ? items.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: tree.current?.offsetTop ?? 0,
    rangeExtractor: keepActive,
  });

  useEffect(() => {
    if (!pullFocus.current || activeId === undefined) return;
    pullFocus.current = false;
    // A windowed row's place is known once the rows before it are measured: the virtualizer
    // scrolls there, correcting as it measures.
    if (windowed) virtualizer.scrollToIndex(activeIndex, { align: "auto" });
    tree.current
      ?.querySelector<HTMLElement>(`[data-id="${CSS.escape(activeId)}"]`)
      ?.focus({ preventScroll: windowed });
  }, [activeId, activeIndex, items, windowed, virtualizer]);

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

  const row = (item: OutlineItem, style?: CSSProperties, index?: number) => (
    <li
      key={item.id}
      data-id={item.id}
      data-index={index}
      ref={index === undefined ? undefined : virtualizer.measureElement}
      role="treeitem"
      aria-level={item.level}
      aria-setsize={item.setSize}
      aria-posinset={item.posInSet}
      aria-expanded={item.hasChildren ? item.expanded : undefined}
      aria-selected={item.id === selectedId}
      tabIndex={item.id === activeId ? 0 : -1}
      className="outline__item"
      style={{ paddingInlineStart: `${(item.level - 1) * 1.1 + 0.4}em`, ...style }}
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
  );
  const margin = virtualizer.options.scrollMargin;

  return (
    <aside ref={scroller} className="outline" aria-labelledby={headingId}>
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
          style={
            windowed ? { position: "relative", height: virtualizer.getTotalSize() } : undefined
          }
          onKeyDown={onKeyDown}
        >
          {windowed
            ? virtualizer
                .getVirtualItems()
                .map((v) =>
                  row(
                    items[v.index]!,
                    { position: "absolute", insetInline: 0, top: v.start - margin },
                    v.index,
                  ),
                )
            : items.map((item) => row(item))}
        </ul>
      )}
    </aside>
  );
}
