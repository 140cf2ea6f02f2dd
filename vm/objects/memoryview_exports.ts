/**
 * Buffer exports: which memoryviews hold a view of an exporter's memory, so
 * that resizable exporters (bytearray, array.array) can refuse to change
 * size while one is alive, as CPython's ob_exports counters do
 * ("BufferError: Existing exports of data: object cannot be re-sized").
 *
 * CPython releases a view when its last reference goes; Taipan has no
 * reference counts, so a view counts as an export while it is unreleased
 * *and* still reachable from a running frame: its fast locals, cells, its
 * locals mapping or its module's globals (the scanner is installed by the
 * interpreter, vm/runtime/types/memoryview_type.ts). A temporary such as
 * `bytes(memoryview(b))` or a view dropped with `del` therefore no longer
 * blocks resizing; a view kept only inside another object (an attribute, a
 * list) is not seen and does not block it either (resizing is then allowed,
 * the view re-reads its exporter and reports the shrinkage as an error).
 * Other holders of a buffer register the same way: a regular-expression
 * scanner and finditer's iterator (stdlib/sre_pattern.ts).
 */
import { pyError } from "./exceptions.ts";

/** The part of a memoryview this registry needs. */
export interface ExportingView {
  readonly released: boolean;
}

const views = new WeakMap<object, Set<ExportingView>>();
/** Set sizes that trigger pruning on registration (so slicing in a loop stays bounded). */
const pruneAt = new WeakMap<Set<ExportingView>, number>();
/** How many exporters have registered views (fast path when 0). */
let exporting = 0;

/** The views of a set a running frame reaches. Installed by the interpreter. */
let reachable: (views: ReadonlySet<ExportingView>) => Set<ExportingView> = (views) =>
  new Set(views);

export function installReachability(
  test: (views: ReadonlySet<ExportingView>) => Set<ExportingView>,
): void {
  reachable = test;
}

/** Drop released and unreachable views. */
function prune(set: Set<ExportingView>): void {
  for (const view of set) if (view.released) set.delete(view);
  if (set.size === 0) return;
  const live = reachable(set);
  for (const view of set) if (!live.has(view)) set.delete(view);
}

/** Record that `view` exports the memory of `exporter`. */
export function addExport(exporter: object, view: ExportingView): void {
  let set = views.get(exporter);
  if (set === undefined) {
    set = new Set();
    views.set(exporter, set);
    exporting++;
  }
  if (set.size >= (pruneAt.get(set) ?? 64)) {
    prune(set);
    pruneAt.set(set, Math.max(64, 2 * set.size));
  }
  set.add(view);
}

/** Forget dead views; true when some unreleased, reachable view of `exporter` remains. */
function hasLiveViews(exporter: object): boolean {
  const set = views.get(exporter);
  if (set === undefined) return false;
  prune(set);
  if (set.size === 0) {
    views.delete(exporter);
    exporting--;
    return false;
  }
  return true;
}

/** Does `exporter` have exports (CPython's `ob_exports > 0`)? */
export function hasExports(exporter: object): boolean {
  return exporting > 0 && hasLiveViews(exporter);
}

/** Raise CPython's BufferError when `exporter` may not change size now. */
export function checkResizable(exporter: object): void {
  if (exporting > 0 && hasLiveViews(exporter)) {
    throw pyError("BufferError", "Existing exports of data: object cannot be re-sized");
  }
}
