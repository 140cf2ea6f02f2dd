/**
 * `_curses.window`: a Python object around an ncurses WINDOW pointer, as
 * CPython's PyCursesWindowObject. Windows come from initscr(), newwin(),
 * newpad() and the subwindow methods; a subwindow keeps its parent alive
 * (ncurses shares the parent's cells). The methods are in
 * curses_window_output.ts (drawing), curses_window_input.ts (reading keys
 * and cells) and here (geometry, options, refresh, subwindows).
 *
 * Methods with CPython's optional argument groups take `*args` and sort
 * them by count (argumentGroups); the others have ordinary signatures.
 * Functions that cannot fail return None; the rest raise curses.error
 * naming the C function when it returns ERR.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import {
  defineNativeMethods,
  PyBuiltinFunction,
  PyMethodDescriptor,
} from "../vm/objects/native_function.ts";
import type { PyType } from "../vm/objects/type.ts";
import { isStr, type PyStr } from "../vm/objects/str_wide.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { localeEncoding, ncurses, type NcursesName } from "./curses_native.ts";
import { argumentGroups, checkErr, cursesError, flagArgument } from "./curses_args.ts";

export const windowType = makeBuiltinType("window", undefined, { subclassable: false });

export class PyCursesWindow extends PyObject {
  constructor(
    readonly win: Deno.PointerObject,
    public encoding: string,
    readonly parent: PyCursesWindow | null = null,
  ) {
    super(windowType);
  }
}

registerConstructor(windowType, () => {
  throw pyError("TypeError", "cannot create '_curses.window' instances");
});

/** A new window object, or curses.error when ncurses returned NULL. */
export function wrapWindow(
  pointer: Deno.PointerValue,
  encoding: string,
  parent: PyCursesWindow | null = null,
): PyCursesWindow {
  if (pointer === null) throw cursesError("curses function returned NULL");
  return new PyCursesWindow(pointer, encoding, parent);
}

/** The [y, x] group of a method's arguments as C ints, or null when not given. */
export function positionOf(fields: Record<string, PyValue>): readonly [number, number] | null {
  return fields.y === undefined ? null : [asCInt(fields.y), asCInt(fields.x)];
}

/** Move the cursor to `position` if there is one: false when wmove failed (the mvw* macros' ERR). */
export function moveTo(self: PyCursesWindow, position: readonly [number, number] | null): boolean {
  return position === null || ncurses.fn("wmove")(self.win, position[0], position[1]) !== -1;
}

type PointerCall = Extract<
  NcursesName,
  | "wclear"
  | "werase"
  | "wclrtoeol"
  | "wclrtobot"
  | "wdeleteln"
  | "winsertln"
  | "touchwin"
  | "untouchwin"
  | "redrawwin"
  | "wstandout"
  | "wstandend"
>;

/** A method without arguments that reports ERR under the C function's name. */
function noArgument(name: PointerCall, reportedAs: string = name) {
  return ["", (self: PyCursesWindow) => checkErr(ncurses.fn(name)(self.win), reportedAs)] as const;
}

type FlagCall = "keypad" | "nodelay" | "notimeout" | "leaveok" | "clearok" | "scrollok" | "syncok";

function flagSetter(name: FlagCall) {
  return [
    "flag, /",
    (self: PyCursesWindow, flag: PyValue) =>
      checkErr(ncurses.fn(name)(self.win, flagArgument(flag) ? 1 : 0), name),
  ] as const;
}

function flagSetterWithoutResult(name: "idcok" | "immedok" | "idlok") {
  return ["flag, /", (self: PyCursesWindow, flag: PyValue) => {
    ncurses.fn(name)(self.win, flagArgument(flag) ? 1 : 0);
    return null;
  }] as const;
}

function coordinates(first: "getcury" | "getbegy" | "getmaxy" | "getpary") {
  const second = first.replace("y", "x") as "getcurx" | "getbegx" | "getmaxx" | "getparx";
  return [
    "",
    (self: PyCursesWindow) => newTuple([ncurses.fn(first)(self.win), ncurses.fn(second)(self.win)]),
  ] as const;
}

function isPad(self: PyCursesWindow): boolean {
  return ncurses.fn("is_pad")(self.win) !== 0;
}

/** refresh() and noutrefresh(): no arguments for a window, six for a pad. */
function refresher(method: "refresh" | "noutrefresh") {
  const windowCall = method === "refresh" ? "wrefresh" : "wnoutrefresh";
  const padCall = method === "refresh" ? "prefresh" : "pnoutrefresh";
  return ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups(`_curses.window.${method}`, args, {
      0: [],
      6: ["pminrow", "pmincol", "sminrow", "smincol", "smaxrow", "smaxcol"],
    });
    if (isPad(self)) {
      if (args.length === 0) {
        // CPython's two messages differ by a word.
        const called = method === "noutrefresh" ? " called" : "";
        throw cursesError(`${method}()${called} for a pad requires 6 arguments`);
      }
      const numbers = Object.values(fields).map(asCInt) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      return checkErr(ncurses.fn(padCall)(self.win, ...numbers), padCall);
    }
    if (args.length !== 0) {
      throw pyError("TypeError", `${method}() takes no arguments (6 given)`);
    }
    return checkErr(ncurses.fn(windowCall)(self.win), method);
  }, { tupleArguments: true }] as const;
}

/** subwin() and derwin(): [nlines, ncols,] begin_y, begin_x. */
function subwindow(method: "subwin" | "derwin") {
  return ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups(`_curses.window.${method}`, args, {
      2: ["begin_y", "begin_x"],
      4: ["nlines", "ncols", "begin_y", "begin_x"],
    });
    const lines = fields.nlines === undefined ? 0 : asCInt(fields.nlines);
    const columns = fields.ncols === undefined ? 0 : asCInt(fields.ncols);
    const y = asCInt(fields.begin_y);
    const x = asCInt(fields.begin_x);
    const call = method === "derwin" ? "derwin" : isPad(self) ? "subpad" : "subwin";
    // As CPython 3.11: subwin() keeps the window's encoding, derwin() takes the locale's.
    const encoding = method === "derwin" ? localeEncoding() : self.encoding;
    return wrapWindow(ncurses.fn(call)(self.win, lines, columns, y, x), encoding, self);
  }, { tupleArguments: true }] as const;
}

defineNativeMethods(windowType, {
  clear: noArgument("wclear"),
  erase: noArgument("werase"),
  clrtoeol: noArgument("wclrtoeol"),
  clrtobot: noArgument("wclrtobot"),
  deleteln: noArgument("wdeleteln"),
  insertln: noArgument("winsertln"),
  touchwin: noArgument("touchwin"),
  untouchwin: noArgument("untouchwin"),
  redrawwin: noArgument("redrawwin"),
  standout: noArgument("wstandout", "standout"),
  standend: noArgument("wstandend", "standend"),
  keypad: flagSetter("keypad"),
  nodelay: flagSetter("nodelay"),
  notimeout: flagSetter("notimeout"),
  leaveok: flagSetter("leaveok"),
  clearok: flagSetter("clearok"),
  scrollok: flagSetter("scrollok"),
  syncok: flagSetter("syncok"),
  idlok: flagSetterWithoutResult("idlok"),
  idcok: flagSetterWithoutResult("idcok"),
  immedok: flagSetterWithoutResult("immedok"),
  getyx: coordinates("getcury"),
  getbegyx: coordinates("getbegy"),
  getmaxyx: coordinates("getmaxy"),
  getparyx: coordinates("getpary"),
  refresh: refresher("refresh"),
  noutrefresh: refresher("noutrefresh"),
  subwin: subwindow("subwin"),
  derwin: subwindow("derwin"),
  subpad: subwindow("subwin"),
  move: [
    "y, x, /",
    (self: PyCursesWindow, y: PyValue, x: PyValue) =>
      checkErr(ncurses.fn("wmove")(self.win, asCInt(y), asCInt(x)), "wmove"),
  ],
  mvwin: [
    "new_y, new_x, /",
    (self: PyCursesWindow, y: PyValue, x: PyValue) =>
      checkErr(ncurses.fn("mvwin")(self.win, asCInt(y), asCInt(x)), "mvwin"),
  ],
  mvderwin: [
    "y, x, /",
    (self: PyCursesWindow, y: PyValue, x: PyValue) =>
      checkErr(ncurses.fn("mvderwin")(self.win, asCInt(y), asCInt(x)), "mvderwin"),
  ],
  resize: [
    "nlines, ncols, /",
    (self: PyCursesWindow, lines: PyValue, columns: PyValue) =>
      checkErr(ncurses.fn("wresize")(self.win, asCInt(lines), asCInt(columns)), "wresize"),
  ],
  timeout: ["delay, /", (self: PyCursesWindow, delay: PyValue) => {
    ncurses.fn("wtimeout")(self.win, asCInt(delay));
    return null;
  }],
  setscrreg: [
    "top, bottom, /",
    (self: PyCursesWindow, top: PyValue, bottom: PyValue) =>
      checkErr(ncurses.fn("wsetscrreg")(self.win, asCInt(top), asCInt(bottom)), "wsetscrreg"),
  ],
  scroll: ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups("_curses.window.scroll", args, { 0: [], 1: ["lines"] });
    const code = fields.lines === undefined
      ? ncurses.fn("scroll")(self.win)
      : ncurses.fn("wscrl")(self.win, asCInt(fields.lines));
    return checkErr(code, "scroll");
  }, { tupleArguments: true }],
  insdelln: [
    "nlines, /",
    (self: PyCursesWindow, lines: PyValue) =>
      checkErr(ncurses.fn("winsdelln")(self.win, asCInt(lines)), "winsdelln"),
  ],
  touchline: ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups("_curses.window.touchline", args, {
      2: ["start", "count"],
      3: ["start", "count", "changed"],
    });
    const changed = fields.changed === undefined ? true : flagArgument(fields.changed);
    const code = ncurses.fn("wtouchln")(
      self.win,
      asCInt(fields.start),
      asCInt(fields.count),
      changed ? 1 : 0,
    );
    return checkErr(code, "touchline");
  }, { tupleArguments: true }],
  redrawln: [
    "beg, num, /",
    (self: PyCursesWindow, begin: PyValue, count: PyValue) =>
      checkErr(ncurses.fn("wredrawln")(self.win, asCInt(begin), asCInt(count)), "redrawln"),
  ],
  is_linetouched: ["line, /", (self: PyCursesWindow, line: PyValue) => {
    const number = asCInt(line);
    // curses.h's is_linetouched macro answers ERR below 0 and past getmaxy (one past the last line).
    if (number < 0 || number > ncurses.fn("getmaxy")(self.win)) {
      throw pyError("TypeError", "is_linetouched: line number outside of boundaries");
    }
    return ncurses.fn("is_linetouched")(self.win, number) !== 0;
  }],
  is_wintouched: ["", (self: PyCursesWindow) => ncurses.fn("is_wintouched")(self.win) !== 0],
  enclose: [
    "y, x, /",
    (self: PyCursesWindow, y: PyValue, x: PyValue) =>
      ncurses.fn("wenclose")(self.win, asCInt(y), asCInt(x)) !== 0,
  ],
  syncup: ["", (self: PyCursesWindow) => (ncurses.fn("wsyncup")(self.win), null)],
  syncdown: ["", (self: PyCursesWindow) => (ncurses.fn("wsyncdown")(self.win), null)],
  cursyncup: ["", (self: PyCursesWindow) => (ncurses.fn("wcursyncup")(self.win), null)],
  overlay: overlayMethod("overlay"),
  overwrite: overlayMethod("overwrite"),
});

/** overlay()/overwrite(destwin[, sminrow, smincol, dminrow, dmincol, dmaxrow, dmaxcol]). */
function overlayMethod(method: "overlay" | "overwrite") {
  return ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups(`_curses.window.${method}`, args, {
      1: ["destwin"],
      7: ["destwin", "sminrow", "smincol", "dminrow", "dmincol", "dmaxrow", "dmaxcol"],
    });
    const destination = fields.destwin;
    if (!(destination instanceof PyCursesWindow)) {
      throw pyError(
        "TypeError",
        `${method}() argument 1 must be _curses.window, not ${typeOf(destination).tpName}`,
      );
    }
    if (args.length === 1) {
      return checkErr(ncurses.fn(method)(self.win, destination.win), method);
    }
    const numbers = args.slice(1).map(asCInt) as [number, number, number, number, number, number];
    const code = ncurses.fn("copywin")(
      self.win,
      destination.win,
      ...numbers,
      method === "overlay" ? 1 : 0,
    );
    return checkErr(code, "copywin");
  }, { tupleArguments: true }] as const;
}

defineGetSets(windowType, {
  encoding: [
    (self: PyCursesWindow) => self.encoding,
    (self: PyCursesWindow, value: PyValue | undefined) => {
      if (value === undefined) throw pyError("TypeError", "encoding may not be deleted");
      if (!isStr(value)) throw pyError("TypeError", "setting encoding to a non-string");
      // CPython keeps the name as an ASCII C string: cut at a NUL.
      const name = strEncode(value as PyStr, "ascii", "strict").bytes;
      const end = name.indexOf(0);
      self.encoding = new TextDecoder().decode(end < 0 ? name : name.subarray(0, end));
    },
  ],
});

/**
 * The methods CPython 3.11 declares with a text signature; the others
 * (optional argument groups, PyArg_ParseTuple) have none, and
 * inspect.signature() finds none.
 */
const SIGNED_METHODS = new Set([
  "attroff",
  "attron",
  "attrset",
  "bkgd",
  "bkgdset",
  "echochar",
  "enclose",
  "getbkgd",
  "is_linetouched",
  "putwin",
  "redrawln",
  "setscrreg",
]);

/** How the methods with optional argument groups are called: the first line of their `__doc__`. */
const CALL_FORMS: Record<string, string> = {
  addch: "addch([y, x,] ch, [attr=_curses.A_NORMAL])",
  addnstr: "addnstr([y, x,] str, n, [attr])",
  addstr: "addstr([y, x,] str, [attr])",
  box: "box([verch=0, horch=0])",
  delch: "delch([y, x])",
  derwin: "derwin([nlines=0, ncols=0,] begin_y, begin_x)",
  get_wch: "get_wch([y, x])",
  getch: "getch([y, x])",
  getkey: "getkey([y, x])",
  hline: "hline([y, x,] ch, n, [attr=_curses.A_NORMAL])",
  inch: "inch([y, x])",
  insch: "insch([y, x,] ch, [attr=_curses.A_NORMAL])",
  insnstr: "insnstr([y, x,] str, n, [attr])",
  insstr: "insstr([y, x,] str, [attr])",
  noutrefresh: "noutrefresh([pminrow, pmincol, sminrow, smincol, smaxrow, smaxcol])",
  overlay: "overlay(destwin, [sminrow, smincol, dminrow, dmincol, dmaxrow, dmaxcol])",
  overwrite: "overwrite(destwin, [sminrow, smincol, dminrow, dmincol, dmaxrow, dmaxcol])",
  refresh: "refresh([pminrow, pmincol, sminrow, smincol, smaxrow, smaxcol])",
  scroll: "scroll([lines=1])",
  subpad: "subwin([nlines=0, ncols=0,] begin_y, begin_x)",
  subwin: "subwin([nlines=0, ncols=0,] begin_y, begin_x)",
  touchline: "touchline(start, count, [changed=True])",
  vline: "vline([y, x,] ch, n, [attr=_curses.A_NORMAL])",
};

/**
 * Clear `__text_signature__` on a function, or on a type's methods not in
 * SIGNED_METHODS (documenting those with argument groups by CALL_FORMS).
 */
export function hideGroupSignatures(owner: PyValue, callForm: string | null = null): void {
  if (owner instanceof PyBuiltinFunction) {
    owner.hasTextSignature = false;
    owner.doc = callForm;
    return;
  }
  for (const [name, method] of (owner as PyType).dict) {
    if (method instanceof PyMethodDescriptor && !SIGNED_METHODS.has(name)) {
      method.hasTextSignature = false;
      method.doc = CALL_FORMS[name] ?? null;
    }
  }
}
