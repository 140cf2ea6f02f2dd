/**
 * pow(base, exp, mod) with a modulus: CPython's ternary_op over the builtin
 * numeric types' power slots (vm/objects/int_arith.ts, float_arith.ts,
 * complex_arith.ts) and Python classes' `__pow__`.
 */
import type { PyValue } from "../../objects/object.ts";
import type { PyType } from "../../objects/type.ts";
import { intType } from "../../objects/core_types.ts";
import { floatType } from "../../objects/float.ts";
import { complexType } from "../../objects/complex.ts";
import { typeOf } from "../../objects/typeof.ts";
import { pyError } from "../../objects/exceptions.ts";
import { NotImplemented } from "../../objects/singletons.ts";
import * as ints from "../../objects/int_arith.ts";
import * as floats from "../../objects/float_arith.ts";
import * as complexes from "../../objects/complex_arith.ts";
import { type AnySlot, slotOf } from "../slots.ts";
/**
 * The base's `__pow__` first (the exponent's first when its type is a proper
 * subclass), then the exponent's and the modulus's types' slots, each once.
 * The builtin numeric slots take any operand order (float's and complex's
 * refuse any modulus); a Python class's `__pow__` is only consulted for the
 * base, as slot_nb_power does (three-argument pow never calls `__rpow__`).
 */
export function ternaryPower(base: PyValue, exp: PyValue, mod: PyValue): PyValue {
  const baseType = typeOf(base);
  const candidates: AnySlot[] = [];
  const baseSlot = slotOf(baseType, "__pow__");
  const expSlot = builtinPowerSlot(typeOf(exp), baseType);
  if (expSlot !== undefined && typeOf(exp).isSubtypeOf(baseType)) candidates.push(expSlot);
  if (baseSlot !== undefined) candidates.push(baseSlot);
  if (expSlot !== undefined && !candidates.includes(expSlot)) candidates.push(expSlot);
  const modType = typeOf(mod);
  if (modType !== baseType && modType !== typeOf(exp)) {
    const modSlot = builtinPowerSlot(modType, baseType);
    if (modSlot !== undefined) candidates.push(modSlot);
  }
  for (const slot of candidates) {
    const result = slot(base, exp, mod);
    if (result !== NotImplemented) return result;
  }
  throw pyError(
    "TypeError",
    `unsupported operand type(s) for ** or pow(): '${baseType.tpName}', '${
      typeOf(exp).tpName
    }', '${modType.name}'`,
  );
}

/** The builtin numeric power slot of `type` when it differs from the base's type. */
function builtinPowerSlot(type: PyType, baseType: PyType): AnySlot | undefined {
  if (type === baseType) return undefined;
  for (const klass of type.mro) {
    if (klass === intType) return (a, b, m) => ints.intPower(a, b, m);
    if (klass === floatType) return (a, b, m) => floats.floatPower(a, b, m);
    if (klass === complexType) return (a, b, m) => complexes.complexPower(a, b, m);
  }
  return undefined;
}
