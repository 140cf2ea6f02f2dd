/**
 * Attributes of builtin objects computed by TypeScript code (`getset_descriptor`):
 * `function.__name__`, `object.__class__`, `BaseException.args`, ... A data
 * descriptor: it wins over the instance's own attributes. Without a setter,
 * assignment raises CPython's "attribute '...' of '...' objects is not writable".
 */
import { PyObject, type PyValue } from "./object.ts";
import { makeBuiltinType } from "./core_types.ts";
import type { PyType } from "./type.ts";

export const getSetDescriptorType = makeBuiltinType("getset_descriptor", undefined, {
  subclassable: false,
});

export class PyGetSetDescriptor extends PyObject {
  /** `__doc__`: CPython's for the attributes of builtin types (builtin_docs.ts), else None. */
  doc: string | null = null;
  constructor(
    readonly owner: PyType,
    readonly name: string,
    // deno-lint-ignore no-explicit-any
    readonly get: (self: any) => PyValue,
    // deno-lint-ignore no-explicit-any
    readonly set: ((self: any, value: PyValue | undefined) => void) | null = null,
  ) {
    super(getSetDescriptorType);
  }
}

/** Define computed attributes on a builtin type: `{ __name__: [get, set?] }`. */
// deno-lint-ignore no-explicit-any
type Getter = (self: any) => PyValue;
// deno-lint-ignore no-explicit-any
type Setter = (self: any, value: PyValue | undefined) => void;

export function defineGetSets(type: PyType, entries: Record<string, [Getter, Setter?]>): void {
  for (const [name, [get, set]] of Object.entries(entries)) {
    type.dict.set(name, new PyGetSetDescriptor(type, name, get, set ?? null));
  }
  type.invalidate();
}
