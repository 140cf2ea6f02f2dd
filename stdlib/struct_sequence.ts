/**
 * Struct sequences (CPython's PyStructSequence): tuples whose items also have
 * names, like `sys.version_info` and `os.stat_result`; repr shows the names.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { newTuple, PyTuple, tupleType } from "../vm/objects/tuple.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { signatureConstructor } from "./native_type.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
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
  { instantiable = true } = {},
): PyTuple {
  const type = structSequenceType(qualifiedName, fields);
  if (!instantiable) { // sys.flags, sys.version_info: their types' tp_new is cleared
    registerConstructor(type, () => {
      throw pyError("TypeError", `cannot create '${qualifiedName}' instances`);
    });
  }
  return new PyTuple(values, type);
}

/**
 * A struct sequence type that Python code can build and pickle, as the ones
 * CPython's modules declare (os.stat_result, os.terminal_size, pwd.struct_passwd):
 * the first `visible` fields are the tuple's items, the rest are attributes
 * only; a field named null is reachable by index alone (stat_result's integer
 * times). `repr` shows the visible items under the names of the named fields
 * in order, as CPython's structseq_repr does.
 */
export interface StructSequenceSpec {
  /** Qualified name, e.g. "os.stat_result". */
  readonly name: string;
  readonly fields: readonly (string | null)[];
  /** n_sequence_fields; all fields when omitted. */
  readonly visible?: number;
  readonly doc?: string;
  /** Completes the hidden fields of an instance built from Python (stat_result's float times). */
  readonly complete?: (items: readonly PyValue[], hidden: PyValue[]) => void;
}

/** A struct sequence instance: tuple items plus the values of the hidden fields. */
export class PyStructSequence extends PyTuple {
  constructor(items: PyValue[], readonly hidden: PyValue[], cls: PyType) {
    super(items, cls);
  }
}

export function defineStructSequence(spec: StructSequenceSpec): PyType {
  const visible = spec.visible ?? spec.fields.length;
  const dot = spec.name.lastIndexOf(".");
  const type = makeBuiltinType(spec.name.slice(dot + 1), tupleType, { subclassable: false });
  type.dict.set("__module__", spec.name.slice(0, dot));
  if (spec.doc !== undefined) type.dict.set("__doc__", spec.doc);
  const unnamed = spec.fields.filter((field) => field === null).length;
  type.dict.set("n_sequence_fields", visible);
  type.dict.set("n_fields", spec.fields.length);
  type.dict.set("n_unnamed_fields", unnamed);
  const named = spec.fields.filter((field): field is string => field !== null);
  type.dict.set("__match_args__", newTuple(named.slice(0, visible - unnamed)));
  const valueAt = (self: PyStructSequence, i: number) =>
    i < visible ? self.items[i] : self.hidden[i - visible];
  // Member descriptors in CPython: assigning or deleting says "readonly attribute".
  const readonly = () => {
    throw pyError("AttributeError", "readonly attribute");
  };
  const getters: Record<string, [(self: PyStructSequence) => PyValue, () => never]> = {};
  spec.fields.forEach((field, i) => {
    if (field !== null) getters[field] = [(self) => valueAt(self, i), readonly];
  });
  defineGetSets(type, getters);
  defineNativeMethods(type, {
    __repr__: ["", (self: PyStructSequence) => {
      const parts = self.items.map((item, i) => `${named[i]}=${toJsString(reprOf(item))}`);
      return `${spec.name}(${parts.join(", ")})`;
    }],
    __reduce__: ["", (self: PyStructSequence) => {
      const extra = new PyDict();
      spec.fields.slice(visible).forEach((field, i) => {
        if (field !== null) extra.set(field, self.hidden[i]);
      });
      return newTuple([type, newTuple([newTuple(self.items), extra])]);
    }],
  });
  signatureConstructor(type, spec.name, "sequence, dict=None", (cls, sequence, dict) => {
    const items = iterateToArray(sequence);
    const min = visible;
    const max = spec.fields.length;
    if (items.length < min || items.length > max) {
      const bound = items.length < min ? (min === max ? "a" : "an at least") : "an at most";
      const size = items.length < min ? min : max;
      throw pyError(
        "TypeError",
        `${spec.name}() takes ${bound} ${size}-sequence (${items.length}-sequence given)`,
      );
    }
    if (dict !== null && !(dict instanceof PyDict)) {
      throw pyError("TypeError", `${spec.name}() takes a dict as second arg, if any`);
    }
    const hidden = spec.fields.slice(visible).map((field, i) => {
      if (visible + i < items.length) return items[visible + i];
      return field !== null && dict !== null ? (dict.get(field) ?? null) : null;
    });
    spec.complete?.(items, hidden);
    return new PyStructSequence(items.slice(0, visible), hidden, cls);
  });
  return type;
}

/** An instance of a type from defineStructSequence, from all its fields' values. */
export function newStructSequence(type: PyType, values: readonly PyValue[]): PyStructSequence {
  const visible = type.dict.get("n_sequence_fields") as number;
  return new PyStructSequence(values.slice(0, visible), values.slice(visible), type);
}
