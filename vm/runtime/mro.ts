/**
 * Method resolution orders that Python code can take part in (CPython's
 * mro_invoke, mro_internal and mro_hierarchy). A metaclass that overrides
 * `mro()` decides the MRO of its classes, when a class is created and again
 * whenever a base's `__bases__` changes; `mro()` may itself assign
 * `__bases__` (reentrance), so:
 *
 * - while a new class's first `mro()` runs, the class has no MRO yet (an
 *   empty one: `__mro__` reads None and lookups through the class find
 *   nothing), as CPython's tp_mro is NULL then;
 * - an MRO computed by an outer call is dropped when an inner call already
 *   gave the class a new one (the array identity changed);
 * - `__bases__` assignment recomputes the class's MRO, then its subclasses'
 *   (depth first), logging each change, and on an error puts back every
 *   logged MRO that was not replaced since.
 */
import type { PyValue } from "../objects/object.ts";
import { typeType } from "../objects/core_types.ts";
import { computeMro, MroError, PyType } from "../objects/type.ts";
import { pyError } from "../objects/exceptions.ts";
import { typeOf } from "../objects/typeof.ts";
import { callObject } from "./call.ts";
import { getAttribute } from "./attributes.ts";
import { iterateToArray } from "./iteration.ts";

/** mro_implementation: C3, with the error as a TypeError. */
export function c3Mro(cls: PyType): PyType[] {
  try {
    return computeMro(cls);
  } catch (error) {
    if (error instanceof MroError) throw pyError("TypeError", error.message);
    throw error;
  }
}

function overridesMro(cls: PyType): boolean {
  const meta = typeOf(cls);
  return meta !== typeType && meta.definingClass("mro") !== typeType;
}

/** mro_invoke: the metaclass's `mro()` when it overrides type.mro, else C3. */
function invokeMro(cls: PyType): PyType[] {
  if (!overridesMro(cls)) return c3Mro(cls);
  const entries: PyValue[] = iterateToArray(callObject(getAttribute(cls, "mro"), [], null));
  for (const entry of entries) {
    if (!(entry instanceof PyType)) {
      throw pyError("TypeError", `mro() returned a non-class ('${typeOf(entry).tpName}')`);
    }
  }
  return entries as PyType[];
}

/** mro_internal: a fresh MRO for `cls`; the one it replaced, or null after reentrance. */
function mroInternal(cls: PyType): readonly PyType[] | null {
  const old = cls.mro;
  const fresh = invokeMro(cls);
  if (cls.mro !== old) return null;
  cls.mro = fresh;
  cls.invalidate();
  return old;
}

/** A new class's MRO from its metaclass's `mro()`, if the metaclass overrides it. */
export function applyCustomMro(cls: PyType): void {
  if (!overridesMro(cls)) return;
  cls.mro = [];
  cls.invalidate();
  mroInternal(cls);
}

/** One logged change: the class, the MRO it got, the MRO it had. */
type MroChange = [PyType, readonly PyType[], readonly PyType[]];

function mroHierarchy(cls: PyType, log: MroChange[]): void {
  const old = mroInternal(cls);
  if (old === null) return;
  log.push([cls, cls.mro, old]);
  for (const subclass of cls.subclasses()) mroHierarchy(subclass, log);
}

/**
 * New MROs for `cls` and its subclasses after its `__bases__` changed. On an
 * error, each logged class whose MRO is still the logged one gets its old
 * MRO back, and the error propagates.
 */
export function recomputeMros(cls: PyType): void {
  const log: MroChange[] = [];
  try {
    mroHierarchy(cls, log);
  } catch (error) {
    for (let i = log.length - 1; i >= 0; i--) {
      const [klass, fresh, old] = log[i];
      if (klass.mro === fresh) {
        klass.mro = old;
        klass.invalidate();
      }
    }
    throw error;
  }
}
