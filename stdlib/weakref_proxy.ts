/**
 * `weakref.proxy` objects (ProxyType, CallableProxyType): every operation on
 * a proxy is the same operation on its referent, or ReferenceError once the
 * referent is gone. As CPython's weakref proxies, a proxy among the operands
 * of an operator or comparison stands for its referent, so `proxy + 1`,
 * `1 + proxy` and `proxy == other_proxy` all see the referents; the in-place
 * operators return what the referent's operator returns, not the proxy.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { intType, makeBuiltinType } from "../vm/objects/core_types.ts";
import { defineNativeMethods, type NativeImplementation } from "../vm/objects/native_function.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import type { PyType } from "../vm/objects/type.ts";
import { floatType } from "../vm/objects/float.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { indexValue } from "../vm/objects/slice.ts";
import { callObject } from "../vm/runtime/call.ts";
import {
  binaryOp,
  COMPARE_BY_INDEX,
  compareOp,
  containsOp,
  DUNDERS_BY_INDEX,
  isTrue,
  unaryInvert,
  unaryNegative,
  unaryPositive,
} from "../vm/runtime/operators.ts";
import { INPLACE_OFFSET } from "../vm/compiler/opcodes.ts";
import { addressOf } from "../vm/runtime/identity.ts";
import { deleteAttribute, getAttribute, setAttribute } from "../vm/runtime/attributes.ts";
import { deleteSubscript, getSubscript, setSubscript } from "../vm/runtime/subscript.ts";
import { lengthOf } from "../vm/runtime/builtin_functions.ts";
import { getIterator, nextOrUndefined } from "../vm/runtime/iteration.ts";
import { slotOf } from "../vm/runtime/slots.ts";
import { builtinNamed } from "../vm/runtime/types/iterator_reduce.ts";

export const proxyType = makeBuiltinType("ProxyType", undefined, { subclassable: false });
export const callableProxyType = makeBuiltinType("CallableProxyType", undefined, {
  subclassable: false,
});

/** What a proxy needs of its weak reference. */
interface Dereferenceable {
  deref(): PyObject | undefined;
}

export class PyWeakProxy extends PyObject {
  constructor(cls: PyType, readonly reference: Dereferenceable) {
    super(cls);
  }
  referent(): PyObject {
    const referent = this.reference.deref();
    if (referent === undefined) {
      throw pyError("ReferenceError", "weakly-referenced object no longer exists");
    }
    return referent;
  }
}

/** A proxy operand stands for its referent (CPython's UNWRAP). */
const unwrap = (value: PyValue) => value instanceof PyWeakProxy ? value.referent() : value;

type Proxy = PyWeakProxy;
type MethodTable = Record<string, readonly [string, NativeImplementation]>;

function forwardingMethods(): MethodTable {
  const methods: MethodTable = {
    __getattribute__: [
      "name, /",
      (self: Proxy, name: PyValue) => getAttribute(self.referent(), strOf(name) as string),
    ],
    __setattr__: ["name, value, /", (self: Proxy, name: PyValue, value: PyValue) => {
      setAttribute(self.referent(), strOf(name) as string, value);
      return null;
    }],
    __delattr__: ["name, /", (self: Proxy, name: PyValue) => {
      deleteAttribute(self.referent(), strOf(name) as string);
      return null;
    }],
    __repr__: [
      "",
      (self: Proxy) =>
        `<weakproxy at ${addressOf(self)} to ${typeOf(self.referent()).tpName} at ${
          addressOf(self.referent())
        }>`,
    ],
    __str__: ["", (self: Proxy) => strOf(self.referent())],
    __bool__: ["", (self: Proxy) => isTrue(self.referent())],
    __len__: ["", (self: Proxy) => lengthOf(self.referent())],
    __getitem__: ["key, /", (self: Proxy, key: PyValue) => getSubscript(self.referent(), key)],
    __setitem__: ["key, value, /", (self: Proxy, key: PyValue, value: PyValue) => {
      setSubscript(self.referent(), key, value);
      return null;
    }],
    __delitem__: ["key, /", (self: Proxy, key: PyValue) => {
      deleteSubscript(self.referent(), key);
      return null;
    }],
    __contains__: ["key, /", (self: Proxy, key: PyValue) => containsOp(key, self.referent())],
    __iter__: ["", (self: Proxy) => getIterator(self.referent())],
    __next__: ["", (self: Proxy) => {
      const referent = self.referent();
      if (slotOf(typeOf(referent), "__next__") === undefined) {
        throw pyError(
          "TypeError",
          `Weakref proxy referenced a non-iterator '${typeOf(referent).tpName}' object`,
        );
      }
      const value = nextOrUndefined(referent);
      if (value === undefined) throw pyError("StopIteration");
      return value;
    }],
    __reversed__: [
      "",
      (self: Proxy) => callObject(builtinNamed("reversed"), [self.referent()], null),
    ],
    __bytes__: [
      "",
      (self: Proxy) => callObject(builtinNamed("bytes"), [self.referent()], null),
    ],
    __neg__: ["", (self: Proxy) => unaryNegative(self.referent())],
    __pos__: ["", (self: Proxy) => unaryPositive(self.referent())],
    __invert__: ["", (self: Proxy) => unaryInvert(self.referent())],
    __abs__: ["", (self: Proxy) => callObject(builtinNamed("abs"), [self.referent()], null)],
    __int__: ["", (self: Proxy) => callObject(intType, [self.referent()], null)],
    __float__: ["", (self: Proxy) => callObject(floatType, [self.referent()], null)],
    __index__: [
      "",
      (self: Proxy) => {
        const referent = self.referent();
        return indexValue(
          referent,
          () => `'${typeOf(referent).tpName}' object cannot be interpreted as an integer`,
        );
      },
    ],
    __divmod__: ["value, /", (self: Proxy, other: PyValue) => divmod(self.referent(), other)],
    __rdivmod__: ["value, /", (self: Proxy, other: PyValue) => divmod(other, self.referent())],
  };
  DUNDERS_BY_INDEX.forEach(([name, reflected, inplace], operator) => {
    methods[name] = [
      "value, /",
      (self: Proxy, other: PyValue) => binaryOp(operator, self.referent(), unwrap(other)),
    ];
    methods[reflected] = [
      "value, /",
      (self: Proxy, other: PyValue) => binaryOp(operator, unwrap(other), self.referent()),
    ];
    methods[inplace] = [
      "value, /",
      (self: Proxy, other: PyValue) =>
        binaryOp(operator + INPLACE_OFFSET, self.referent(), unwrap(other)),
    ];
  });
  COMPARE_BY_INDEX.forEach(([name], operator) => {
    methods[name] = [
      "value, /",
      (self: Proxy, other: PyValue) => compareOp(operator, self.referent(), unwrap(other)),
    ];
  });
  return methods;
}

function divmod(a: PyValue, b: PyValue): PyValue {
  return callObject(builtinNamed("divmod"), [unwrap(a), unwrap(b)], null);
}

const methods = forwardingMethods();
for (const type of [proxyType, callableProxyType]) {
  defineNativeMethods(type, methods);
  type.dict.set("__hash__", null);
}
defineNativeMethods(callableProxyType, {
  __call__: [
    "*args, **kwargs",
    (self: Proxy, args: PyValue[], kwargs: Map<string, PyValue>) =>
      callObject(
        self.referent(),
        [...args, ...kwargs.values()],
        kwargs.size ? [...kwargs.keys()] : null,
      ),
  ],
});
