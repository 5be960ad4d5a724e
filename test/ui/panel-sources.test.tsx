// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DocumentTextSource } from "../../src/core/graph/document-texts.ts";
import { DocumentTextError } from "../../src/core/graph/document-texts.ts";
import type { OrgGraph } from "../../src/core/graph/model.ts";
import type { Language } from "../../src/i18n/messages.ts";
import { DetailPanel } from "../../src/panel/DetailPanel.tsx";
import { FLASH_MS } from "../../src/panel/DocumentView.tsx";
import { createAtlasStore } from "../../src/store/atlas-store.ts";
import { StoreProvider } from "../../src/store/StoreProvider.tsx";
import { fixtureGraph } from "../support.ts";

const MD = "001_820152e02375ec20.txt"; // markdown, Director, Engagement
const OCR = "003_a0d9a25676ab9a92.txt"; // OCR text, Director, Engagement
const OCR_SERVICE = "002_0159ec8070dfa34c.txt"; // OCR text, Executive Director, Service

/** Every element scrollIntoView was called on, with its options (jsdom has no scrollIntoView). */
let scrolled: Array<{ element: Element; options: unknown }> = [];

beforeEach(() => {
  scrolled = [];
  Element.prototype.scrollIntoView = function (this: Element, options?: unknown) {
    scrolled.push({ element: this, options });
  };
});

afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function setup(
  nodeId: string,
  options: {
    lang?: Language;
    edit?: (graph: OrgGraph, texts: ReadonlyMap<string, string>) => void;
    source?: DocumentTextSource;
  } = {},
): Promise<HTMLElement> {
  const { graph, texts, source } = fixtureGraph("seed-like.json");
  options.edit?.(graph, texts);
  const store = createAtlasStore();
  store.getState().installGraph(graph, options.source ?? source);
  if (options.lang) store.getState().setLanguage(options.lang);
  store.getState().select(nodeId, { openPanel: true });
  render(
    <StoreProvider store={store}>
      <DetailPanel onClose={() => undefined} />
    </StoreProvider>,
  );
  const panel = screen.getByRole("complementary", { name: /Position details|Détails du poste/ });
  // Document texts are read on demand: wait until none is still being read.
  await waitFor(() => expect(store.getState().texts).not.toEqual({}));
  await waitFor(() =>
    expect(Object.values(store.getState().texts).every((t) => t.status !== "loading")).toBe(true),
  );
  return panel;
}

/** Adds a location fact whose source is the first occurrence of `quote` in a document. */
function addFact(nodeId: string, documentId: string, quote: string) {
  return (graph: OrgGraph, texts: ReadonlyMap<string, string>) => {
    const node = graph.nodes.find((n) => n.id === nodeId)!;
    const start = texts.get(documentId)!.indexOf(quote);
    expect(start).toBeGreaterThanOrEqual(0);
    const source = { documentId, start, end: start + quote.length };
    node.facts.push({ field: "location", value: "Ottawa", source });
  };
}

/** The "Where each fact came from" item for a fact label, e.g. "Position number". */
function factItem(panel: HTMLElement, label: string): HTMLElement {
  const provenance = within(panel)
    .getByRole("heading", { name: "Where each fact came from" })
    .closest("section")!;
  const item = within(provenance)
    .getAllByRole("listitem")
    .find((li) => li.textContent?.startsWith(`${label}:`));
  if (!item) throw new Error(`no source item for ${label}`);
  return item;
}

const article = (panel: HTMLElement, file: string) =>
  within(panel).getByRole("article", { name: `Job description ${file}` });

/** The mark a "Show in document" click scrolled to, once the (asynchronous) click is done. */
async function scrolledMark(count = 1): Promise<HTMLElement> {
  await waitFor(() => expect(scrolled).toHaveLength(count));
  return lastScrolledMark();
}

function lastScrolledMark(): HTMLElement {
  const last = scrolled.at(-1);
  if (!last) throw new Error("scrollIntoView was not called");
  expect(last.element.tagName).toBe("MARK");
  return last.element as HTMLElement;
}

describe("panel sources: show in document", () => {
  it("every source is a named button; the document's marks are focusable but not Tab stops", async () => {
    const panel = await setup("cds-director-engagement");
    const md = within(panel).getAllByRole("button", { name: `Show in document: ${MD}` });
    const ocr = within(panel).getAllByRole("button", { name: `Show in document: ${OCR}` });
    // Three facts from the markdown document, one from the OCR document.
    expect(md).toHaveLength(3);
    expect(ocr).toHaveLength(1);
    expect(ocr[0]).toHaveTextContent(OCR);
    for (const mark of article(panel, MD).querySelectorAll("mark")) {
      expect(mark).toHaveAttribute("tabindex", "-1");
    }
  });

  it("scrolls to, emphasises and focuses the quote in a markdown document", async () => {
    const user = userEvent.setup();
    const panel = await setup("cds-director-engagement");
    const doc = article(panel, MD);
    await user.click(
      within(factItem(panel, "Position number")).getByRole("button", {
        name: `Show in document: ${MD}`,
      }),
    );
    const mark = await scrolledMark();
    expect(scrolled).toHaveLength(1);
    expect(doc).toContainElement(mark);
    // "**Position Number:** 104211": the bold label is the quote's first highlighted piece.
    expect(mark).toHaveTextContent("Position Number:");
    expect(scrolled[0]!.options).toEqual({ block: "center", behavior: "smooth" });
    expect(mark).toHaveFocus();
    expect(mark).toHaveClass("doc__mark--flash");
    expect(doc.querySelectorAll(".doc__mark--flash")).toHaveLength(1);
    expect(screen.getByRole("status")).toBeEmptyDOMElement();
  });

  it("finds the quote in an OCR document and switches it back to the reading view", async () => {
    const user = userEvent.setup();
    const panel = await setup("cds-director-engagement");
    const doc = article(panel, OCR);
    await user.click(within(doc).getByRole("button", { name: "Show raw text" }));
    expect(doc.querySelector("pre")).not.toBeNull();

    // The only fact from the OCR document: classification "LEVEL: EX-OI(P)".
    await user.click(within(panel).getByRole("button", { name: `Show in document: ${OCR}` }));
    // Reading view again: no <pre>, and the quote "LEVEL: EX-OI(P)" starts at the field label.
    expect(doc.querySelector("pre")).toBeNull();
    expect(within(doc).getByRole("button", { name: "Show raw text" })).toBeInTheDocument();
    const mark = await scrolledMark();
    expect(doc).toContainElement(mark);
    expect(mark).toHaveTextContent(/^LEVEL$/);
    expect(mark.closest("dt")).not.toBeNull();
    expect(mark).toHaveFocus();
    expect(mark).toHaveClass("doc__mark--flash");
    // The other document's marks were left alone.
    expect(article(panel, MD)).not.toContainElement(mark);
  });

  it("works from the keyboard and jumps without animation when motion is reduced", async () => {
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: query === "(prefers-reduced-motion: reduce)",
      media: query,
    }));
    const user = userEvent.setup();
    const panel = await setup("cds-director-engagement");
    const button = within(factItem(panel, "Effective date")).getByRole("button", {
      name: `Show in document: ${MD}`,
    });
    button.focus();
    await user.keyboard("{Enter}");
    const mark = await scrolledMark();
    expect(mark).toHaveTextContent("Effective Date:");
    expect(scrolled[0]!.options).toEqual({ block: "center", behavior: "auto" });
    expect(mark).toHaveFocus();
  });

  it("the emphasis lasts about 1.5 s, and a second click brings it back", async () => {
    const panel = await setup("cds-director-engagement");
    const button = within(factItem(panel, "Position number")).getByRole("button", {
      name: `Show in document: ${MD}`,
    });
    vi.useFakeTimers();
    // The click settles in a few microtasks (the text is already read); act flushes them.
    await act(async () => fireEvent.click(button));
    const mark = lastScrolledMark();
    expect(mark).toHaveClass("doc__mark--flash");
    act(() => vi.advanceTimersByTime(FLASH_MS - 100));
    expect(mark).toHaveClass("doc__mark--flash");
    act(() => vi.advanceTimersByTime(200));
    expect(mark).not.toHaveClass("doc__mark--flash");
    expect(mark).toHaveFocus();

    await act(async () => fireEvent.click(button));
    expect(scrolled).toHaveLength(2);
    expect(lastScrolledMark()).toBe(mark);
    expect(mark).toHaveClass("doc__mark--flash");
  });

  it("goes to the first occurrence of a quote that occurs several times", async () => {
    const user = userEvent.setup();
    const quote = "Chief Executive Officer";
    const panel = await setup("cds-director-engagement", {
      edit: addFact("cds-director-engagement", "doc-cds-engagement", quote),
    });
    const doc = article(panel, MD);
    const occurrences = [...doc.querySelectorAll("mark")].filter((m) =>
      m.textContent?.startsWith(quote),
    );
    expect(occurrences.length).toBeGreaterThan(1);
    await user.click(
      within(factItem(panel, "Location")).getByRole("button", {
        name: `Show in document: ${MD}`,
      }),
    );
    expect(await scrolledMark()).toBe(occurrences[0]);
    expect(occurrences[0]).toHaveFocus();
  });

  it("opens another document's full text for a position without its own", async () => {
    const user = userEvent.setup();
    const panel = await setup("cds-head-design-research");
    expect(
      within(panel).queryByRole("article", { name: `Job description ${OCR_SERVICE}` }),
    ).toBeNull();
    const others = within(panel)
      .getByRole("heading", { name: "What other documents say" })
      .closest("section")!;
    const item = within(others)
      .getAllByRole("listitem")
      .find((li) => li.textContent?.includes("Head of Design Research, (CS-O5, 9 FTEs)"))!;
    await user.click(
      within(item).getByRole("button", { name: `Show in document: ${OCR_SERVICE}` }),
    );
    const doc = article(panel, OCR_SERVICE);
    expect(doc.closest("details")).toHaveProperty("open", true);
    const mark = await scrolledMark();
    expect(doc).toContainElement(mark);
    expect(mark.textContent).toMatch(/^Head of Design Research, \(CS-O5, 9 FTEs\)/);
    expect(mark).toHaveFocus();
    expect(mark).toHaveClass("doc__mark--flash");
  });

  it("shows the raw text, and says so, when the quote is only in a hidden page footer", async () => {
    const user = userEvent.setup();
    const footer = "March I8, 2OI9 Director, Engagement 3";
    const panel = await setup("cds-director-engagement", {
      edit: addFact("cds-director-engagement", "doc-cds-engagement-ocr", footer),
    });
    const doc = article(panel, OCR);
    expect(doc.querySelector("pre")).toBeNull();
    expect(within(doc).queryByText(footer)).toBeNull();
    await user.click(
      within(factItem(panel, "Location")).getByRole("button", {
        name: `Show in document: ${OCR}`,
      }),
    );
    const pre = doc.querySelector("pre");
    expect(pre).not.toBeNull();
    const mark = await scrolledMark();
    expect(pre).toContainElement(mark);
    expect(mark).toHaveTextContent(footer);
    expect(mark).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent(
      "This sentence is not in the reading view (it is in a hidden page header or footer), so the raw text is shown.",
    );
  });

  it("still shows the facts and says why when a document's text cannot be read", async () => {
    const failing = (problem: "missing" | "mismatch"): DocumentTextSource => {
      const { source } = fixtureGraph("seed-like.json");
      return (doc) =>
        doc.id === "doc-cds-engagement"
          ? Promise.reject(new DocumentTextError(problem))
          : source(doc);
    };
    const panel = await setup("cds-director-engagement", { source: failing("missing") });
    expect(article(panel, MD)).toHaveTextContent(
      `The text of ${MD} could not be loaded: its file is missing. The facts above still stand.`,
    );
    // The facts and their sources stay; the sentence itself is said to be unavailable.
    const item = factItem(panel, "Position number");
    expect(item).toHaveTextContent("104211");
    expect(item).toHaveTextContent(
      "(the sentence is in a document whose text could not be loaded)",
    );
    // The other document still reads and highlights.
    expect(article(panel, OCR).querySelectorAll("mark").length).toBeGreaterThan(0);
  });

  it("says so when a document's text file does not match the chart", async () => {
    const { source } = fixtureGraph("seed-like.json");
    const changed: DocumentTextSource = (doc) =>
      doc.id === "doc-cds-engagement"
        ? Promise.reject(new DocumentTextError("mismatch"))
        : source(doc);
    const panel = await setup("cds-director-engagement", { source: changed });
    expect(article(panel, MD)).toHaveTextContent(/does not match this chart/);
  });

  it("has French labels and messages", async () => {
    const user = userEvent.setup();
    const { source } = fixtureGraph("seed-like.json");
    const panel = await setup("cds-director-engagement", {
      lang: "fr",
      source: (doc) =>
        doc.id === "doc-cds-engagement-ocr"
          ? Promise.reject(new DocumentTextError("missing"))
          : source(doc),
    });
    const buttons = within(panel).getAllByRole("button", {
      name: `Afficher dans le document : ${MD}`,
    });
    expect(buttons.length).toBeGreaterThan(0);
    expect(
      within(panel).getByRole("button", { name: `Afficher dans le document : ${OCR}` }),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole("article", { name: `Description de travail ${OCR}` }),
    ).toHaveTextContent(`Le texte de ${OCR} n’a pas pu être chargé : son fichier est introuvable.`);
    await user.click(buttons[0]!);
    expect(await scrolledMark()).toHaveFocus();
    // The panel's own words are French too: fact labels, the document's header and notes.
    const frenchLabel = /^(Titre|Classification|ETP|Numéro de poste|Lieu|Ministère|Direction) :$/;
    expect(within(panel).getAllByText(frenchLabel).length).toBeGreaterThan(0);
    expect(
      within(panel).getByRole("article", { name: `Description de travail ${OCR}` }),
    ).toHaveTextContent("texte numérisé");
  });
});
