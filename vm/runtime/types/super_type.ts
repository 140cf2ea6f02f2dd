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
import { bindDescriptor, genericGetAttribute, noAttribute } from "../attributes.ts";
import { thread } from "../thread_state.ts";

export const superType = makeBuiltinType("super");

/** `obj` and `objType` are null for an unbound `super(C)`. */
export class PySuper extends PyObject {
  constructor(
    readonly thisType: PyType,
    readonly obj: PyValue,
    readonly objType: PyType | null,
  ) {
    super(superType);
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

function objectTypeFor(thisType: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(thisType)) return obj;
  if (typeOf(obj).isSubtypeOf(thisType)) return typeOf(obj);
  throw pyError("TypeError", "super(type, obj): obj must be an instance or subtype of type");
}

registerConstructor(superType, (_cls, args, kwnames) => {
  if (kwnames !== null) throw pyError("TypeError", "super() takes no keyword arguments");
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
  if (obj === undefined || obj === null) return new PySuper(thisType, null, null);
  return new PySuper(thisType, obj, objectTypeFor(thisType, obj));
});
registerInitializer(superType, () => {});

defineNativeMethods(superType, {
  __getattribute__: ["name, /", (self: PySuper, name: PyValue) => {
    const attribute = toJsString(name as PyStr);
    if (isStr(name) && attribute !== "__class__" && self.objType !== null) {
      const mro = self.objType.mro;
      let start = mro.indexOf(self.thisType) + 1;
      if (start === 0) start = mro.length;
      for (let i = start; i < mro.length; i++) {
        const value = mro[i].dict.get(attribute);
        if (value !== undefined) {
          return bindDescriptor(
            value,
            self.obj === self.objType ? undefined : self.obj,
            self.objType,
          );
        }
      }
    }
    const own = genericGetAttribute(self, superType, attribute);
    if (own === undefined) throw noAttribute(self, attribute);
    return own;
  }],
  __repr__: [
    "",
    (self: PySuper) =>
      self.objType === null
        ? `<super: <class '${self.thisType.name}'>, NULL>`
        : `<super: <class '${self.thisType.name}'>, <${self.objType.name} object>>`,
  ],
  // An unbound super(C) binds like a descriptor: super(C).__get__(obj) is super(C, obj).
  __get__: ["instance, owner=None, /", (self: PySuper, instance: PyValue) => {
    if (instance === null || self.objType !== null) return self;
    return new PySuper(self.thisType, instance, objectTypeFor(self.thisType, instance));
  }],
});
defineGetSets(superType, {
  __thisclass__: [(self: PySuper) => self.thisType],
  __self__: [(self: PySuper) => self.obj],
  __self_class__: [(self: PySuper) => self.objType],
});
