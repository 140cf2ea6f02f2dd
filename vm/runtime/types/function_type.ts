/** `function`, bound `method`, `code`, `cell` and the singletons: reprs and attributes. */
import type { PyValue } from "../../objects/object.ts";
import { functionType, PyFunction } from "../../objects/function.ts";
import {
  builtinFunctionType,
  defineNativeMethods,
  methodDescriptorType,
  type PyBuiltinFunction,
  type PyMethodDescriptor,
} from "../../objects/native_function.ts";
import { constructorOwner, registerConstructor } from "../call_type.ts";
import { hashOf } from "../hash.ts";
import { PyStaticMethod, staticmethodType } from "../../objects/descriptors.ts";
import { callObject } from "../call.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { pyError } from "../../objects/exceptions.ts";
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
import { cellType, type PyCell } from "../../objects/cell.ts";
import { methodType, PyBoundMethod } from "../bound_method.ts";
import { codeType, PyCode } from "../code_object.ts";
import { addressOf } from "../identity.ts";
import { toJsString } from "../../objects/str_wide.ts";
import { reprOf } from "../../objects/str_convert.ts";

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
    self.code = value.code;
  }],
  __globals__: [(self: PyFunction) => self.globals],
  __builtins__: [(self: PyFunction) => self.builtins],
  __closure__: [(self: PyFunction) => self.closure === null ? null : newTuple(self.closure)],
  __annotations__: [annotationsOf, (self: PyFunction, value) => {
    if (value !== undefined && !(value instanceof PyDict)) {
      throw pyError("TypeError", "__annotations__ must be set to a dict object");
    }
    self.annotations = value ?? null;
  }],
});

defineNativeMethods(methodType, {
  __repr__: ["", (self: PyBoundMethod) => {
    const func = self.func;
    const name = func instanceof PyFunction ? func.qualname : "?";
    return `<bound method ${name} of ${toJsString(reprOf(self.self))}>`;
  }],
});
defineGetSets(methodType, {
  __func__: [(self: PyBoundMethod) => self.func],
  __self__: [(self: PyBoundMethod) => self.self],
  __name__: [(self: PyBoundMethod) => self.func instanceof PyFunction ? self.func.name : null],
  __doc__: [(self: PyBoundMethod) => self.func instanceof PyFunction ? self.func.doc : null],
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
});

defineNativeMethods(cellType, {
  __repr__: [
    "",
    (self: PyCell) =>
      self.contents === undefined
        ? `<cell at ${addressOf(self)}: empty>`
        : `<cell at ${addressOf(self)}: ${typeOf(self.contents).name} object at ${
          addressOf(self.contents)
        }>`,
  ],
});
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
defineNativeMethods(notImplementedType, { __repr__: ["", () => "NotImplemented"] });

/** `__call__` of the callable builtin kinds, so `callable()` and `f.__call__(...)` see them. */
for (
  const type of [
    functionType,
    builtinFunctionType,
    methodDescriptorType,
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

defineGetSets(builtinFunctionType, {
  __name__: [(self: PyBuiltinFunction) => self.name],
  __qualname__: [(self: PyBuiltinFunction) => self.qualname],
  __doc__: [(self: PyBuiltinFunction) => self.doc],
  __self__: [
    (self: PyBuiltinFunction) =>
      self.self !== undefined ? self.self : constructorOwner(self) ?? null,
  ],
});
defineGetSets(methodDescriptorType, {
  __name__: [(self: PyMethodDescriptor) => self.name],
  __qualname__: [(self: PyMethodDescriptor) => self.qualname],
  __doc__: [(self: PyMethodDescriptor) => self.doc],
  __objclass__: [(self: PyMethodDescriptor) => self.owner],
});
