/**
 * The root of the object model: the `PyValue` union and the `PyObject` base.
 *
 * See docs/ARCHITECTURE.md ("Runtime value representation"): ints, bools,
 * None and most strs are JS primitives; everything else is a `PyObject` whose
 * Python class is its `cls` field. `typeOf` (typeof.ts) is the one function
 * that maps any value to its class.
 */
import type { PyType } from "./type.ts";

/** Any Python value. `undefined` is not one: it means "no value" (CPython's NULL). */
export type PyValue = number | bigint | boolean | string | null | PyObject;

/**
 * Base class of every boxed Python value. `cls` is assigned by the constructor
 * of each concrete subclass; it is a plain field (not a getter) so reading it
 * is one load, which the JIT relies on for its type guards.
 */
export abstract class PyObject {
  declare cls: PyType;
  constructor(cls: PyType) {
    this.cls = cls;
  }
}
