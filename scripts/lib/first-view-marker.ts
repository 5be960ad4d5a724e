/** Where scripts/prerender.ts puts the first view's markup in the built index.html. */
export const FIRST_VIEW_MARKER = "<!-- first-view-markup -->";
