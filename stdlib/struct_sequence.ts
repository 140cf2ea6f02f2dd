/**
 * Struct sequences (CPython's PyStructSequence): tuples whose items also have
 * names, like `sys.version_info` and `os.stat_result`; repr shows the names.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { PyTuple, tupleType } from "../vm/objects/tuple.ts";
import type { PyType } from "../vm/objects/type.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { toJsString } from "../vm/objects/str_wide.ts";

const types = new Map<string, PyType>();

function structSequenceType(qualifiedName: string, fields: readonly string[]): PyType {
  let type = types.get(qualifiedName);
  if (type !== undefined) return type;
  const dot = qualifiedName.lastIndexOf(".");
  type = makeBuiltinType(qualifiedName.slice(dot + 1), tupleType, { subclassable: false });
  type.dict.set("__module__", qualifiedName.slice(0, dot));
  defineGetSets(
    type,
    Object.fromEntries(fields.map((field, i) => [field, [(self: PyTuple) => self.items[i]]])),
  );
  defineNativeMethods(type, {
    __repr__: [
      "",
      (self: PyTuple) =>
        `${qualifiedName}(${
          fields.map((field, i) => `${field}=${toJsString(reprOf(self.items[i]))}`).join(", ")
        })`,
    ],
  });
  types.set(qualifiedName, type);
  return type;
}

export function makeStructSequence(
  qualifiedName: string,
  fields: readonly string[],
  values: readonly PyValue[],
): PyTuple {
  return new PyTuple(values, structSequenceType(qualifiedName, fields));
}
