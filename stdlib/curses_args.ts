/**
 * What `_curses`' functions and window methods share: the `_curses.error`
 * type and the ERR check ("addwstr() returned ERR"), the order checks
 * ("must call initscr() first"), and CPython's argument conversions —
 * optional argument groups (`addstr([y, x,] str[, attr])`), a character
 * given as an int, a 1-byte bytes or a 1-character str, and a string as
 * wide characters (str) or bytes.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { codePointsOf, isStr, type PyStr, strLength } from "../vm/objects/str_wide.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { cLong } from "./c_integers.ts";
import { ERR } from "./curses_native.ts";

export const cursesErrorType = makeBuiltinType("error", ExceptionType.Exception);

export function cursesError(message: string): PyBaseException {
  return new PyBaseException(cursesErrorType, newTuple([message]));
}

/** Which of initscr(), setupterm() and start_color() have run, and the module they fill in. */
export const cursesState = {
  initscr: false,
  setupterm: false,
  startColor: false,
  module: null as PyModule | null,
};

/** curses.error("must call X() first") unless `done`. */
export function requireCalled(done: boolean, name: string): void {
  if (!done) throw cursesError(`must call ${name}() first`);
}

export function requireInitscr(): void {
  requireCalled(cursesState.initscr, "initscr");
}

/** None for a result other than ERR, else curses.error naming the C function. */
export function checkErr(code: number, functionName: string): null {
  if (code === ERR) throw cursesError(`${functionName}() returned ERR`);
  return null;
}

/** PyLong_AsLong for attribute and chtype arguments, as a JS number. */
export function longArgument(value: PyValue): number {
  return Number(cLong(value));
}

/** An attribute or chtype as the u32 ncurses takes (the C conversion keeps the low bits). */
export function chtypeBits(value: number): number {
  return Number(BigInt.asUintN(32, BigInt(value)));
}

/** A bool(accept={int}) argument: PyLong_AsLong, then "is not zero". */
export function flagArgument(value: PyValue): boolean {
  return cLong(value) !== 0n;
}

/**
 * Split the positional arguments of a function with optional groups by
 * their count: `layouts[n]` names the fields n arguments fill, else
 * TypeError "_curses.window.addstr requires 1 to 4 arguments".
 */
export function argumentGroups(
  qualifiedName: string,
  args: readonly PyValue[],
  layouts: Record<number, readonly string[]>,
): Record<string, PyValue> {
  const layout = layouts[args.length];
  if (layout === undefined) {
    const counts = Object.keys(layouts).map(Number);
    const low = Math.min(...counts);
    const high = Math.max(...counts);
    const plural = high === 1 ? "" : "s";
    throw pyError(
      "TypeError",
      low === high
        ? `${qualifiedName} requires ${low} argument${plural}`
        : `${qualifiedName} requires ${low} to ${high} arguments`,
    );
  }
  const fields: Record<string, PyValue> = {};
  layout.forEach((name, index) => fields[name] = args[index]);
  return fields;
}

/** A character argument: a chtype for waddch and friends, or a wide character. */
export type CharacterArgument = { wide: false; chtype: number } | { wide: true; codePoint: number };

/** PyCurses_ConvertToCchar_t: an int, a bytes of length 1 or a str of length 1. */
export function characterArgument(value: PyValue): CharacterArgument {
  if (isStr(value)) {
    const length = strLength(value as PyStr);
    if (length !== 1) {
      throw pyError(
        "TypeError",
        `expect bytes or str of length 1, or int, got a str of length ${length}`,
      );
    }
    return { wide: true, codePoint: codePointsOf(value as PyStr)[0] };
  }
  if (value instanceof PyBytes && value.bytes.length === 1) {
    return { wide: false, chtype: value.bytes[0] };
  }
  if (typeof value === "number" || typeof value === "bigint") {
    if (
      value >= 2 ** 63 || value < -(2 ** 63) || BigInt.asUintN(32, BigInt(value)) !== BigInt(value)
    ) {
      throw pyError("OverflowError", "byte doesn't fit in chtype");
    }
    return { wide: false, chtype: Number(value) };
  }
  throw pyError(
    "TypeError",
    `expect bytes or str of length 1, or int, got ${typeOf(value).tpName}`,
  );
}

/**
 * PyCurses_ConvertToChtype (border, hline, insch, bkgd, unctrl, ungetch):
 * an int, a bytes of length 1, or a str of length 1 — above U+0080 encoded
 * with `encoding` (the window's, else the screen's), which must give one byte.
 */
export function chtypeArgument(value: PyValue, encoding: string): number {
  const character = characterArgument(value);
  if (!character.wide) return character.chtype;
  if (character.codePoint <= 128) return character.codePoint;
  const bytes = strEncode(value as PyStr, encoding, "strict").bytes;
  if (bytes.length !== 1) throw pyError("OverflowError", "byte doesn't fit in chtype");
  return bytes[0];
}

/** A string argument: wide characters (str) or bytes, both NUL-terminated. */
export type TextArgument = { wide: true; text: Uint32Array } | { wide: false; text: Uint8Array };

/** PyCurses_ConvertToString: str as wchar_t (no NUL inside), bytes as they are. */
export function textArgument(value: PyValue): TextArgument {
  if (isStr(value)) {
    const codePoints = codePointsOf(value as PyStr);
    if (codePoints.includes(0)) throw pyError("ValueError", "embedded null character");
    const text = new Uint32Array(codePoints.length + 1);
    text.set(codePoints);
    return { wide: true, text };
  }
  if (value instanceof PyBytes) {
    if (value.bytes.includes(0)) throw pyError("ValueError", "embedded null byte");
    const text = new Uint8Array(value.bytes.length + 1);
    text.set(value.bytes);
    return { wide: false, text };
  }
  throw pyError("TypeError", `expect bytes or str, got ${typeOf(value).tpName}`);
}
