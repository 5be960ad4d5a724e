/**
 * An animation's duration, or 0 when the user asked the system for reduced motion: pans and
 * zooms then jump instead of gliding (CSS transitions are turned off in styles.css).
 */
export function motionMs(ms: number): number {
  const query = globalThis.matchMedia?.("(prefers-reduced-motion: reduce)");
  return query?.matches ? 0 : ms;
}
