/**
 * The reading methods of `_curses.window`: keys (getch, getkey, get_wch),
 * a line of input (getstr) and what is on the window (inch, instr).
 *
 * getch returns ncurses' code as it is (-1 when no key came in nodelay or
 * timeout mode); getkey and get_wch raise curses.error("no input") then.
 * get_wch answers a str for a character and an int for a function key
 * (wget_wch's KEY_CODE_YES). getstr and instr read at most 1023 bytes, as
 * CPython's fixed buffer.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { strFromCodePoint } from "../vm/objects/str_wide.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { pendingSignals, runPendingSignals } from "../vm/runtime/pending_signals.ts";
import { cStringResult, ERR, ncurses } from "./curses_native.ts";
import { argumentGroups, cursesError } from "./curses_args.ts";
import { moveTo, positionOf, PyCursesWindow, windowType } from "./curses_window.ts";

const KEY_CODE_YES = 0o400;
const READ_LIMIT = 1023;

/** The optional [y, x] of the key-reading methods: moved there first (a failed move reads ERR). */
function positioned(method: string, self: PyCursesWindow, args: PyValue[]): boolean {
  const fields = argumentGroups(`_curses.window.${method}`, args, { 0: [], 2: ["y", "x"] });
  return moveTo(self, positionOf(fields));
}

/** The error for a read that returned ERR: a pending signal's exception first, as CPython. */
function noInput(): never {
  if (pendingSignals[0] !== 0) runPendingSignals();
  throw cursesError("no input");
}

function getch(self: PyCursesWindow, args: PyValue[]): PyValue {
  return positioned("getch", self, args) ? ncurses.fn("wgetch")(self.win) : ERR;
}

function getkey(self: PyCursesWindow, args: PyValue[]): PyValue {
  const key = positioned("getkey", self, args) ? ncurses.fn("wgetch")(self.win) : ERR;
  if (key === ERR) noInput();
  if (key <= 255) return strFromCodePoint(key);
  return cStringResult(ncurses.fn("keyname")(key)) ?? "";
}

function getWideCharacter(self: PyCursesWindow, args: PyValue[]): PyValue {
  const received = new Uint32Array(1);
  const moved = positioned("get_wch", self, args);
  const kind = moved ? ncurses.fn("wget_wch")(self.win, received) : ERR;
  if (kind === ERR) noInput();
  return kind === KEY_CODE_YES ? received[0] : strFromCodePoint(received[0]);
}

/** A count argument of getstr/instr: nonnegative, at most READ_LIMIT. */
function readLimit(value: PyValue | undefined): number {
  if (value === undefined) return READ_LIMIT;
  const count = asCInt(value);
  if (count < 0) throw pyError("ValueError", "'n' must be nonnegative");
  return Math.min(count, READ_LIMIT);
}

/** getstr/instr: [y, x,] [n]; bytes up to the first NUL (empty after ERR). */
function readText(method: "getstr" | "instr") {
  return ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const layout = { 0: [], 1: ["n"], 2: ["y", "x"], 3: ["y", "x", "n"] }[args.length];
    if (layout === undefined) {
      throw pyError("TypeError", `${method} requires 0 to 3 arguments`);
    }
    const fields = argumentGroups(method, args, { [args.length]: layout });
    const position = positionOf(fields);
    const limit = readLimit(fields.n);
    const buffer = new Uint8Array(limit + 1);
    const call = method === "getstr" ? "wgetnstr" : "winnstr";
    const code = moveTo(self, position) ? ncurses.fn(call)(self.win, buffer, limit) : ERR;
    if (code === ERR) return new PyBytes(new Uint8Array());
    const end = buffer.indexOf(0);
    return new PyBytes(buffer.slice(0, end < 0 ? limit : end));
  }, { tupleArguments: true }] as const;
}

defineNativeMethods(windowType, {
  getch: ["*args", getch, { tupleArguments: true }],
  getkey: ["*args", getkey, { tupleArguments: true }],
  get_wch: ["*args", getWideCharacter, { tupleArguments: true }],
  getstr: readText("getstr"),
  instr: readText("instr"),
  inch: ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const moved = positioned("inch", self, args);
    return moved ? ncurses.fn("winch")(self.win) : 0xffffffff;
  }, { tupleArguments: true }],
});
