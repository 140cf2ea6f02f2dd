/**
 * Docstrings of the builtins module's and _io's functions and types, taken
 * from the generated table (builtin_docs_data.ts, CPython 3.11's own text) once,
 * when the module's namespace is built. A type gets its `__doc__` entry; its
 * method descriptors, attribute descriptors and native static/class methods
 * get theirs through their `doc` field, which a bound method copies. Names
 * the table lacks keep None (Taipan-only helpers, or types CPython documents
 * elsewhere); a method that implements a slot falls back on the slot's
 * docstring when it is read (nativeMethodDoc).
 */
import type { PyValue } from "../objects/object.ts";
import { PyType } from "../objects/type.ts";
import { PyBuiltinFunction, PyMethodDescriptor } from "../objects/native_function.ts";
import { PyGetSetDescriptor } from "../objects/getset.ts";
import { PyClassMethod, PyStaticMethod } from "../objects/descriptors.ts";
import type { PyDict } from "../objects/dict.ts";
import { setAttribute } from "./attributes.ts";
import { BUILTIN_DOCS, SLOT_DOCS } from "../objects/builtin_docs_data.ts";

type Documented = PyBuiltinFunction | PyMethodDescriptor | PyGetSetDescriptor;

/** The object that carries the docstring of a class-namespace entry, if any. */
function documented(value: PyValue | undefined): Documented | null {
  if (value instanceof PyClassMethod || value instanceof PyStaticMethod) value = value.func;
  if (
    value instanceof PyBuiltinFunction || value instanceof PyMethodDescriptor ||
    value instanceof PyGetSetDescriptor
  ) return value;
  return null;
}

/** Give a type its docstring and its namespace entries theirs, from qualified names. */
export function documentType(type: PyType, docs: Readonly<Record<string, string>>): void {
  const doc = docs[type.qualname];
  if (doc !== undefined && type.dict.get("__doc__") === null) type.dict.set("__doc__", doc);
  for (const [name, value] of type.dict) {
    const target = documented(value);
    const text = docs[`${type.qualname}.${name}`];
    if (target === null || target.doc !== null || text === undefined) continue;
    target.doc = text;
    // A wrapper keeps its function's __doc__ in its own namespace, as the
    // staticmethod and classmethod constructors copy it.
    if (target !== value) setAttribute(value, "__doc__", text);
  }
}

/** Give the functions and types of a module's namespace their docstrings. */
export function applyBuiltinDocs(moduleName: string, namespace: PyDict): void {
  const docs = BUILTIN_DOCS[moduleName];
  for (let i = 0; i < namespace.keys.length; i++) {
    const name = namespace.keys[i];
    const value = namespace.values[i];
    if (value instanceof PyType) {
      if (value.name === name) documentType(value, docs);
    } else if (value instanceof PyBuiltinFunction && value.name === name && value.doc === null) {
      value.doc = docs[value.name] ?? null;
    }
  }
}

/**
 * Give a module's functions that CPython writes without Argument Clinic
 * (PyArg_ParseTuple and the like) their docstrings, which open with a call
 * form of their own ("ctime(seconds) -> string"). CPython derives
 * `__text_signature__` from a docstring's Clinic header, so these have none.
 */
export function documentPlainFunctions(
  namespace: PyDict,
  docs: Readonly<Record<string, string>>,
): void {
  for (const [name, doc] of Object.entries(docs)) {
    const func = namespace.getStr(name);
    if (!(func instanceof PyBuiltinFunction)) continue;
    func.doc = doc;
    func.hasTextSignature = false;
  }
}

/**
 * `__doc__` of a native method: its own, else, for a method that implements a
 * slot (`generator.__next__`, which CPython makes a slot wrapper), the slot's
 * text, the same for every type ("Implement next(self).").
 */
export function nativeMethodDoc(doc: string | null, name: string): string | null {
  return doc ?? (Object.hasOwn(SLOT_DOCS, name) ? SLOT_DOCS[name] : null);
}
