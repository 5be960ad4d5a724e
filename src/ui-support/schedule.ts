/** Runs `fn` once the next frame has been painted, so work started there cannot delay it. */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** Runs `fn` when the main thread is idle (or after `timeoutMs` at the latest). */
export function whenIdle(fn: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(fn, { timeout: timeoutMs });
  else setTimeout(fn, 200);
}

/** Runs `fn` in a task of its own, as soon as the current one (and its rendering) is done. */
export function nextTask(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}
