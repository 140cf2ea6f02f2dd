/**
 * `f.__code__ = other` and the JIT's traces.
 *
 * A trace inlines a method it found on a class behind a guard on the
 * class's version (guard_type_version), and does not look at the method's
 * code again: a function's code is quasi-immutable for the JIT, as in PyPy.
 * Assigning it therefore gives every class that holds the function (as
 * itself, in a staticmethod or classmethod, or as a property's accessor) a
 * fresh version, as assigning the class attribute would: the traces' version
 * guards then fail, and the new body is recorded. Functions a trace reached
 * otherwise (a global, a closure) it guards by their code (jit/recorder.ts
 * guardCodeOf), which the optimiser checks only after a call that may have
 * run Python code.
 *
 * The walk visits every class once from `object` down; the assignment is rare
 * (a few per program at most), the per-call cost of the traces is what counts.
 */
import { objectType } from "../../objects/core_types.ts";
import type { PyFunction } from "../../objects/function.ts";
import type { PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { PyClassMethod, PyProperty, PyStaticMethod } from "../../objects/descriptors.ts";

function holds(value: PyValue, func: PyFunction): boolean {
  if (value === func) return true;
  if (value instanceof PyStaticMethod || value instanceof PyClassMethod) return value.func === func;
  if (value instanceof PyProperty) {
    return value.fget === func || value.fset === func || value.fdel === func;
  }
  return false;
}

/** A fresh version for each class holding `func` (and so for its subclasses). */
export function invalidateHoldersOf(func: PyFunction): void {
  const seen = new Set<PyType>();
  const pending: PyType[] = [objectType];
  while (pending.length > 0) {
    const cls = pending.pop()!;
    if (seen.has(cls)) continue;
    seen.add(cls);
    for (const value of cls.dict.values()) {
      if (holds(value, func)) {
        cls.invalidate();
        break;
      }
    }
    for (const subclass of cls.subclasses()) pending.push(subclass);
  }
}
