import { hash32 } from "../hash.ts";

export { hash32 };

/** "Director, Client Relations" -> "director-client-relations". */
export function slugify(value: string): string {
  const slug = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "item";
}

/**
 * An id derived from content only: a readable slug plus a fingerprint of what makes the
 * position distinct (its title key and organization), so re-running gives the same ids.
 */
export function stableId(title: string, identity: string): string {
  return `${slugify(title)}-${hash32(identity).slice(0, 5)}`;
}
