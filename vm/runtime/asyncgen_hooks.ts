/**
 * `sys.set_asyncgen_hooks` / `sys.get_asyncgen_hooks` (PEP 525): asyncio
 * registers `firstiter`, called with an async generator the first time one
 * of its `__anext__`/`asend`/`athrow`/`aclose` methods is called, as
 * CPython's async_gen_init_hooks. `finalizer` is recorded and reported, but
 * never called: Taipan does not finalise unreachable async generators
 * (docs/differences.md).
 */
import type { PyValue } from "../objects/object.ts";
import { pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { callObject } from "./call.ts";
import type { PyGenerator } from "./generator.ts";

export const asyncgenHooks: { firstiter: PyValue; finalizer: PyValue } = {
  firstiter: null,
  finalizer: null,
};

const initialised = new WeakSet<PyGenerator>();

/** Run the firstiter hook once per async generator (before its first step is created). */
export function initAsyncgenHooks(generator: PyGenerator): void {
  if (initialised.has(generator)) return;
  initialised.add(generator);
  if (asyncgenHooks.firstiter !== null) callObject(asyncgenHooks.firstiter, [generator], null);
}

/** set_asyncgen_hooks(firstiter=..., finalizer=...): arguments left out keep their hook. */
export function setAsyncgenHooks(firstiter: PyValue | undefined, finalizer: PyValue | undefined) {
  const checked = (value: PyValue | undefined, name: string) => {
    if (value === undefined || value === null) return value;
    if (typeOf(value).lookup("__call__") === undefined) {
      throw pyError("TypeError", `callable ${name} expected, got ${typeOf(value).tpName}`);
    }
    return value;
  };
  const first = checked(firstiter, "firstiter");
  const final = checked(finalizer, "finalizer");
  if (final !== undefined) asyncgenHooks.finalizer = final;
  if (first !== undefined) asyncgenHooks.firstiter = first;
}
