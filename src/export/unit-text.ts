import type { UnitTotal } from "../core/graph/totals.ts";
import { formatFte, translate } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";

/**
 * A total without the word "Unit": "46 FTEs · 3 planned", "46+ FTEs" when some report's size is
 * unknown (the figure is then a lower bound), "3 FTEs planned"; null when no one in it states a
 * size. An organization frame gives its total so.
 */
export function totalText(total: UnitTotal | undefined, lang: Language): string | null {
  if (total === undefined) return null;
  if (total.current === null)
    return total.planned > 0 ? formatFte(lang, total.planned, true) : null;
  const planned =
    total.planned > 0 ? translate(lang, "exportFile.unitPlanned", { n: total.planned }) : "";
  const current = total.complete
    ? formatFte(lang, total.current)
    : translate(lang, "exportFile.atLeast", { n: total.current });
  return current + planned;
}

/**
 * A manager's unit total as an exported box states it: "Unit: 46 FTEs · 3 planned".
 *
 * @example unitText({ current: 46, planned: 3, basis: "sum", complete: true }, "en") // "Unit: 46 FTEs · 3 planned"
 */
export function unitText(total: UnitTotal | undefined, lang: Language): string | null {
  const fte = totalText(total, lang);
  return fte === null ? null : translate(lang, "exportFile.unit", { fte });
}
