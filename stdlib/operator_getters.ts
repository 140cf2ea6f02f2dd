/**
 * operator.itemgetter, attrgetter and methodcaller: callable objects that
 * fetch items, (dotted) attributes, or call a named method.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import type { PyType } from "../vm/objects/type.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { getSubscript } from "../vm/runtime/subscript.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import { noKeywords } from "./native_type.ts";

export const itemgetterType = makeBuiltinType("itemgetter");
export const attrgetterType = makeBuiltinType("attrgetter");
export const methodcallerType = makeBuiltinType("methodcaller");

const repr = (value: PyValue) => toJsString(reprOf(value));

class PyItemGetter extends PyObject {
  constructor(cls: PyType, readonly items: PyValue[]) {
    super(cls);
  }
}

class PyAttrGetter extends PyObject {
  constructor(cls: PyType, readonly names: string[]) {
    super(cls);
  }
}

class PyMethodCaller extends PyObject {
  constructor(
    cls: PyType,
    readonly name: string,
    readonly args: PyValue[],
    readonly kwnames: string[],
  ) {
    super(cls);
  }
}

function oneArgument(name: string, args: readonly PyValue[], kwnames: readonly string[] | null) {
  noKeywords(name, kwnames);
  if (args.length !== 1) {
    throw pyError("TypeError", `${name} expected 1 argument, got ${args.length}`);
  }
  return args[0];
}

registerConstructor(itemgetterType, (cls, args, kwnames) => {
  noKeywords("itemgetter", kwnames);
  if (args.length < 1) throw pyError("TypeError", "itemgetter expected 1 argument, got 0");
  return new PyItemGetter(cls, [...args]);
});

registerConstructor(attrgetterType, (cls, args, kwnames) => {
  noKeywords("attrgetter", kwnames);
  if (args.length < 1) throw pyError("TypeError", "attrgetter expected 1 argument, got 0");
  return new PyAttrGetter(
    cls,
    args.map((name) => {
      if (!isStr(name)) throw pyError("TypeError", "attribute name must be a string");
      return toJsString(name as PyStr);
    }),
  );
});

registerConstructor(methodcallerType, (cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional < 1) {
    throw pyError("TypeError", "methodcaller needs at least one argument, the method name");
  }
  if (!isStr(args[0])) throw pyError("TypeError", "method name must be a string");
  return new PyMethodCaller(cls, toJsString(args[0] as PyStr), args.slice(1), [
    ...(kwnames ?? []),
  ]);
});

function dottedAttribute(obj: PyValue, name: string): PyValue {
  let value = obj;
  for (const part of name.split(".")) value = getAttribute(value, part);
  return value;
}

defineNativeMethods(itemgetterType, {
  __call__: [
    "*args, **kwargs",
    (self: PyItemGetter, args: PyValue[], kwargs: Map<string, PyValue>) => {
      const obj = oneArgument("itemgetter", args, kwargs.size > 0 ? [...kwargs.keys()] : null);
      if (self.items.length === 1) return getSubscript(obj, self.items[0]);
      return newTuple(self.items.map((item) => getSubscript(obj, item)));
    },
  ],
  __repr__: ["", (self: PyItemGetter) => `operator.itemgetter(${self.items.map(repr).join(", ")})`],
  __reduce__: ["", (self: PyItemGetter) => newTuple([self.cls, newTuple(self.items)])],
});

defineNativeMethods(attrgetterType, {
  __call__: [
    "*args, **kwargs",
    (self: PyAttrGetter, args: PyValue[], kwargs: Map<string, PyValue>) => {
      const obj = oneArgument("attrgetter", args, kwargs.size > 0 ? [...kwargs.keys()] : null);
      if (self.names.length === 1) return dottedAttribute(obj, self.names[0]);
      return newTuple(self.names.map((name) => dottedAttribute(obj, name)));
    },
  ],
  __repr__: ["", (self: PyAttrGetter) => `operator.attrgetter(${self.names.map(repr).join(", ")})`],
  __reduce__: ["", (self: PyAttrGetter) => newTuple([self.cls, newTuple(self.names)])],
});

defineNativeMethods(methodcallerType, {
  __call__: [
    "*args, **kwargs",
    (self: PyMethodCaller, args: PyValue[], kwargs: Map<string, PyValue>) => {
      const obj = oneArgument("methodcaller", args, kwargs.size > 0 ? [...kwargs.keys()] : null);
      return callObject(
        getAttribute(obj, self.name),
        self.args,
        self.kwnames.length > 0 ? self.kwnames : null,
      );
    },
  ],
  // methodcaller_reduce: keywords go into a functools.partial of the type.
  __reduce__: ["", (self: PyMethodCaller) => {
    const positional = self.args.slice(0, self.args.length - self.kwnames.length);
    if (self.kwnames.length === 0) {
      return newTuple([self.cls, newTuple([self.name, ...positional])]);
    }
    const partial = getAttribute(importAbsolute("functools"), "partial");
    const keywords = self.args.slice(positional.length);
    const bound = callObject(partial, [self.cls, self.name, ...keywords], self.kwnames);
    return newTuple([bound, newTuple(positional)]);
  }],
  __repr__: ["", (self: PyMethodCaller) => {
    const positional = self.args.length - self.kwnames.length;
    const parts = [repr(self.name), ...self.args.slice(0, positional).map(repr)];
    self.kwnames.forEach((name, i) => parts.push(`${name}=${repr(self.args[positional + i])}`));
    return `operator.methodcaller(${parts.join(", ")})`;
  }],
});
