/**
 * `repr(float)` and `repr(complex)` as CPython 3.11 writes them: the shortest
 * digit string that reads back as the same double, laid out by
 * PyOS_double_to_string's 'r' code (float_to_string.ts) — exponent notation
 * when the decimal point position is <= -4 or > 16, `.0` appended to whole
 * floats but not inside complex reprs (`1j`, `(1+2j)`), `inf`/`nan`, and a
 * `+` on the imaginary part after a real part (so `+nan` there too).
 */
import { doubleToString } from "./float_to_string.ts";

export function floatRepr(value: number): string {
  // Hot path (json.dumps, str() of floats): from 1e-4 up to 1e16 repr is
  // positional, and so is JS's String(), with the same shortest digits.
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e16) {
    const text = String(value);
    return Number.isInteger(value) ? text + ".0" : text;
  }
  return doubleToString(value, "r", 0, { addDotZero: true });
}

export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return doubleToString(imag, "r", 0) + "j";
  const realText = doubleToString(real, "r", 0);
  const imagText = doubleToString(imag, "r", 0, { alwaysSign: true });
  return `(${realText}${imagText}j)`;
}
