/**
 * `types.SimpleNamespace` (types.py takes it as `type(sys.implementation)`):
 * an object whose attributes are its keyword arguments, with CPython's repr
 * (`namespace(a=1)`, a subclass's own name, `namespace(...)` when
 * recursive), equality by attribute dict, no hash, and pickling through
 * `__reduce__`.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyInstance } from "../vm/objects/instance.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { setMappedAttribute } from "../vm/objects/instance_map.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { NotImplemented } from "../vm/objects/singletons.ts";
import { guardedRepr, reprValue } from "../vm/objects/dict_repr.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { getAttribute, setAttribute } from "../vm/runtime/attributes.ts";
import { compareOp } from "../vm/runtime/operators.ts";
import { COMPARE_OPERATOR_INDEX } from "../vm/compiler/opcodes.ts";
import { heapType } from "../vm/runtime/import/module_spec.ts";

export const simpleNamespaceType = heapType("SimpleNamespace", "types");
simpleNamespaceType.dict.set("__hash__", null);

/** A namespace holding `entries`, in order (sys.implementation). */
export function newSimpleNamespace(entries: readonly [string, PyValue][]): PyInstance {
  const namespace = new PyInstance(simpleNamespaceType);
  for (const [name, value] of entries) setMappedAttribute(namespace, name, value);
  return namespace;
}

function attributes(self: PyValue): PyDict {
  const dict = getAttribute(self, "__dict__");
  if (!(dict instanceof PyDict)) throw pyError("TypeError", "namespace has no attribute dict");
  return dict;
}

const isNamespace = (value: PyValue) => typeOf(value).isSubtypeOf(simpleNamespaceType);

defineNativeMethods(simpleNamespaceType, {
  __init__: [
    "*args, **kwargs",
    (self: PyValue, args: PyValue[], kwargs: Map<string, PyValue>) => {
      if (args.length > 0) throw pyError("TypeError", "no positional arguments expected");
      for (const [name, value] of kwargs) setAttribute(self, name, value);
      return null;
    },
  ],
  __repr__: ["", (self: PyInstance) => {
    const type = typeOf(self);
    const name = type === simpleNamespaceType ? "namespace" : type.name;
    return guardedRepr(self, `${name}(...)`, () => {
      const dict = attributes(self);
      const parts: string[] = [];
      for (let i = 0; i < dict.keys.length; i++) {
        const key = dict.keys[i];
        if (key === undefined || typeof key !== "string") continue;
        parts.push(`${toJsString(key)}=${reprValue(dict.values[i] as PyValue)}`);
      }
      return `${name}(${parts.join(", ")})`;
    });
  }],
  __eq__: ["other, /", (self: PyValue, other: PyValue) => {
    if (!isNamespace(self) || !isNamespace(other)) return NotImplemented;
    return compareOp(COMPARE_OPERATOR_INDEX.Eq, attributes(self), attributes(other));
  }],
  __ne__: ["other, /", (self: PyValue, other: PyValue) => {
    if (!isNamespace(self) || !isNamespace(other)) return NotImplemented;
    return compareOp(COMPARE_OPERATOR_INDEX.NotEq, attributes(self), attributes(other));
  }],
  __reduce__: ["", (self: PyValue) => newTuple([typeOf(self), newTuple([]), attributes(self)])],
});
