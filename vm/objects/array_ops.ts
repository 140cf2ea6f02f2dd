/**
 * Bulk operations on JS arrays that stay correct at any length.
 *
 * `target.push(...source)` and `target.splice(at, n, ...source)` pass every
 * element as a separate argument, and V8 throws a RangeError ("Maximum call
 * stack size exceeded") once that is more than about 100k arguments, so
 * `lst.extend(range(10**6))` or a slice assignment of a big list must not use
 * them. These helpers spread only small sources and copy big ones element by
 * element.
 */

/** Arguments V8 takes in one call comfortably below its limit. */
const SPREAD_LIMIT = 8192;

/** target.push(...source) for a source of any length. */
export function appendAll<T>(target: T[], source: readonly T[]): void {
  if (source.length <= SPREAD_LIMIT) {
    target.push(...source);
    return;
  }
  let at = target.length;
  target.length = at + source.length;
  for (let i = 0; i < source.length; i++) target[at++] = source[i];
}

/** target.splice(start, deleteCount, ...source) for a source of any length. */
export function replaceRange<T>(
  target: T[],
  start: number,
  deleteCount: number,
  source: readonly T[],
): void {
  if (source.length === deleteCount) {
    for (let i = 0; i < deleteCount; i++) target[start + i] = source[i];
    return;
  }
  if (source.length <= SPREAD_LIMIT) {
    target.splice(start, deleteCount, ...source);
    return;
  }
  const tail = target.slice(start + deleteCount);
  target.length = start;
  appendAll(target, source);
  appendAll(target, tail);
}
