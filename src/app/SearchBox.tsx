import { forwardRef, useEffect, useId, useMemo, useState } from "react";
import type { KeyboardEvent } from "react";
import { searchIndexOf, searchPositions } from "../core/graph/search.ts";
import type { GraphIndex } from "../core/graph/indexes.ts";
import type { SearchIndex } from "../core/graph/search.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import { selectIndex } from "../store/selectors.ts";
import { useT } from "../i18n/useT.ts";

/** Combobox + listbox (WAI-ARIA pattern): type, move with arrows, Enter or click to choose. */
export const SearchBox = forwardRef<HTMLInputElement, { onChosen: (id: string) => void }>(
  function SearchBox({ onChosen }, ref) {
    const store = useAtlasStore();
    const t = useT();
    const index = useAtlas(selectIndex);
    const [query, setQuery] = useState("");
    const [active, setActive] = useState(0);
    const [open, setOpen] = useState(false);
    const listId = useId();
    // The fuzzy index (and its code) is loaded on first use (focus), not with the chart.
    const [wanted, setWanted] = useState(false);
    const [loaded, setLoaded] = useState<{ of: GraphIndex; index: SearchIndex } | null>(null);
    // Only the index of the graph now shown: a new graph waits for its own.
    const searchIndex = loaded?.of === index ? loaded.index : null;
    useEffect(() => {
      if (!wanted || !index) return;
      void searchIndexOf(index).then((built) => setLoaded({ of: index, index: built }));
    }, [wanted, index]);
    const results = useMemo(
      () => (searchIndex && query.trim() !== "" ? searchPositions(searchIndex, query) : []),
      [searchIndex, query],
    );
    const expanded = open && query.trim() !== "";
    const choose = (id: string) => {
      store.getState().select(id, { center: true, openPanel: true });
      setOpen(false);
      onChosen(id);
    };
    const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        setOpen(true);
        setActive((a) => Math.min(a + 1, results.length - 1));
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
      } else if (event.key === "Enter") {
        const hit = results[active];
        if (hit) {
          event.preventDefault();
          choose(hit.id);
        }
      } else if (event.key === "Escape") {
        setOpen(false);
      }
    };
    return (
      <div className="search">
        <input
          ref={ref}
          type="search"
          role="combobox"
          aria-label={t("search.label")}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && results[active] ? `${listId}-${active}` : undefined}
          placeholder={t("search.placeholder")}
          value={query}
          onChange={(e) => {
            setWanted(true);
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => {
            setWanted(true);
            setOpen(true);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("search.results")}
          className="search__list"
          hidden={!expanded}
        >
          {results.length === 0 && expanded && (
            <li className="search__empty">
              {searchIndex ? t("search.none") : t("search.loading")}
            </li>
          )}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="search__option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r.id)}
            >
              <span className="search__title">{r.title}</span>
              <span className="search__meta">
                {[r.classification, r.organization].filter(Boolean).join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
