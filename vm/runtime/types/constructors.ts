/**
 * Constructors of the builtin types whose own modules do not register one:
 * bool, str, int, float, complex, dict, set, frozenset, slice, property,
 * staticmethod, classmethod.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { boolType, intType, objectType, strType } from "../../objects/core_types.ts";
import { floatType, PyFloat } from "../../objects/float.ts";
import { dictType, PyDict } from "../../objects/dict.ts";
import { frozensetType, setType } from "../../objects/set.ts";
import { dictUpdateFrom } from "../../objects/dict_methods.ts";
import { newFrozenSet, newSet, setUpdateFrom } from "../../objects/set_methods.ts";
import { PySlice, sliceType } from "../../objects/slice.ts";
import {
  classmethodType,
  propertyType,
  PyClassMethod,
  PyProperty,
  PyStaticMethod,
  staticmethodType,
} from "../../objects/descriptors.ts";
import { defineNativeMethods, raiseQuietly } from "../../objects/native_function.ts";
import { intToDecimal, invalidLiteralError, parseIntLiteral } from "../../objects/int_text.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { defineMembers } from "../../objects/member.ts";
import { pyError } from "../../objects/exceptions.ts";
import { setMappedAttribute } from "../../objects/instance_map.ts";
import { typeOf } from "../../objects/typeof.ts";
import { reprOf, strOf } from "../../objects/str_convert.ts";
import { PyBoxedStr, strOperand } from "../../objects/str_boxed.ts";
import { isStr, strFromJs, toJsString } from "../../objects/str_wide.ts";
import { expectStr } from "../../objects/str_args.ts";
import { bufferOf } from "../../objects/buffer.ts";
import { bytesType, PyBytes } from "../../objects/bytes.ts";
import { decodeBytes } from "../../objects/str_decode.ts";
import { slotOf } from "../slots.ts";
import {
  complexFromValues,
  floatFromValue,
  intFromValue,
  intInstance,
} from "../../objects/numeric_construct.ts";
import { complexType, PyComplex } from "../../objects/complex.ts";
import {
  callType,
  type NativeInitializer,
  positionalOnlyArguments,
  registerConstructor,
  registerInitializer,
  registerPlainConstruction,
} from "../call_type.ts";
import { isTrue } from "../operators.ts";
import { late } from "../late_protocols.ts";
import { callObject } from "../call.ts";
import { consumeGenerator, isPlainGenerator, PUSH_DECLINED, PUSH_TAKEN } from "../generator.ts";
import {
  attributeStorage,
  bindDescriptor,
  getAttributeIfPresent,
  propertyStore,
} from "../attributes.ts";
import { withInstanceStorage } from "../../objects/instance.ts";

function positionalOnly(
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  max: number,
) {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", `${name}() takes no keyword arguments`);
  }
  if (args.length > max) {
    throw pyError(
      "TypeError",
      `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`,
    );
  }
}

registerConstructor(boolType, (_cls, args, kwnames) => {
  positionalOnly("bool", args, kwnames, 1);
  return args.length === 0 ? false : isTrue(args[0]);
});

registerConstructor(strType, (cls, args, kwnames) => {
  const [object, encoding, errors] = bindArguments(
    "str",
    ["object", "encoding", "errors"],
    args,
    kwnames,
    0,
  );
  const value: PyValue = object === undefined
    ? ""
    : encoding === undefined && errors === undefined
    ? strOfObject(object)
    : strFromEncoded(object, encoding, errors);
  if (cls === strType) return value;
  return new PyBoxedStr(strOperand(value)!, cls);
});

/**
 * str(x), CPython's PyObject_Str: a str subclass instance that `__str__`
 * returns is the result itself.
 */
function strOfObject(value: PyValue): PyValue {
  if (value === null || typeof value !== "object" || isStr(value)) return strOf(value);
  if (value instanceof PyFloat && value.cls === floatType) return strOf(value);
  return specialStrResult(value, "__str__");
}

/** The result of `value.__str__()`/`__repr__()` (a str or str subclass instance), checked. */
export function specialStrResult(value: PyValue, name: "__str__" | "__repr__"): PyValue {
  const method = slotOf(typeOf(value), name);
  if (method === undefined) return name === "__str__" ? strOf(value) : reprOf(value);
  const result = method(value);
  if (strOperand(result) === undefined) {
    throw pyError("TypeError", `${name} returned non-string (type ${typeOf(result).tpName})`);
  }
  return result;
}

/** str(obj, encoding, errors): PyUnicode_FromEncodedObject. */
function strFromEncoded(
  value: PyValue,
  encoding: PyValue | undefined,
  errors: PyValue | undefined,
): PyValue {
  const encodingText = encoding === undefined
    ? "utf-8"
    : expectStr(encoding, "str() argument 'encoding' must be str, not ");
  const errorsText = errors === undefined
    ? "strict"
    : expectStr(errors, "str() argument 'errors' must be str, not ");
  if (isStr(value) || value instanceof PyBoxedStr) {
    throw pyError("TypeError", "decoding str is not supported");
  }
  const buffer = value instanceof PyBytes ? value.bytes : bufferOf(value);
  if (buffer === undefined) {
    throw pyError(
      "TypeError",
      `decoding to str: need a bytes-like object, ${typeOf(value).tpName} found`,
    );
  }
  const data = value instanceof PyBytes && value.cls === bytesType ? value : new PyBytes(buffer);
  return decodeBytes(data, encodingText, errorsText, true);
}

registerConstructor(intType, (cls, args, kwnames) => {
  const [x, base] = bindArguments("int", ["x", "base"], args, kwnames, 1);
  if (x === undefined && base !== undefined) {
    throw pyError("TypeError", "int() missing string argument");
  }
  return intInstance(cls, x === undefined ? 0 : intFromValue(x, base));
});

/** `str(i)` of an int and `str(s)` of an exact str from the eval loop: the text at once. */
strType.quietCall = (args) => {
  if (args.length === 1) {
    const value = args[0];
    if (typeof value === "number") return intToDecimal(value);
    if (isStr(value)) return value;
  }
  return callType(strType, args, null);
};

/**
 * `int(text)` and `int(text, base)` of an exact str from the eval loop: a
 * text that is no literal raises its ValueError quietly (parse loops catch
 * it as control flow, and a JS throw costs a microsecond or more).
 */
intType.quietCall = (args) => {
  const text = args[0];
  const base = args.length === 2 ? args[1] : 10;
  if (
    (args.length === 1 || args.length === 2) && isStr(text) && typeof base === "number" &&
    (base === 0 || (base >= 2 && base <= 36))
  ) {
    const source = toJsString(text);
    const value = parseIntLiteral(source, base);
    return value !== undefined ? value : raiseQuietly(invalidLiteralError(source, base));
  }
  return callType(intType, args, null);
};

/** int(x) for an object with `__int__` (PyNumber_Long's first step): its result, an int. */
const objectInit = objectType.dict.get("__init__");
registerConstructor(floatType, (cls, args, kwnames) => {
  // A subclass with an __init__ of its own may take keywords: float.__new__ ignores them.
  if (kwnames !== null && cls !== floatType && cls.lookup("__init__") !== objectInit) {
    args = args.slice(0, args.length - kwnames.length);
    kwnames = null;
  }
  positionalOnly("float", args, kwnames, 1);
  return new PyFloat(args.length === 0 ? 0 : floatFromValue(args[0]), cls);
});

registerConstructor(complexType, (cls, args, kwnames) => {
  const [real, imag] = bindArguments("complex", ["real", "imag"], args, kwnames, 0);
  const [re, im] = complexFromValues(real, imag);
  return new PyComplex(re, im, cls);
});

/**
 * (x, base), (real, imag), (object, encoding, errors): positional or keyword,
 * the first `positionalOnly` positional only; CPython's getargs messages.
 */
function bindArguments(
  name: string,
  names: readonly string[],
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  positionalOnly: number,
): (PyValue | undefined)[] {
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > names.length) {
    throw pyError(
      "TypeError",
      `${name}() takes at most ${names.length} arguments (${positional} given)`,
    );
  }
  const bound: (PyValue | undefined)[] = names.map((_, i) => i < positional ? args[i] : undefined);
  kwnames?.forEach((keyword, i) => {
    const index = names.indexOf(keyword);
    if (index < positionalOnly) {
      throw pyError("TypeError", `'${keyword}' is an invalid keyword argument for ${name}()`);
    }
    if (bound[index] !== undefined) {
      throw pyError(
        "TypeError",
        `argument for ${name}() given by name ('${keyword}') and position (${index + 1})`,
      );
    }
    bound[index] = args[positional + i];
  });
  return bound;
}

registerConstructor(dictType, (cls) => new PyDict(cls));
registerInitializer(dictType, (self, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 1) {
    throw pyError("TypeError", `dict expected at most 1 argument, got ${positional}`);
  }
  const dict = self as PyDict;
  if (positional === 1) dictUpdateFrom(dict, args[0]);
  kwnames?.forEach((name, i) => dict.set(strFromJs(name), args[positional + i]));
});

registerConstructor(setType, (cls) => newSet(cls));
const initializeSet: NativeInitializer = (self, args, kwnames) => {
  // set.__init__ takes no keywords even under a __new__; the count is checked under the class's name.
  positionalOnly("set", [], kwnames, 0);
  if (args.length > 1) positionalOnly(typeOf(self).tpName, args, null, 1);
  const set = self as ReturnType<typeof newSet>;
  set.clear();
  if (args.length === 0) return;
  const source = args[0];
  if (isPlainGenerator(source)) {
    // set(x for x in ...): the generator in push mode, keys whose hash runs no Python code
    // added from inside its frame (generator.ts consumeGenerator).
    const add = (key: PyValue) => (set.add(key), true);
    consumeGenerator(
      source,
      (key) => quietlyHashed(key) ? (add(key), PUSH_TAKEN) : PUSH_DECLINED,
      add,
    );
  } else setUpdateFrom(set, source);
};
registerInitializer(setType, initializeSet);
// set() and set(iterable) in one step: the two above, one after the other
// (a fresh set per `d.setdefault(k, set())` in loops, bench/programs/wordfreq.py).
registerPlainConstruction(setType, (cls, args) => {
  if (args.length === 0 && cls === setType) return newSet(cls);
  const set = withInstanceStorage(newSet(cls), cls);
  initializeSet(set, args, null);
  return set;
});

/** A key hashed and compared without Python code: an int, a bool, None, a primitive str, an exact float. */
function quietlyHashed(key: PyValue): boolean {
  return key === null || typeof key === "number" || typeof key === "string" ||
    typeof key === "boolean" || typeof key === "bigint" ||
    (key instanceof PyFloat && key.cls === floatType);
}
registerConstructor(frozensetType, (cls, allArgs, kwnames) => {
  const args = positionalOnlyArguments(
    "frozenset",
    cls,
    frozensetType,
    "__init__",
    allArgs,
    kwnames,
  );
  positionalOnly("frozenset", args, null, 1);
  return cls === frozensetType ? newFrozenSet(args[0]) : newSet(cls, args[0]);
});
registerInitializer(frozensetType, () => {});

registerConstructor(sliceType, (_cls, args, kwnames) => {
  positionalOnly("slice", args, kwnames, 3);
  if (args.length === 0) throw pyError("TypeError", "slice expected at least 1 argument, got 0");
  if (args.length === 1) return new PySlice(null, args[0], null);
  return new PySlice(args[0], args[1], args[2] ?? null);
});
registerInitializer(sliceType, () => {});

function wrapper(type: PyType, make: (func: PyValue, cls: PyType) => PyValue, name: string): void {
  registerConstructor(type, (cls, args, kwnames) => {
    positionalOnly(name, args, kwnames, 1);
    if (args.length !== 1) {
      throw pyError("TypeError", `${name} expected 1 argument, got ${args.length}`);
    }
    const made = make(args[0], cls);
    copyWrappedAttributes(made as PyClassMethod | PyStaticMethod, args[0]);
    return made;
  });
  registerInitializer(type, () => {});
}

/** getattr(obj, name) as CPython's _PyObject_LookupAttr: undefined for an AttributeError. */
function lookupAttribute(obj: PyValue, name: string): PyValue | undefined {
  return getAttributeIfPresent(obj, name);
}

/** functools_wraps in CPython's cm_init/sm_init: the wrapped callable's names and docs. */
function copyWrappedAttributes(wrapper: PyClassMethod | PyStaticMethod, wrapped: PyValue): void {
  for (const name of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
    const value = lookupAttribute(wrapped, name);
    if (value !== undefined) setMappedAttribute(wrapper, name, value);
  }
}
wrapper(staticmethodType, (func, cls) => new PyStaticMethod(func, cls), "staticmethod");
wrapper(classmethodType, (func, cls) => new PyClassMethod(func, cls), "classmethod");
/**
 * `__isabstractmethod__` of a wrapped callable (abc.abstractmethod marks it
 * so), as CPython's _PyObject_IsAbstract: a missing one is false, any other
 * error of the lookup or of its truth propagates.
 */
function isAbstract(value: PyValue): boolean {
  if (value === null) return false;
  const marker = lookupAttribute(value, "__isabstractmethod__");
  return marker !== undefined && isTrue(marker);
}
defineGetSets(staticmethodType, {
  __func__: [(self: PyStaticMethod) => self.func],
  __wrapped__: [(self: PyStaticMethod) => self.func],
  __isabstractmethod__: [(self: PyStaticMethod) => isAbstract(self.func)],
});
defineGetSets(classmethodType, {
  __func__: [(self: PyClassMethod) => self.func],
  __wrapped__: [(self: PyClassMethod) => self.func],
  __isabstractmethod__: [(self: PyClassMethod) => isAbstract(self.func)],
});
for (const type of [staticmethodType, classmethodType]) {
  defineNativeMethods(type, {
    __repr__: [
      "",
      (self: PyClassMethod | PyStaticMethod) => `<${type.name}(${toJsString(reprOf(self.func))})>`,
    ],
    __get__: [
      "instance, owner=None, /",
      (self: PyValue, instance: PyValue, owner: PyValue) => {
        if (instance === null && owner === null) {
          throw pyError("TypeError", "__get__(None, None) is invalid");
        }
        return bindDescriptor(
          self,
          instance === null ? undefined : instance,
          (owner ?? typeOf(instance)) as PyType,
        );
      },
    ],
  });
}

registerConstructor(propertyType, (cls) => new PyProperty(null, null, null, null, cls));
registerInitializer(propertyType, (self, args, kwnames) => {
  const names = ["fget", "fset", "fdel", "doc"];
  const values: PyValue[] = [null, null, null, null];
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 4) {
    throw pyError("TypeError", `property() takes at most 4 arguments (${positional} given)`);
  }
  for (let i = 0; i < positional; i++) values[i] = args[i];
  kwnames?.forEach((name, i) => {
    const index = names.indexOf(name);
    if (index < 0) {
      throw pyError("TypeError", `'${name}' is an invalid keyword argument for property()`);
    }
    values[index] = args[positional + i];
  });
  const property = self as PyProperty;
  [property.fget, property.fset, property.fdel, property.doc] = values;
  if (property.doc === null && property.fget !== null) {
    try {
      property.doc = late.getAttribute(property.fget, "__doc__");
    } catch {
      property.doc = null;
    }
    // A subclass instance keeps the getter's doc as an instance attribute, over the class's.
    const storage = property.cls === propertyType ? null : attributeStorage(property);
    if (storage !== null) setMappedAttribute(storage, "__doc__", property.doc);
  }
});

function copyProperty(self: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyValue {
  const copy = callObject(typeOf(self), [fget, fset, fdel, self.doc], null);
  if (copy instanceof PyProperty) copy.name = self.name;
  return copy;
}
defineNativeMethods(propertyType, {
  __set__: ["instance, value, /", (self: PyProperty, instance: PyValue, value: PyValue) => {
    propertyStore(self, instance, value);
    return null;
  }],
  __delete__: ["instance, /", (self: PyProperty, instance: PyValue) => {
    propertyStore(self, instance, undefined);
    return null;
  }],
  __set_name__: ["owner, name, /", (self: PyProperty, _owner: PyValue, name: PyValue) => {
    self.name = name;
    return null;
  }],
  getter: [
    "fget, /",
    (self: PyProperty, f: PyValue) => copyProperty(self, f, self.fset, self.fdel),
  ],
  setter: [
    "fset, /",
    (self: PyProperty, f: PyValue) => copyProperty(self, self.fget, f, self.fdel),
  ],
  deleter: [
    "fdel, /",
    (self: PyProperty, f: PyValue) => copyProperty(self, self.fget, self.fset, f),
  ],
  __get__: [
    "instance, owner=None, /",
    (self: PyProperty, instance: PyValue, owner: PyValue) =>
      bindDescriptor(
        self,
        instance === null ? undefined : instance,
        (owner ?? typeOf(instance)) as PyType,
      ),
  ],
});
defineMembers(propertyType, {
  fget: [(self: PyProperty) => self.fget],
  fset: [(self: PyProperty) => self.fset],
  fdel: [(self: PyProperty) => self.fdel],
});
defineGetSets(propertyType, {
  __doc__: [(self: PyProperty) => self.doc, (self: PyProperty, value: PyValue | undefined) => {
    self.doc = value ?? null;
  }],
  __isabstractmethod__: [
    (self: PyProperty) => isAbstract(self.fget) || isAbstract(self.fset) || isAbstract(self.fdel),
  ],
});
