/** FNV-1a, 32 bits: a short, stable fingerprint of a string, the same in every runtime. */
export function hash32(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, "0");
}

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
