import { forwardRef, useEffect, useId, useMemo, useState } from "react";
import type { KeyboardEvent } from "react";
import type { GraphIndex } from "../core/graph/indexes.ts";
import { organizationOf } from "../core/graph/queries.ts";
import { searchClientOf } from "../worker/search-client.ts";
import { useAtlas, useAtlasStore } from "../store/StoreProvider.tsx";
import { selectIndex } from "../store/selectors.ts";
import { useT } from "../ui-support/useT.ts";
import "./search-box.css";

interface Result {
  id: string;
  title: string;
  meta: string;
}

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
    // The index is built in a worker (the app starts it when idle); typing before it is ready
    // says "Searching…".
    const [wanted, setWanted] = useState(false);
    const [readyFor, setReadyFor] = useState<GraphIndex | null>(null);
    const [found, setFound] = useState<{ of: GraphIndex; query: string; ids: string[] } | null>(
      null,
    );
    const ready = index !== null && readyFor === index;
    useEffect(() => {
      if (!wanted || !index) return;
      let live = true;
      void searchClientOf(index).ready.then(() => live && setReadyFor(index));
      return () => {
        live = false;
      };
    }, [wanted, index]);
    const q = query.trim();
    useEffect(() => {
      if (!ready || q === "") return;
      let live = true;
      // The previous results stay up until these arrive: the list does not flicker as one types.
      void searchClientOf(index)
        .search(q)
        .then((ids) => {
          if (live && ids) setFound({ of: index, query: q, ids });
        });
      return () => {
        live = false;
      };
    }, [ready, index, q]);
    const results = useMemo((): Result[] => {
      if (!index || q === "" || found?.of !== index) return [];
      return found.ids.map((id) => {
        const node = index.byId.get(id)!;
        const meta = [node.classification, organizationOf(index, id)].filter(Boolean).join(" · ");
        return { id, title: node.title, meta };
      });
    }, [index, q, found]);
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
          // The query these results answer: tests and the benchmark wait for it.
          data-results-for={found?.of === index ? found.query : undefined}
        >
          {results.length === 0 && expanded && (
            <li className="search__empty">{ready ? t("search.none") : t("search.loading")}</li>
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
              <span className="search__meta">{r.meta}</span>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
