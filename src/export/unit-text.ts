import type { UnitTotal } from "../core/graph/totals.ts";
import { formatFte, translate } from "../i18n/format.ts";
import type { Language } from "../i18n/messages.ts";

/**
 * A manager's unit total as an exported box states it: "Unit: 46 FTEs · 3 planned", "Unit: 46+
 * FTEs" when some report's size is unknown (the figure is then a lower bound), or null when no
 * one in the unit states a size.
 *
 * @example unitText({ current: 46, planned: 3, basis: "sum", complete: true }, "en") // "Unit: 46 FTEs · 3 planned"
 */
export function unitText(total: UnitTotal | undefined, lang: Language): string | null {
  if (total === undefined) return null;
  const planned =
    total.planned > 0 ? translate(lang, "exportFile.unitPlanned", { n: total.planned }) : "";
  if (total.current === null) {
    return total.planned > 0
      ? translate(lang, "exportFile.unit", { fte: formatFte(lang, total.planned, true) })
      : null;
  }
  const current = total.complete
    ? translate(lang, "exportFile.unit", { fte: formatFte(lang, total.current) })
    : translate(lang, "exportFile.unitPartial", { n: total.current });
  return current + planned;
}
