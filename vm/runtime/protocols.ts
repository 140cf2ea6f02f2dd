/**
 * Wiring of the late-bound protocols (late_protocols.ts) to the interpreter:
 * the object-model leaf modules call these for Python-defined objects.
 */
import type { PyValue } from "../objects/object.ts";
import { typeOf } from "../objects/typeof.ts";
import { ExceptionType, PyBaseException, pyError } from "../objects/exceptions.ts";
import { intOperand } from "../objects/int_value.ts";
import { warnExplicitFromNative, warnFromNative } from "../../stdlib/_warnings.ts";
import { PyFloat } from "../objects/float.ts";
import { isStr, type PyStr, toJsString } from "../objects/str_wide.ts";
import { strOperand } from "../objects/str_boxed.ts";
import { installLateProtocols } from "./late_protocols.ts";
import { callSpecialMethod, slotOf } from "./slots.ts";
import { callObject } from "./call.ts";
import { getAttribute } from "./attributes.ts";
import { iterateToArray, iterateValues } from "./iteration.ts";
import { COMPARE_EQ, compareOp, isTrue } from "./operators.ts";
import { unhashable } from "./hash.ts";
import { intHash } from "./hash_numeric.ts";
import { defaultRepr } from "./types/object_type.ts";

/** A str (or str subclass instance, taken as its str value) from __repr__/__str__. */
function stringResult(value: PyValue, method: string): string {
  const text = isStr(value) ? value as PyStr : strOperand(value);
  if (text === undefined) {
    throw pyError("TypeError", `${method} returned non-string (type ${typeOf(value).tpName})`);
  }
  return toJsString(text);
}

function indexOf(obj: PyValue): number | bigint {
  if (typeof obj === "number" || typeof obj === "bigint") return obj;
  if (typeof obj === "boolean") return obj ? 1 : 0;
  const index = slotOf(typeOf(obj), "__index__");
  if (index === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(obj).tpName}' object cannot be interpreted as an integer`,
    );
  }
  const result = index(obj);
  if (typeof result === "number" || typeof result === "bigint") return result;
  const value = intOperand(result);
  if (value === undefined) {
    throw pyError("TypeError", `__index__ returned non-int (type ${typeOf(result).tpName})`);
  }
  // A bool or int subclass instance is accepted, with CPython's DeprecationWarning.
  warnFromNative(
    ExceptionType.DeprecationWarning,
    `__index__ returned non-int (type ${typeOf(result).tpName}).  The ability to return an ` +
      "instance of a strict subclass of int is deprecated, and may be removed in a future " +
      "version of Python.",
  );
  return value;
}

/**
 * The default repr, unless the class set `__str__`/`__repr__` to None: CPython
 * then calls that None ("'NoneType' object is not callable").
 */
function defaultReprUnlessBlocked(obj: PyValue, name: string): string {
  if (typeOf(obj).lookup(name) === null) {
    throw pyError("TypeError", "'NoneType' object is not callable");
  }
  return defaultRepr(obj);
}

export function installProtocols(): void {
  installLateProtocols({
    hash(obj) {
      const hash = slotOf(typeOf(obj), "__hash__");
      if (hash === undefined) throw unhashable(obj);
      // slot_tp_hash: an int that does not fit a Py_ssize_t is hashed like an int; -1 is -2.
      const result = intOperand(hash(obj));
      if (result === undefined) {
        throw pyError("TypeError", "__hash__ method should return an integer");
      }
      if (typeof result === "bigint" && BigInt.asIntN(64, result) !== result) {
        return intHash(result);
      }
      return result === -1 || result === -1n ? -2 : result;
    },
    equals: (a, b) => isTrue(compareOp(COMPARE_EQ, a, b)),
    repr(obj) {
      const repr = slotOf(typeOf(obj), "__repr__");
      if (repr === undefined) return defaultReprUnlessBlocked(obj, "__repr__");
      return stringResult(repr(obj), "__repr__");
    },
    str(obj) {
      const str = slotOf(typeOf(obj), "__str__");
      if (str === undefined) return defaultReprUnlessBlocked(obj, "__str__");
      return stringResult(str(obj), "__str__");
    },
    index: indexOf,
    toFloat(obj) {
      if (obj instanceof PyFloat) return obj.value;
      const float = slotOf(typeOf(obj), "__float__");
      if (float !== undefined) {
        const result = float(obj);
        if (result instanceof PyFloat) return result.value;
        throw pyError(
          "TypeError",
          `${typeOf(obj).tpName}.__float__ returned non-float (type ${typeOf(result).tpName})`,
        );
      }
      if (slotOf(typeOf(obj), "__index__") !== undefined) return Number(indexOf(obj));
      throw pyError("TypeError", `must be real number, not ${typeOf(obj).tpName}`);
    },
    truth: isTrue,
    iterate: iterateValues,
    iterateToArray,
    call: callObject,
    getAttribute,
    callSpecial: callSpecialMethod,
    deprecation: (message) => warnFromNative(ExceptionType.DeprecationWarning, message),
    compileWarning: (category, message, filename, lineno) => {
      try {
        warnExplicitFromNative(ExceptionType[category], message, filename, lineno);
        return false;
      } catch (error) {
        if (error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType[category])) {
          return true;
        }
        throw error;
      }
    },
  });
}
