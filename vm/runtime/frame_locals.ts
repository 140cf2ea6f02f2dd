/**
 * `locals()` and `frame.f_locals` (CPython's PyFrame_FastToLocals): a module
 * or class body's locals are its namespace mapping; a function's are a dict
 * built from its fast locals, cells and free variables. As in CPython 3.11
 * that dict is one per frame, refreshed on each request, so a dict obtained
 * earlier sees later assignments, and writing to it changes no variable.
 */
import type { PyValue } from "../objects/object.ts";
import { PyDict } from "../objects/dict.ts";
import type { Frame } from "./frame.ts";

const snapshots = new WeakMap<Frame, PyDict>();

/** The dict a function frame's f_locals last returned, if any (the trace hooks refresh and write it back). */
export function localsSnapshot(frame: Frame): PyDict | undefined {
  return snapshots.get(frame);
}

export function frameLocals(frame: Frame): PyValue {
  if (frame.locals !== null) return frame.locals;
  let dict = snapshots.get(frame);
  if (dict === undefined) snapshots.set(frame, dict = new PyDict());
  const code = frame.code;
  const put = (name: string, value: PyValue | undefined) => {
    if (value === undefined) dict!.delete(name);
    else dict!.set(name, value);
  };
  const cells = code.co_cellvars.length;
  code.co_varnames.forEach((name, i) => {
    // A parameter that is also a cell variable lives in its cell once the body starts.
    if (!code.co_cellvars.includes(name)) put(name, frame.fast[i]);
  });
  code.co_cellvars.forEach((name, i) => put(name, frame.cells[i]?.contents));
  code.co_freevars.forEach((name, i) => put(name, frame.cells[cells + i]?.contents));
  return dict;
}
