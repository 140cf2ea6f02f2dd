/**
 * Hexadecimal text for byte strings: `hex(sep, bytes_per_sep)` (shared with
 * memoryview later) and the `fromhex` parser. A positive bytes_per_sep
 * groups bytes counting from the right end, a negative one from the left.
 * fromhex skips ASCII whitespace before each pair; the error position is the
 * offending character's index in the argument.
 */
import type { PyValue } from "./object.ts";
import { pyError } from "./exceptions.ts";
import { typeOf } from "./typeof.ts";
import { bufferOf } from "./buffer.ts";
import { asCInt } from "./str_args.ts";
import { isStr, strLength, toJsString } from "./str_wide.ts";
import { isAsciiSpace } from "./bytes_ctype.ts";
import { bytesFrom } from "./bytes_alloc.ts";

const HEX_DIGITS = "0123456789abcdef";

/** The separator argument of hex(): one ASCII character, from a str or a bytes. */
function separatorCode(sep: PyValue): number {
  let code: number;
  if (isStr(sep)) {
    if (strLength(sep) !== 1) throw pyError("ValueError", "sep must be length 1.");
    code = toJsString(sep).codePointAt(0)!;
  } else {
    const bytes = bufferOf(sep);
    if (bytes === undefined) {
      if (typeOf(sep).lookup("__len__") === undefined) {
        throw pyError("TypeError", `object of type '${typeOf(sep).tpName}' has no len()`);
      }
      throw pyError("TypeError", "sep must be str or bytes.");
    }
    if (bytes.length !== 1) throw pyError("ValueError", "sep must be length 1.");
    code = bytes[0];
  }
  if (code > 0x7f) throw pyError("ValueError", "sep must be ASCII.");
  return code;
}

export function bytesHex(data: Uint8Array, sep?: PyValue, bytesPerSep: PyValue = 1): string {
  const parts: string[] = [];
  for (const byte of data) parts.push(HEX_DIGITS[byte >> 4] + HEX_DIGITS[byte & 15]);
  if (sep === undefined) return parts.join("");
  const separator = String.fromCharCode(separatorCode(sep));
  const group = asCInt(bytesPerSep);
  if (group === 0 || data.length === 0) return parts.join("");
  const size = Math.abs(group);
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const boundary = group > 0 ? (parts.length - i) % size === 0 : i % size === 0;
    if (i > 0 && boundary) out += separator;
    out += parts[i];
  }
  return out;
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  return -1;
}

/** The bytes `fromhex(string)` describes. */
export function bytesFromHex(value: PyValue): Uint8Array {
  if (!isStr(value)) {
    throw pyError("TypeError", `fromhex() argument must be str, not ${typeOf(value).tpName}`);
  }
  const text = toJsString(value);
  const codes: number[] = [];
  for (const char of text) codes.push(char.codePointAt(0)!);
  const nonAscii = codes.findIndex((code) => code > 0x7f);
  const invalidAt = (position: number) =>
    pyError(
      "ValueError",
      `non-hexadecimal number found in fromhex() arg at position ${position}`,
    );
  if (nonAscii >= 0) throw invalidAt(nonAscii);
  const out: number[] = [];
  let at = 0;
  while (at < codes.length) {
    if (isAsciiSpace(codes[at])) {
      at++;
      continue;
    }
    const high = hexValue(codes[at]);
    if (high < 0) throw invalidAt(at);
    const low = at + 1 < codes.length ? hexValue(codes[at + 1]) : -1;
    if (low < 0) throw invalidAt(at + 1);
    out.push(high * 16 + low);
    at += 2;
  }
  return bytesFrom(out);
}
