/** `function`, bound `method`, `code`, `cell` and the singletons: reprs and attributes. */
import type { PyValue } from "../../objects/object.ts";
import { functionType, PyFunction } from "../../objects/function.ts";
import {
  builtinFunctionType,
  defineNativeMethods,
  methodDescriptorType,
  methodWrapperType,
  PyBuiltinFunction,
  type PyMethodDescriptor,
  wrapperDescriptorType,
} from "../../objects/native_function.ts";
import { constructorOwner, registerConstructor } from "../call_type.ts";
import { invalidateHoldersOf } from "./code_assignment.ts";
import { PyType } from "../../objects/type.ts";
import { PyClassMethod, PyStaticMethod, staticmethodType } from "../../objects/descriptors.ts";
import { type Receiver, textSignature } from "../../objects/native_text_signature.ts";
import { callObject } from "../call.ts";
import { getAttributeIfPresent } from "../attributes.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { defineMembers } from "../../objects/member.ts";
import { ExceptionType, pyError } from "../../objects/exceptions.ts";
import { warnFromNative } from "../../../stdlib/_warnings.ts";
import { typeOf } from "../../objects/typeof.ts";
import { isStr } from "../../objects/str_wide.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { PyDict } from "../../objects/dict.ts";
import {
  Ellipsis,
  ellipsisType,
  NotImplemented,
  notImplementedType,
} from "../../objects/singletons.ts";
import { noneType } from "../../objects/core_types.ts";
import { cellType, PyCell } from "../../objects/cell.ts";
import { methodType, PyBoundMethod } from "../bound_method.ts";
import { codeType, PyCode } from "../code_object.ts";
import { CodeObject } from "../../compiler/code.ts";
import { runtimeConstants } from "../constants.ts";
import { addressOf } from "../identity.ts";
import { toJsString } from "../../objects/str_wide.ts";
import { reprOf } from "../../objects/str_convert.ts";
import { attributeName, bindDescriptor, getAttribute } from "../attributes.ts";
import { compareOp, equals } from "../operators.ts";
import { COMPARE_OPERATORS } from "../../compiler/opcodes.ts";
import { hashOf, identityHash } from "../hash.ts";
import { PyModule } from "../module.ts";
import { thread } from "../thread_state.ts";
import { interpreter } from "../interpreter_state.ts";
import { nativeMethodDoc } from "../builtin_docs.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { decodeLineTable, encodeLineTable, shiftLines } from "./code_linetable.ts";

defineNativeMethods(functionType, {
  __repr__: ["", (self: PyFunction) => `<function ${self.qualname} at ${addressOf(self)}>`],
  __get__: [
    "instance, owner=None, /",
    (self: PyFunction, instance: PyValue) =>
      instance === null ? self : new PyBoundMethod(self, instance),
  ],
});

function requireStr(value: PyValue | undefined, what: string): string {
  if (value === undefined || !isStr(value)) {
    throw pyError("TypeError", `${what} must be set to a string object`);
  }
  return value as string;
}

/** The flat (name, value, ...) tuple MAKE_FUNCTION received becomes a dict on first use. */
function annotationsOf(self: PyFunction): PyDict {
  if (self.annotations instanceof PyDict) return self.annotations;
  const dict = new PyDict();
  if (self.annotations instanceof PyTuple) {
    const items = self.annotations.items;
    for (let i = 0; i + 1 < items.length; i += 2) dict.set(items[i], items[i + 1]);
  }
  self.annotations = dict;
  return dict;
}

defineGetSets(functionType, {
  __name__: [(self: PyFunction) => self.name, (self: PyFunction, value) => {
    self.name = requireStr(value, "__name__");
  }],
  __qualname__: [(self: PyFunction) => self.qualname, (self: PyFunction, value) => {
    self.qualname = requireStr(value, "__qualname__");
  }],
  __doc__: [(self: PyFunction) => self.doc, (self: PyFunction, value) => {
    self.doc = value ?? null;
  }],
  __module__: [(self: PyFunction) => self.module, (self: PyFunction, value) => {
    self.module = value ?? null;
  }],
  __defaults__: [(self: PyFunction) => self.defaults, (self: PyFunction, value) => {
    if (value !== undefined && value !== null && !(value instanceof PyTuple)) {
      throw pyError("TypeError", "__defaults__ must be set to a tuple object");
    }
    self.defaults = value ?? null;
  }],
  __kwdefaults__: [(self: PyFunction) => self.kwdefaults, (self: PyFunction, value) => {
    if (value !== undefined && value !== null && !(value instanceof PyDict)) {
      throw pyError("TypeError", "__kwdefaults__ must be set to a dict object");
    }
    self.kwdefaults = value ?? null;
  }],
  __code__: [(self: PyFunction) => PyCode.wrap(self.code), (self: PyFunction, value) => {
    if (!(value instanceof PyCode)) {
      throw pyError("TypeError", "__code__ must be set to a code object");
    }
    // func_set_code: the closure has one cell per free variable of the code.
    const free = value.code.co_freevars.length, cells = self.closure?.length ?? 0;
    if (free !== cells) {
      throw pyError(
        "ValueError",
        `${self.name}() requires a code object with ${cells} free vars, not ${free}`,
      );
    }
    self.code = value.code;
    invalidateHoldersOf(self);
  }],
  __annotations__: [annotationsOf, (self: PyFunction, value) => {
    if (value !== undefined && !(value instanceof PyDict)) {
      throw pyError("TypeError", "__annotations__ must be set to a dict object");
    }
    self.annotations = value ?? null;
  }],
});

defineMembers(functionType, {
  __globals__: [(self: PyFunction) => self.globals],
  __builtins__: [(self: PyFunction) => self.builtins],
  __closure__: [(self: PyFunction) => self.closure === null ? null : newTuple(self.closure)],
});

defineNativeMethods(methodType, {
  __repr__: ["", (self: PyBoundMethod) => {
    // method_repr: the function's __qualname__, else its __name__, else "?".
    const func = self.func;
    let name = func instanceof PyFunction
      ? func.qualname
      : getAttributeIfPresent(func, "__qualname__");
    if (name === undefined) name = getAttributeIfPresent(func, "__name__");
    const shown = name !== undefined && isStr(name) ? toJsString(name) : "?";
    return `<bound method ${shown} of ${toJsString(reprOf(self.self))}>`;
  }],
});
defineNativeMethods(methodType, {
  // method_getattro: the method type's own attributes, then the function's.
  __getattribute__: ["name, /", (self: PyBoundMethod, name: PyValue) => {
    const key = attributeName(name);
    const descriptor = methodType.lookup(key);
    if (descriptor !== undefined) return bindDescriptor(descriptor, self, methodType);
    return getAttribute(self.func, key);
  }],
  // Equal when they bind the same function to the same object (identity, since 3.8).
  __eq__: [
    "value, /",
    (self: PyBoundMethod, other: PyValue) =>
      other instanceof PyBoundMethod
        ? self.self === other.self && equals(self.func, other.func)
        : NotImplemented,
  ],
  __ne__: [
    "value, /",
    (self: PyBoundMethod, other: PyValue) =>
      other instanceof PyBoundMethod
        ? !(self.self === other.self && equals(self.func, other.func))
        : NotImplemented,
  ],
  __hash__: ["", (self: PyBoundMethod) => {
    const receiver = self.self;
    const selfHash = typeof receiver === "object" && receiver !== null
      ? identityHash(receiver)
      : Number(BigInt.asIntN(32, BigInt(hashOf(receiver))));
    return selfHash ^ Number(BigInt.asIntN(32, BigInt(hashOf(self.func))));
  }],
});
defineMembers(methodType, {
  __func__: [(self: PyBoundMethod) => self.func],
  __self__: [(self: PyBoundMethod) => self.self],
});
defineGetSets(methodType, {
  __doc__: [(self: PyBoundMethod) => getAttribute(self.func, "__doc__")],
});

defineNativeMethods(codeType, {
  __repr__: [
    "",
    (self: PyCode) =>
      `<code object ${self.code.co_name} at ${
        addressOf(self)
      }, file "${self.code.co_filename}", line ${self.code.co_firstlineno}>`,
  ],
});
/**
 * code.replace(): a copy with some co_* fields changed (the ones types.coroutine & co. use, and
 * co_linetable). The location table is relative to co_firstlineno, so a new first line moves
 * every line unless a new table is given.
 */
const replaceableCodeFields = [
  "co_name",
  "co_qualname",
  "co_filename",
  "co_firstlineno",
  "co_flags",
  "co_linetable",
];
defineNativeMethods(codeType, {
  replace: [
    "*, co_name=?, co_qualname=?, co_filename=?, co_firstlineno=?, co_flags=?, co_linetable=?",
    (self: PyCode, ...values: (PyValue | undefined)[]) => {
      const c = self.code;
      const [name, qualname, filename, firstlineno, flags] = replaceableCodeFields.map(
        (field, i) => {
          const value = values[i];
          if (value === undefined) return (c as unknown as Record<string, PyValue>)[field];
          const wanted = field === "co_linetable"
            ? "bytes"
            : field === "co_firstlineno" || field === "co_flags"
            ? "int"
            : "str";
          const valid = wanted === "bytes"
            ? value instanceof PyBytes
            : wanted === "str"
            ? isStr(value)
            : typeof value === "number";
          if (!valid) {
            throw pyError(
              "TypeError",
              `replace() argument '${field}' must be ${wanted}, not ${typeOf(value).tpName}`,
            );
          }
          return wanted === "str" ? toJsString(value as string) : value;
        },
      );
      const table = values[5] as PyBytes | undefined;
      const positions = table !== undefined
        ? decodeLineTable(table.bytes, firstlineno as number, c.instructionCount)
        : firstlineno !== c.co_firstlineno
        ? shiftLines(c.positions, (firstlineno as number) - c.co_firstlineno)
        : c.positions;
      return PyCode.wrap(
        new CodeObject(
          name as string,
          qualname as string,
          filename as string,
          firstlineno as number,
          c.co_argcount,
          c.co_posonlyargcount,
          c.co_kwonlyargcount,
          c.co_varnames,
          c.co_cellvars,
          c.co_freevars,
          c.co_names,
          c.co_consts,
          flags as number,
          c.co_stacksize,
          c.code,
          c.exceptionTable,
          positions,
          c.cellParameterIndex,
        ),
      );
    },
  ],
});
defineGetSets(codeType, {
  co_name: [(self: PyCode) => self.code.co_name],
  co_qualname: [(self: PyCode) => self.code.co_qualname],
  co_filename: [(self: PyCode) => self.code.co_filename],
  co_firstlineno: [(self: PyCode) => self.code.co_firstlineno],
  co_argcount: [(self: PyCode) => self.code.co_argcount],
  co_posonlyargcount: [(self: PyCode) => self.code.co_posonlyargcount],
  co_kwonlyargcount: [(self: PyCode) => self.code.co_kwonlyargcount],
  co_nlocals: [(self: PyCode) => self.code.co_nlocals],
  co_flags: [(self: PyCode) => self.code.co_flags],
  co_stacksize: [(self: PyCode) => self.code.co_stacksize],
  co_varnames: [(self: PyCode) => newTuple(self.code.co_varnames)],
  co_cellvars: [(self: PyCode) => newTuple(self.code.co_cellvars)],
  co_freevars: [(self: PyCode) => newTuple(self.code.co_freevars)],
  co_names: [(self: PyCode) => newTuple(self.code.co_names)],
  co_consts: [(self: PyCode) => newTuple(runtimeConstants(self.code))],
  co_linetable: [
    (self: PyCode) => new PyBytes(encodeLineTable(self.code.positions, self.code.co_firstlineno)),
  ],
});

/** `types.MethodType(func, obj)`. */
registerConstructor(methodType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "method() takes no keyword arguments");
  }
  if (args.length !== 2) {
    throw pyError("TypeError", `method expected 2 arguments, got ${args.length}`);
  }
  if (!(args[0] instanceof PyType) && typeOf(args[0]).lookup("__call__") === undefined) {
    throw pyError("TypeError", "first argument must be callable");
  }
  if (args[1] === null) throw pyError("TypeError", "instance must not be None");
  return new PyBoundMethod(args[0], args[1]);
});

/** `types.CellType(contents?)`. */
registerConstructor(cellType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "cell() takes no keyword arguments");
  }
  if (args.length > 1) {
    throw pyError("TypeError", `cell expected at most 1 argument, got ${args.length}`);
  }
  return new PyCell(args[0]);
});

defineNativeMethods(cellType, {
  __repr__: [
    "",
    (self: PyCell) =>
      self.contents === undefined
        ? `<cell at ${addressOf(self)}: empty>`
        : `<cell at ${addressOf(self)}: ${typeOf(self.contents).tpName} object at ${
          addressOf(self.contents)
        }>`,
  ],
});
// cell_richcompare: by contents, an empty cell before anything else.
const cellComparisons: Record<string, readonly [string, (a: PyCell, b: PyValue) => PyValue]> = {};
COMPARE_OPERATORS.forEach(([kind], index) => {
  const name = kind === "LtE"
    ? "__le__"
    : kind === "GtE"
    ? "__ge__"
    : kind === "NotEq"
    ? "__ne__"
    : `__${kind.toLowerCase()}__`;
  cellComparisons[name] = ["value, /", (self: PyCell, other: PyValue) => {
    if (!(other instanceof PyCell)) return NotImplemented;
    if (self.contents !== undefined && other.contents !== undefined) {
      return compareOp(index, self.contents, other.contents);
    }
    return compareOp(index, other.contents === undefined, self.contents === undefined);
  }];
});
defineNativeMethods(cellType, cellComparisons);
cellType.dict.set("__hash__", null); // comparable by contents, so unhashable
cellType.invalidate();
defineGetSets(cellType, {
  cell_contents: [(self: PyCell) => {
    if (self.contents === undefined) throw pyError("ValueError", "Cell is empty");
    return self.contents;
  }, (self: PyCell, value) => {
    self.contents = value;
  }],
});

defineNativeMethods(noneType, {
  __repr__: ["", () => "None"],
  __bool__: ["", () => false],
  __hash__: ["", () => hashOf(null)],
});
// The singletons' types return the singleton; `__reduce__` names it for pickle.
for (
  const [type, value, name] of [
    [noneType, null, "NoneType"],
    [ellipsisType, Ellipsis, "EllipsisType"],
    [notImplementedType, NotImplemented, "NotImplementedType"],
  ] as const
) {
  registerConstructor(type, (_cls, args) => {
    if (args.length > 0) throw pyError("TypeError", `${name} takes no arguments`);
    return value;
  });
}
defineNativeMethods(ellipsisType, { __reduce__: ["", () => "Ellipsis"] });
defineNativeMethods(notImplementedType, { __reduce__: ["", () => "NotImplemented"] });
defineNativeMethods(ellipsisType, { __repr__: ["", () => "Ellipsis"] });
defineNativeMethods(notImplementedType, {
  __repr__: ["", () => "NotImplemented"],
  // Still true in 3.11, but deprecated (bpo-35712): it was nearly always a bug.
  __bool__: ["", () => {
    warnFromNative(
      ExceptionType.DeprecationWarning,
      "NotImplemented should not be used in a boolean context",
    );
    return true;
  }],
});

/** `__call__` of the callable builtin kinds, so `callable()` and `f.__call__(...)` see them. */
for (
  const type of [
    functionType,
    builtinFunctionType,
    methodDescriptorType,
    wrapperDescriptorType,
    methodWrapperType,
    methodType,
    staticmethodType,
  ]
) {
  defineNativeMethods(type, {
    __call__: [
      "*args, **kwargs",
      (self: PyValue, args: PyValue[], kwargs: Map<string, PyValue>) =>
        callObject(
          self instanceof PyStaticMethod ? self.func : self,
          [...args, ...kwargs.values()],
          kwargs.size > 0 ? [...kwargs.keys()] : null,
        ),
    ],
  });
}

const builtinMethodMethods = {
  __repr__: [
    "",
    (self: PyBuiltinFunction) =>
      self.self === undefined || self.self instanceof PyModule
        ? `<built-in function ${self.name}>`
        : `<built-in method ${self.name} of ${typeOf(self.self).tpName} object at ${
          addressOf(self.self)
        }>`,
  ],
  // meth_richcompare: the same implementation bound to the same object.
  __eq__: [
    "value, /",
    (self: PyBuiltinFunction, other: PyValue) =>
      other instanceof PyBuiltinFunction
        ? self.impl === other.impl && self.self === other.self
        : NotImplemented,
  ],
  __ne__: [
    "value, /",
    (self: PyBuiltinFunction, other: PyValue) =>
      other instanceof PyBuiltinFunction
        ? !(self.impl === other.impl && self.self === other.self)
        : NotImplemented,
  ],
  __hash__: ["", (self: PyBuiltinFunction) => {
    const receiver = self.self;
    const selfHash = typeof receiver === "object" && receiver !== null
      ? identityHash(receiver)
      : receiver === undefined
      ? 0
      : Number(BigInt.asIntN(32, BigInt(hashOf(receiver))));
    return selfHash ^ identityHash(self.impl);
  }],
  // meth_reduce: a module function pickles by name, a bound one as getattr(self, name).
  __reduce__: ["", (self: PyBuiltinFunction) => {
    if (self.self === undefined || self.self instanceof PyModule) return self.name;
    const getattr = thread.current?.builtins.getStr("getattr") ?? null;
    return newTuple([getattr, newTuple([self.self, self.name])]);
  }],
} as const;
defineNativeMethods(builtinFunctionType, builtinMethodMethods);
// A bound slot wrapper (method-wrapper) behaves as a bound builtin method.
defineNativeMethods(methodWrapperType, {
  ...builtinMethodMethods,
  __repr__: [
    "",
    (self: PyBuiltinFunction) =>
      `<method-wrapper '${self.name}' of ${typeOf(self.self!).tpName} object at ${
        addressOf(self.self!)
      }>`,
  ],
});
/**
 * The module a module-level native function belongs to (its `__self__`, as
 * CPython's module functions carry theirs): the module it names, when the
 * function is that module's attribute. Functions made for other uses (a
 * staticmethod's, an error handler) have none.
 */
function homeModule(self: PyBuiltinFunction): PyModule | null {
  const module = interpreter().modules.getStr(self.module ?? "builtins");
  return module instanceof PyModule && module.dict.getStr(self.name) === self ? module : null;
}

/**
 * The receiver a builtin function's text signature names: a module function's
 * `$module`; `$type` for `__new__` and for a class method read through its
 * class (its owner's attribute of that name is the classmethod); else `$self`.
 * A function without one (a staticmethod's) names none.
 */
function builtinReceiver(self: PyBuiltinFunction): Receiver | null {
  const receiver = self.self;
  if (receiver === undefined) {
    if (constructorOwner(self) !== undefined) return "$type";
    return homeModule(self) === null ? null : "$module";
  }
  if (receiver instanceof PyModule) return "$module";
  if (receiver instanceof PyType && receiver.lookup(self.name) instanceof PyClassMethod) {
    return "$type";
  }
  return "$self";
}

const builtinMethodGetSets: Record<string, [(self: PyBuiltinFunction) => PyValue]> = {
  __text_signature__: [
    (self: PyBuiltinFunction) =>
      self.hasTextSignature ? textSignature(self.signature, builtinReceiver(self)) : null,
  ],
  __module__: [
    (self: PyBuiltinFunction) => self.module ?? (self.self === undefined ? "builtins" : null),
  ],
  __name__: [(self: PyBuiltinFunction) => self.name],
  __qualname__: [(self: PyBuiltinFunction) => self.qualname],
  __doc__: [
    (self: PyBuiltinFunction) =>
      self.self === undefined ? self.doc : nativeMethodDoc(self.doc, self.name),
  ],
  __self__: [
    (self: PyBuiltinFunction) =>
      self.self !== undefined ? self.self : constructorOwner(self) ?? homeModule(self),
  ],
};
defineGetSets(builtinFunctionType, builtinMethodGetSets);
defineGetSets(methodWrapperType, {
  ...builtinMethodGetSets,
  __objclass__: [(self: PyBuiltinFunction) => self.objclass],
});
// descr_reduce: pickled and copied as getattr(owner, name).
const methodDescriptorMethods = {
  __repr__: [
    "",
    (self: PyMethodDescriptor) => `<method '${self.name}' of '${self.owner.tpName}' objects>`,
  ],
  // method_get: bound to an instance; through the class (instance None) the descriptor itself.
  __get__: [
    "instance, owner=None, /",
    (self: PyMethodDescriptor, instance: PyValue, owner: PyValue) => {
      if (instance === null) {
        if (owner === null) throw pyError("TypeError", "__get__(None, None) is invalid");
        return self;
      }
      self.checkReceiver(instance);
      return self.bind(instance);
    },
  ],
  __reduce__: ["", (self: PyMethodDescriptor) => {
    const getattr = thread.current?.builtins.getStr("getattr") ?? null;
    return newTuple([getattr, newTuple([self.owner, self.name])]);
  }],
} as const;
defineNativeMethods(methodDescriptorType, methodDescriptorMethods);
defineNativeMethods(wrapperDescriptorType, {
  ...methodDescriptorMethods,
  __repr__: [
    "",
    (self: PyMethodDescriptor) => `<slot wrapper '${self.name}' of '${self.owner.tpName}' objects>`,
  ],
});
for (const type of [methodDescriptorType, wrapperDescriptorType]) {
  defineGetSets(type, {
    __name__: [(self: PyMethodDescriptor) => self.name],
    __qualname__: [(self: PyMethodDescriptor) => self.qualname],
    __doc__: [(self: PyMethodDescriptor) => nativeMethodDoc(self.doc, self.name)],
    __objclass__: [(self: PyMethodDescriptor) => self.owner],
    __text_signature__: [
      (self: PyMethodDescriptor) =>
        self.hasTextSignature ? textSignature(self.signature, "$self") : null,
    ],
  });
}
