import { clear, createStore, get, getMany, setMany } from "idb-keyval";
import type { UseStore } from "idb-keyval";
import type { KeptSource } from "../convert/import-session.ts";

/** A chart made from a person's own documents, as kept in this browser. */
export interface KeptChart {
  /** graph.json (version 2) as text: read back through the same checks as any graph file. */
  graphJson: string;
  /** How many files make it (read or not). */
  files: number;
  /** When it was last changed, ISO 8601. */
  savedAt: string;
}

/** What happened to a save: kept, or why not (the chart still works until the page closes). */
export type SaveOutcome = "kept" | "full" | "blocked";

const CHART = "chart";
const TEXTS = "texts";
const SOURCES = "sources";

const DATABASE = "org-atlas";
let database: UseStore | null = null;
// Opened on first use: a page that never opens documents never touches IndexedDB.
const db = () => (database ??= createStore(DATABASE, "my-documents"));

/** What a storage failure means for a person: full (quota) or not allowed (private window…). */
function outcomeOf(error: unknown): SaveOutcome {
  const name = (error as { name?: string } | null)?.name;
  return name === "QuotaExceededError" ? "full" : "blocked";
}

/**
 * Keeps the chart, its documents' texts and what re-extraction needs, in one transaction: either
 * all of it is kept or none. Never rejects.
 */
export async function saveKept(
  chart: KeptChart,
  texts: readonly [string, string][],
  sources: readonly KeptSource[],
): Promise<SaveOutcome> {
  try {
    await setMany(
      [
        [CHART, chart],
        [TEXTS, texts],
        [SOURCES, sources],
      ],
      db(),
    );
    return "kept";
  } catch (error) {
    return outcomeOf(error);
  }
}

/**
 * True when this browser may keep a chart; asked without opening (and so creating) the database
 * where the browser can list them.
 */
export async function mayHaveKept(): Promise<boolean> {
  try {
    if (typeof indexedDB.databases !== "function") return true;
    return (await indexedDB.databases()).some((d) => d.name === DATABASE);
  } catch {
    return false;
  }
}

/** The kept chart; null when there is none, or when storage cannot be read. */
export async function loadKeptChart(): Promise<KeptChart | null> {
  try {
    return (await get<KeptChart>(CHART, db())) ?? null;
  } catch {
    return null;
  }
}

/** The kept documents' texts, by document id (read when a panel first shows one). */
export async function loadKeptTexts(): Promise<Map<string, string>> {
  const [texts] = await getMany<[string, string][]>([TEXTS], db());
  return new Map(texts ?? []);
}

/** What the kept chart was made from, for "Add documents" (none when nothing is kept). */
export async function loadKeptSources(): Promise<KeptSource[]> {
  try {
    return (await get<KeptSource[]>(SOURCES, db())) ?? [];
  } catch {
    return [];
  }
}

/** Deletes everything kept; true when it is gone. */
export async function removeKept(): Promise<boolean> {
  try {
    await clear(db());
    return true;
  } catch {
    return false;
  }
}
