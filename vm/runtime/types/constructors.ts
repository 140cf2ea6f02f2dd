/**
 * Constructors of the builtin types whose own modules do not register one:
 * bool, str, int, float, complex, dict, set, frozenset, slice, property,
 * staticmethod, classmethod.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { boolType, intType, strType } from "../../objects/core_types.ts";
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
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { pyError } from "../../objects/exceptions.ts";
import { typeOf } from "../../objects/typeof.ts";
import { strOf } from "../../objects/str_convert.ts";
import { PyBoxedStr } from "../../objects/str_boxed.ts";
import {
  complexFromValues,
  floatFromValue,
  intFromValue,
  intInstance,
} from "../../objects/numeric_construct.ts";
import { complexType, PyComplex } from "../../objects/complex.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
import { isTrue } from "../operators.ts";
import { late } from "../late_protocols.ts";
import { callObject } from "../call.ts";
import { bindDescriptor } from "../attributes.ts";

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
  if (kwnames !== null || args.length > 1) {
    throw pyError("SystemError", "Taipan: str() with encoding/errors is not implemented yet");
  }
  const value = args.length === 0 ? "" : strOf(args[0]);
  return cls === strType ? value : new PyBoxedStr(value, cls);
});

registerConstructor(intType, (cls, args, kwnames) => {
  const [x, base] = bindNumberArguments("int", ["x", "base"], args, kwnames, 1);
  return intInstance(cls, x === undefined ? 0 : intFromValue(x, base));
});

registerConstructor(floatType, (cls, args, kwnames) => {
  positionalOnly("float", args, kwnames, 1);
  return new PyFloat(args.length === 0 ? 0 : floatFromValue(args[0]), cls);
});

registerConstructor(complexType, (cls, args, kwnames) => {
  const [real, imag] = bindNumberArguments("complex", ["real", "imag"], args, kwnames, 0);
  const [re, im] = complexFromValues(real, imag);
  return new PyComplex(re, im, cls);
});

/** (x, base) / (real, imag): positional or keyword, `positionalOnly` leading ones positional only. */
function bindNumberArguments(
  name: string,
  names: [string, string],
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  positionalOnly: number,
): [PyValue | undefined, PyValue | undefined] {
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 2) {
    throw pyError("TypeError", `${name}() takes at most 2 arguments (${positional} given)`);
  }
  const bound: (PyValue | undefined)[] = [args[0], args[1]].slice(0, positional);
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
  return [bound[0], bound[1]];
}

registerConstructor(dictType, (cls) => new PyDict(cls));
registerInitializer(dictType, (self, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  if (positional > 1) {
    throw pyError("TypeError", `dict expected at most 1 argument, got ${positional}`);
  }
  const dict = self as PyDict;
  if (positional === 1) dictUpdateFrom(dict, args[0]);
  kwnames?.forEach((name, i) => dict.set(name, args[positional + i]));
});

registerConstructor(setType, (cls) => newSet(cls));
registerInitializer(setType, (self, args, kwnames) => {
  positionalOnly("set", args, kwnames, 1);
  const set = self as ReturnType<typeof newSet>;
  set.clear();
  if (args.length === 1) setUpdateFrom(set, args[0]);
});
registerConstructor(frozensetType, (cls, args, kwnames) => {
  positionalOnly("frozenset", args, kwnames, 1);
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
    return make(args[0], cls);
  });
  registerInitializer(type, () => {});
}
wrapper(staticmethodType, (func, cls) => new PyStaticMethod(func, cls), "staticmethod");
wrapper(classmethodType, (func, cls) => new PyClassMethod(func, cls), "classmethod");
/** `__isabstractmethod__` of a wrapped callable (abc.abstractmethod marks it so). */
function isAbstract(value: PyValue): boolean {
  if (value === null) return false;
  try {
    return isTrue(late.getAttribute(value, "__isabstractmethod__"));
  } catch {
    return false;
  }
}
defineGetSets(staticmethodType, {
  __func__: [(self: PyStaticMethod) => self.func],
  __isabstractmethod__: [(self: PyStaticMethod) => isAbstract(self.func)],
});
defineGetSets(classmethodType, {
  __func__: [(self: PyClassMethod) => self.func],
  __isabstractmethod__: [(self: PyClassMethod) => isAbstract(self.func)],
});

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
  }
});

function copyProperty(self: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyValue {
  return callObject(typeOf(self), [fget, fset, fdel, self.doc], null);
}
defineNativeMethods(propertyType, {
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
defineGetSets(propertyType, {
  fget: [(self: PyProperty) => self.fget],
  fset: [(self: PyProperty) => self.fset],
  fdel: [(self: PyProperty) => self.fdel],
  __doc__: [(self: PyProperty) => self.doc],
  __isabstractmethod__: [
    (self: PyProperty) => isAbstract(self.fget) || isAbstract(self.fset) || isAbstract(self.fdel),
  ],
});
