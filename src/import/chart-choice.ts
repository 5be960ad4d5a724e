import type { ChartSource } from "../store/import-slice.ts";

/**
 * localStorage key of the chart last shown in this browser. The page's head script
 * (src/app/early-requests.boot.ts) reads it too: when it says "local", the plain address opens as `?chart=local`, so a person
 * coming back to Org Atlas finds their own documents' chart again.
 */
export const CHART_CHOICE_KEY = "org-atlas:chart";

export function rememberChart(source: ChartSource): void {
  try {
    if (source === "local") localStorage.setItem(CHART_CHOICE_KEY, "local");
    else localStorage.removeItem(CHART_CHOICE_KEY);
  } catch {
    // Storage disabled: the address still says which chart is shown.
  }
}
