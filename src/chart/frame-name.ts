import { UNKNOWN_ORGANIZATION } from "../core/graph/queries.ts";
import type { MessageKey } from "../i18n/messages.ts";

/**
 * The name an organization frame shows: its organization, or, for the frames the app names
 * itself (unplaced positions, trees with no organization), the name in the interface language.
 */
export function frameName(
  group: { label: string; unplaced?: boolean | undefined },
  t: (key: MessageKey) => string,
): string {
  if (group.unplaced) return t("org.unplaced");
  if (group.label === UNKNOWN_ORGANIZATION) return t("org.unknown");
  return group.label;
}
