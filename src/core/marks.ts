/**
 * User-timing marks at the start-up milestones ("atlas:graph-parsed", …). They cost microseconds,
 * show in a browser's performance panel, and `npm run bench:chart` prints its breakdown from them.
 */
export function markStartup(milestone: string): void {
  globalThis.performance?.mark?.(`atlas:${milestone}`);
}
