/**
 * `_curses`' terminfo functions, usable before (or without) initscr():
 * setupterm, tigetstr/tigetnum/tigetflag, tparm, putp, and the key-name
 * helpers keyname and has_key. As CPython, setupterm runs ncurses'
 * setupterm once per process (a second call does nothing), and the
 * capability queries require it first.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { asCInt, expectStr } from "../vm/objects/str_args.ts";
import { intArgument } from "./posix_path.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { callMethod } from "./io_common.ts";
import { cString } from "./libc.ts";
import { cBytesResult, ERR, ncurses } from "./curses_native.ts";
import { checkErr, cursesError, cursesState, requireCalled } from "./curses_args.ts";

/** A `str` argument as a NUL-terminated UTF-8 C string (Argument Clinic's `str`). */
export function cStringArgument(
  value: PyValue,
  functionName: string,
  parameter: string | null,
): Uint8Array {
  const which = parameter === null ? "argument" : `argument '${parameter}'`;
  const accepted = parameter === "term" ? "str or None" : "str";
  const text = expectStr(value, `${functionName}() ${which} must be ${accepted}, not `);
  const bytes = strEncode(text, "utf-8", "strict").bytes;
  if (bytes.includes(0)) throw pyError("ValueError", "embedded null character");
  return cString(bytes);
}

function setupterm(term: PyValue, fdArgument: PyValue): PyValue {
  const name = term === null ? null : cStringArgument(term, "setupterm", "term");
  let fd = asCInt(fdArgument);
  if (fd === -1) {
    const stdout = interpreter().sys.dict.get("stdout") ?? null;
    if (stdout === null) throw pyError("RuntimeError", "lost sys.stdout");
    fd = asCInt(callMethod(stdout, "fileno"));
  }
  if (cursesState.setupterm) return null;
  const status = new Int32Array(1);
  if (ncurses.fn("setupterm")(name, fd, new Uint8Array(status.buffer)) === ERR) {
    const reason = status[0] === 0
      ? "setupterm: could not find terminal"
      : status[0] === -1
      ? "setupterm: could not find terminfo database"
      : "setupterm: unknown error";
    throw cursesError(reason);
  }
  cursesState.setupterm = true;
  return null;
}

function capabilityName(value: PyValue, functionName: string): Uint8Array {
  return cStringArgument(value, functionName, null);
}

function tigetstr(capname: PyValue): PyValue {
  const name = capabilityName(capname, "tigetstr");
  requireCalled(cursesState.setupterm, "(at least) setupterm");
  const result = ncurses.fn("tigetstr")(name);
  // NULL: absent; (char *)-1: not a string capability.
  if (result === null || Deno.UnsafePointer.value(result) === 0xffffffffffffffffn) return null;
  return new PyBytes(cBytesResult(result));
}

function tigetnum(capname: PyValue): PyValue {
  const name = capabilityName(capname, "tigetnum");
  requireCalled(cursesState.setupterm, "(at least) setupterm");
  return ncurses.fn("tigetnum")(name);
}

function tigetflag(capname: PyValue): PyValue {
  const name = capabilityName(capname, "tigetflag");
  requireCalled(cursesState.setupterm, "(at least) setupterm");
  return ncurses.fn("tigetflag")(name);
}

/** bytes for a `y` (read-only bytes, no NUL) clinic argument. */
function bytesArgument(value: PyValue): Uint8Array {
  if (!(value instanceof PyBytes)) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
  }
  if (value.bytes.includes(0)) throw pyError("ValueError", "embedded null byte");
  return cString(value.bytes);
}

function tparm(str: PyValue, ...numbers: PyValue[]): PyValue {
  const format = bytesArgument(str);
  const parameters = numbers.map((n) => BigInt(intArgument(n))) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  requireCalled(cursesState.setupterm, "(at least) setupterm");
  const result = ncurses.fn("tparm")(format, ...parameters);
  if (result === null) throw cursesError("tparm() returned NULL");
  return new PyBytes(cBytesResult(result));
}

function putp(string: PyValue): PyValue {
  return checkErr(ncurses.fn("putp")(bytesArgument(string)), "putp");
}

function keyname(key: PyValue): PyValue {
  const code = asCInt(key);
  requireCalled(cursesState.initscr, "initscr");
  if (code < 0) throw pyError("ValueError", "invalid key number");
  const name = ncurses.fn("keyname")(code);
  return new PyBytes(name === null ? new Uint8Array() : cBytesResult(name));
}

function hasKey(key: PyValue): PyValue {
  const code = asCInt(key);
  requireCalled(cursesState.initscr, "initscr");
  return ncurses.fn("has_key")(code) !== 0;
}

export const TERMINFO_FUNCTIONS = {
  setupterm: ["term=None, fd=-1", setupterm],
  tigetstr: ["capname, /", tigetstr],
  tigetnum: ["capname, /", tigetnum],
  tigetflag: ["capname, /", tigetflag],
  tparm: ["str, i1=0, i2=0, i3=0, i4=0, i5=0, i6=0, i7=0, i8=0, i9=0, /", tparm, {
    style: "parsetuple",
  }],
  putp: ["string, /", putp],
  keyname: ["key, /", keyname],
  has_key: ["key, /", hasKey],
} as const;
