/**
 * `super`: attribute lookup that starts after a given class in an object's
 * MRO. Zero-argument `super()` reads the calling frame's first argument and
 * its `__class__` cell, which the compiler creates for methods that use
 * `super` or `__class__`.
 */
import { PyObject, type PyValue } from "../../objects/object.ts";
import { makeBuiltinType } from "../../objects/core_types.ts";
import { PyType } from "../../objects/type.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { isStr, type PyStr, toJsString } from "../../objects/str_wide.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import {
  bindDescriptor,
  genericGetAttribute,
  getAttributeIfPresent,
  noAttribute,
} from "../attributes.ts";
import { callObject } from "../call.ts";
import { thread } from "../thread_state.ts";

export const superType = makeBuiltinType("super");

/**
 * `obj` and `objType` are null for an unbound `super(C)`. An instance of a
 * subclass of super is created empty (`thisType` null) and filled in by
 * `super.__init__`, as CPython's super_init does.
 */
export class PySuper extends PyObject {
  constructor(
    public thisType: PyType | null,
    public obj: PyValue,
    public objType: PyType | null,
    cls: PyType = superType,
  ) {
    super(cls);
  }
}

function zeroArgumentSuper(): [PyType, PyValue] {
  const frame = thread.current;
  if (frame === null || frame.code.co_argcount === 0) {
    throw pyError("RuntimeError", "super(): no arguments");
  }
  const code = frame.code;
  let first = frame.fast[0];
  const cellIndex = code.co_cellvars.indexOf(code.co_varnames[0]);
  if (cellIndex >= 0) first = frame.cells[cellIndex]?.contents;
  if (first === undefined) throw pyError("RuntimeError", "super(): arg[0] deleted");
  const free = code.co_freevars.indexOf("__class__");
  if (free < 0) throw pyError("RuntimeError", "super(): __class__ cell not found");
  const cls = frame.cells[code.co_cellvars.length + free].contents;
  if (cls === undefined) throw pyError("RuntimeError", "super(): empty __class__ cell");
  if (!(cls instanceof PyType)) throw pyError("RuntimeError", "super(): __class__ is not a type");
  return [cls, first];
}

/**
 * supercheck: the class whose MRO the lookup walks. Besides a subclass or an
 * instance of `thisType`, a proxy whose `__class__` attribute names a subclass
 * qualifies.
 */
function objectTypeFor(thisType: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(thisType)) return obj;
  if (typeOf(obj).isSubtypeOf(thisType)) return typeOf(obj);
  const claimed = getAttributeIfPresent(obj, "__class__");
  if (claimed instanceof PyType && claimed !== typeOf(obj) && claimed.isSubtypeOf(thisType)) {
    return claimed;
  }
  throw pyError("TypeError", "super(type, obj): obj must be an instance or subtype of type");
}

/** super_init's argument handling: the (thisType, obj, objType) triple. */
function superFields(
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): [PyType, PyValue, PyType | null] {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "super() takes no keyword arguments");
  }
  if (args.length > 2) {
    throw pyError("TypeError", `super() takes at most 2 arguments (${args.length} given)`);
  }
  let thisType: PyValue;
  let obj: PyValue | undefined;
  if (args.length === 0) [thisType, obj] = zeroArgumentSuper();
  else [thisType, obj] = [args[0], args[1]];
  if (!(thisType instanceof PyType)) {
    throw pyError("TypeError", `super() argument 1 must be a type, not ${typeOf(thisType).tpName}`);
  }
  if (obj === undefined || obj === null) return [thisType, null, null];
  return [thisType, obj, objectTypeFor(thisType, obj)];
}

// Plain super(...) does all its work in the constructor (one native call on a hot
// path); a subclass's instance starts empty and its __init__ fills it in.
registerConstructor(superType, (cls, args, kwnames) => {
  if (cls !== superType) return new PySuper(null, null, null, cls);
  return new PySuper(...superFields(args, kwnames));
});
registerInitializer(superType, (self, args, kwnames) => {
  if (!(self instanceof PySuper) || self.cls === superType) return;
  [self.thisType, self.obj, self.objType] = superFields(args, kwnames);
});

/**
 * What `super(thisType, obj).name` finds before binding: `name` in the first
 * class after `thisType` in the MRO of `objType` (none when `thisType` is not
 * in it), or undefined.
 */
export function superLookup(
  objType: PyType,
  thisType: PyType,
  name: string,
): PyValue | undefined {
  const mro = objType.mro;
  const start = mro.indexOf(thisType);
  if (start < 0) return undefined;
  for (let i = start + 1; i < mro.length; i++) {
    const value = mro[i].dict.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

defineNativeMethods(superType, {
  __getattribute__: ["name, /", (self: PySuper, name: PyValue) => {
    const attribute = toJsString(name as PyStr);
    if (
      isStr(name) && attribute !== "__class__" && self.objType !== null && self.thisType !== null
    ) {
      const value = superLookup(self.objType, self.thisType, attribute);
      if (value !== undefined) {
        return bindDescriptor(
          value,
          self.obj === self.objType ? undefined : self.obj,
          self.objType,
        );
      }
    }
    const own = genericGetAttribute(self, superType, attribute);
    if (own === undefined) throw noAttribute(self, attribute);
    return own;
  }],
  __repr__: ["", (self: PySuper) => {
    const thisName = self.thisType === null ? "NULL" : self.thisType.name;
    return self.objType === null
      ? `<super: <class '${thisName}'>, NULL>`
      : `<super: <class '${thisName}'>, <${self.objType.name} object>>`;
  }],
  // An unbound super(C) binds like a descriptor: super(C).__get__(obj) is super(C, obj),
  // built by the subclass for an instance of a subclass of super.
  __get__: ["instance, owner=None, /", (self: PySuper, instance: PyValue) => {
    if (instance === null || self.objType !== null || self.thisType === null) return self;
    if (self.cls !== superType) return callObject(self.cls, [self.thisType, instance], null);
    return new PySuper(self.thisType, instance, objectTypeFor(self.thisType, instance));
  }],
});
defineGetSets(superType, {
  __thisclass__: [(self: PySuper) => self.thisType],
  __self__: [(self: PySuper) => self.obj],
  __self_class__: [(self: PySuper) => self.objType],
});
