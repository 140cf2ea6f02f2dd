/**
 * NUMBER tokens -> constant values (CPython's parsenumber): ints become JS
 * numbers inside the safe range and bigints beyond it, floats are boxed in
 * PyFloat, `Nj` literals become PyComplex(0, N). The tokenizer has already
 * checked the spelling, so only underscores need removing.
 */
import { type ConstantValue, PyComplex, PyFloat } from "../ast.ts";

/** CPython's default sys.get_int_max_str_digits(). */
const MAX_DECIMAL_DIGITS = 4300;

export class IntegerTooLong {
  constructor(readonly digits: number) {}
}

export function parseNumber(text: string): ConstantValue | IntegerTooLong {
  const clean = text.includes("_") ? text.replaceAll("_", "") : text;
  const last = clean.charCodeAt(clean.length - 1) | 0x20;
  if (last === 0x6a /* j */) return new PyComplex(0, Number(clean.slice(0, -1)));
  const second = clean.length > 1 ? clean.charCodeAt(1) | 0x20 : 0;
  if (
    clean.charCodeAt(0) === 0x30 /* 0 */ && (second === 0x78 || second === 0x6f || second === 0x62)
  ) {
    return normalizeInt(BigInt(clean.toLowerCase()));
  }
  if (/[.eE]/.test(clean)) return new PyFloat(Number(clean));
  if (clean.length <= 15) return Number(clean);
  if (clean.length > MAX_DECIMAL_DIGITS) return new IntegerTooLong(clean.length);
  return normalizeInt(BigInt(clean));
}

function normalizeInt(value: bigint): number | bigint {
  return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value;
}
