/**
 * Structure and Union with their metaclasses (PyCStructType, UnionType).
 * A class gets its layout when `_fields_` is given, in the class body or
 * assigned later (the metaclass's `__setattr__`), and never again once
 * final: after an instance is made or a subclass is derived. A class
 * without `_fields_` inherits its base's layout. `_anonymous_` fields
 * have their members re-exposed on the outer class at adjusted offsets.
 */
import type { PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { indexOperand } from "../vm/objects/bytes_args.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { genericStoreAttribute, getAttribute, setAttribute } from "../vm/runtime/attributes.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import {
  concreteInfo,
  newOwned,
  newStgInfo,
  type PyCData,
  setStgInfo,
  type StgInfo,
  stgInfo,
} from "./_ctypes_cdata.ts";
import { computeLayout, parseFields } from "./_ctypes_struct_layout.ts";
import { PyCField } from "./_ctypes_field.ts";
import { structMeta, structureType, unionMeta, unionType } from "./_ctypes_types.ts";
import { cdataFromParam, defineClassMethods, defineMetaclass } from "./_ctypes_metaclass.ts";

/** Names of the fields a class declared itself, for positional initialisation. */
const ownFieldNames = new WeakMap<PyType, string[]>();

function optionalAttribute(cls: PyType, name: string): PyValue | undefined {
  try {
    return getAttribute(cls, name);
  } catch (error) {
    if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError)) {
      return undefined;
    }
    throw error;
  }
}

function baseInfo(cls: PyType): StgInfo | undefined {
  const base = cls.bases[0];
  return base === undefined ? undefined : stgInfo(base);
}

/** Lay `cls` out from `fields` (PyCStructUnionType_update_stgdict). */
function applyFields(cls: PyType, fieldsValue: PyValue, isStruct: boolean): void {
  const existing = stgInfo(cls);
  if (existing !== undefined && existing.final) {
    throw pyError("AttributeError", "_fields_ is final");
  }
  let pack = 0;
  const packValue = optionalAttribute(cls, "_pack_");
  if (packValue !== undefined) {
    const integer = indexOperand(packValue);
    if (integer === undefined) {
      throw pyError("TypeError", "_pack_ must be an integer");
    }
    if (integer < 0) throw pyError("ValueError", "_pack_ must be a non-negative integer");
    pack = Number(integer);
  }
  const specs = parseFields(fieldsValue);
  const bigEndian = optionalAttribute(cls, "_swappedbytes_") !== undefined;
  for (const spec of specs) {
    if (spec.type === cls) {
      throw pyError("AttributeError", "Structure or union cannot contain itself");
    }
  }
  const base = baseInfo(cls);
  if (base !== undefined) base.final = true;
  const layout = computeLayout(specs, isStruct, pack, bigEndian, isStruct ? base : undefined);
  const info = newStgInfo(isStruct ? "struct" : "union", {
    size: layout.size,
    align: layout.align,
    length: specs.length,
    fields: layout.fields,
    format: layout.format,
    native: layout.native,
    hasBitfield: layout.hasBitfield,
    byValue: layout.byValue,
    hasUnion: !isStruct,
  });
  for (const spec of specs) {
    const fieldInfo = stgInfo(spec.type)!;
    fieldInfo.final = true;
    if (fieldInfo.hasPointer || fieldInfo.kind === "pointer") info.hasPointer = true;
  }
  info.final = true;
  setStgInfo(cls, info);
  ownFieldNames.set(cls, specs.map((spec) => spec.name));
  for (const field of layout.fields) cls.dict.set(field.name, new PyCField(cls, field));
  cls.invalidate();
  makeAnonymousFields(cls);
}

/** `_anonymous_`: the members of those fields become fields of `cls` (MakeAnonFields). */
function makeAnonymousFields(cls: PyType): void {
  const anonymous = optionalAttribute(cls, "_anonymous_");
  if (anonymous === undefined) return;
  for (const name of iterateToArray(anonymous)) {
    const text = isStr(name) ? toJsString(name) : "";
    const descriptor = getAttribute(cls, text);
    if (!(descriptor instanceof PyCField)) {
      throw pyError(
        "AttributeError",
        `'${text}' is specified in _anonymous_ but not in _fields_`,
      );
    }
    exposeMembers(cls, descriptor, descriptor.field.offset);
  }
}

function exposeMembers(cls: PyType, outer: PyCField, offset: number): void {
  const inner = stgInfo(outer.field.type);
  if (inner === undefined) return;
  for (const member of inner.fields) {
    const nested = outer.field.type.dict.get(member.name);
    if (nested instanceof PyCField && nested.field.anonymous) {
      exposeMembers(cls, nested, offset + nested.field.offset);
      continue;
    }
    cls.dict.set(
      member.name,
      new PyCField(cls, { ...member, offset: offset + member.offset, index: outer.field.index }),
    );
  }
  cls.dict.set(
    outer.field.name,
    new PyCField(cls, { ...outer.field, anonymous: true }),
  );
  cls.invalidate();
}

/** Classes whose metaclass finished creating them: `_fields_` may be assigned. */
const ready = new WeakSet<PyType>();

function completeClass(cls: PyType, isStruct: boolean): void {
  ready.add(cls);
  // An `_abstract_` class gets no storage info: it cannot be instantiated.
  if (cls.dict.has("_abstract_")) return;
  const fields = cls.dict.get("_fields_");
  if (fields !== undefined) {
    // Through the metaclass's __setattr__, which BigEndianStructure's overrides.
    setAttribute(cls, "_fields_", fields);
    return;
  }
  // No _fields_ here: the base's layout (or none yet), open for a later `_fields_`.
  const base = baseInfo(cls);
  if (base !== undefined) {
    base.final = true;
    setStgInfo(cls, { ...base, final: false });
  } else {
    setStgInfo(cls, newStgInfo(isStruct ? "struct" : "union", { format: "B" }));
  }
}

defineMetaclass(structMeta, (cls) => completeClass(cls, true));
defineMetaclass(unionMeta, (cls) => completeClass(cls, false));

for (const [meta, isStruct] of [[structMeta, true], [unionMeta, false]] as const) {
  defineNativeMethods(meta, {
    __setattr__: ["name, value, /", (cls: PyType, name: PyValue, value: PyValue) => {
      const text = isStr(name) ? toJsString(name) : "";
      if (text === "_fields_" && !ready.has(cls)) {
        throw pyError("TypeError", "ctypes state is not initialized");
      }
      genericStoreAttribute(cls, typeOf(cls), text, value);
      if (text === "_fields_") applyFields(cls, value, isStruct);
      return null;
    }],
  });
  defineClassMethods(meta, cdataFromParam);
}

for (const type of [structureType, unionType]) {
  registerConstructor(type, (cls) => newOwned(cls, concreteInfo(cls)));
  registerInitializer(type, (self, args, kwnames) => {
    const positional = args.length - (kwnames?.length ?? 0);
    const keywords = kwnames ?? [];
    if (positional > 0) {
      const obj = self as PyCData;
      const used = initPositional(obj, obj.cls, args.slice(0, positional), keywords);
      if (used < positional) throw pyError("TypeError", "too many initializers");
    }
    keywords.forEach((name, i) => setAttribute(self, name, args[positional + i]));
  });
}

/** _init_pos_args: base class fields first, then this class's own. */
function initPositional(
  self: PyCData,
  cls: PyType,
  args: readonly PyValue[],
  keywords: readonly string[],
  start = 0,
): number {
  let index = start;
  const base = cls.bases[0];
  if (base !== undefined && stgInfo(base) !== undefined) {
    index = initPositional(self, base, args, keywords, index);
  }
  const names = ownFieldNames.get(cls);
  if (names === undefined) return index;
  for (let i = 0; i < names.length && i + index < args.length; i++) {
    const name = names[i];
    if (keywords.includes(name)) {
      throw pyError("TypeError", `duplicate values for field '${name}'`);
    }
    setAttribute(self, name, args[i + index]);
  }
  return index + names.length;
}
