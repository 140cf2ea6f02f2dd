/**
 * Instances of Python subclasses of str (`class Name(str): ...`).
 *
 * A str is a primitive (a JS string or a `PyWideStr`, str_wide.ts) with no room
 * for a class or attributes, so a subclass instance is a `PyBoxedStr` holding
 * the plain str value, like `PyBoxedInt` for int subclasses. The str
 * machinery never sees the box: str's method descriptors unwrap their
 * receiver (native_function.ts), str's native slots unwrap their operands
 * (number_slots.ts), and `expectStr` unwraps str arguments. So
 * `Name('a') + 'b'` is the plain str 'ab', as in CPython.
 */
import { PyObject, type PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import { isStr, type PyStr } from "./str_wide.ts";

export class PyBoxedStr extends PyObject {
  constructor(readonly value: PyStr, cls: PyType) {
    super(cls);
  }
}

/** The str value of a str or str-subclass instance; undefined for anything else. */
export function strOperand(value: PyValue): PyStr | undefined {
  if (isStr(value)) return value;
  return value instanceof PyBoxedStr ? value.value : undefined;
}

/** The value itself, or the plain str inside a str-subclass instance. */
export function unboxStr(value: PyValue): PyValue {
  return value instanceof PyBoxedStr ? value.value : value;
}
