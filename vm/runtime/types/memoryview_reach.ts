/**
 * Reachability of memoryviews for export counting (see
 * vm/objects/memoryview_exports.ts): a view still counts as an export of its
 * object while a running frame can reach it directly — a fast local, a cell,
 * the frame's locals mapping or its globals. This stands in for CPython's
 * reference counts, which release a dropped view at once.
 */
import type { PyValue } from "../../objects/object.ts";
import { PyCell } from "../../objects/cell.ts";
import { PyDict } from "../../objects/dict.ts";
import { type ExportingView, installReachability } from "../../objects/memoryview_exports.ts";
import { thread } from "../thread_state.ts";

installReachability((views) => {
  const found = new Set<ExportingView>();
  const seen = new Set<PyDict>();
  const note = (value: PyValue | undefined) => {
    if (value !== undefined && value !== null && views.has(value as unknown as ExportingView)) {
      found.add(value as unknown as ExportingView);
    }
  };
  for (let frame = thread.current; frame !== null; frame = frame.back) {
    const locals = frame.code.co_varnames.length;
    for (let i = 0; i < locals; i++) note(frame.fast[i]);
    for (const cell of frame.cells) if (cell instanceof PyCell) note(cell.contents);
    for (const dict of [frame.locals, frame.globals]) {
      if (dict === null || seen.has(dict)) continue;
      seen.add(dict);
      for (const value of dict.values) note(value);
    }
  }
  return found;
});
