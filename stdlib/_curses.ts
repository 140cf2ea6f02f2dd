/**
 * `_curses` over the system ncursesw (curses_native.ts), for CPython's
 * pure-Python `curses` package: constants (curses_constants.ts), the
 * module functions (curses_functions.ts, curses_terminfo.ts and the
 * window-making ones here) and the window type (curses_window*.ts).
 *
 * As in CPython, the ACS_* constants, LINES and COLS appear in the module
 * only once initscr() has run (the package's initscr wrapper copies them
 * over), and COLORS/COLOR_PAIRS once start_color() has. Without
 * libncursesw the import raises ImportError naming it.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { makeStructSequence } from "./struct_sequence.ts";
import {
  acsMapEntry,
  cStringResult,
  intVariable,
  localeEncoding,
  ncurses,
  selectLocale,
} from "./curses_native.ts";
import { ACS_CHARACTERS, CURSES_CONSTANTS, keyConstants } from "./curses_constants.ts";
import {
  argumentGroups,
  checkErr,
  cursesError,
  cursesErrorType,
  cursesState,
  requireInitscr,
} from "./curses_args.ts";
import { hideGroupSignatures, windowType, wrapWindow } from "./curses_window.ts";
import { getwin } from "./curses_window_file.ts";
import "./curses_window_output.ts";
import "./curses_window_input.ts";
import { SCREEN_FUNCTIONS } from "./curses_functions.ts";
import { TERMINFO_FUNCTIONS } from "./curses_terminfo.ts";

function stdscrPointer(): Deno.PointerValue {
  return new Deno.UnsafePointerView(ncurses.variable("stdscr")).getPointer();
}

function initscr(): PyValue {
  const module = cursesState.module!;
  if (cursesState.initscr) {
    const screen = stdscrPointer();
    ncurses.fn("wrefresh")(screen);
    return wrapWindow(screen, localeEncoding());
  }
  const screen = ncurses.fn("initscr")();
  if (screen === null) throw cursesError("curses function returned NULL");
  cursesState.initscr = true;
  cursesState.setupterm = true;
  for (const [name, character] of ACS_CHARACTERS) {
    module.dict.set(name, acsMapEntry(character.charCodeAt(0)));
  }
  module.dict.set("LINES", intVariable("LINES"));
  module.dict.set("COLS", intVariable("COLS"));
  return wrapWindow(screen, localeEncoding());
}

function newwin(args: PyValue[]): PyValue {
  const fields = argumentGroups("_curses.newwin", args, {
    2: ["nlines", "ncols"],
    4: ["nlines", "ncols", "begin_y", "begin_x"],
  });
  const lines = asCInt(fields.nlines);
  const columns = asCInt(fields.ncols);
  const y = fields.begin_y === undefined ? 0 : asCInt(fields.begin_y);
  const x = fields.begin_x === undefined ? 0 : asCInt(fields.begin_x);
  requireInitscr();
  return wrapWindow(ncurses.fn("newwin")(lines, columns, y, x), localeEncoding());
}

function newpad(lines: PyValue, columns: PyValue): PyValue {
  const [l, c] = [asCInt(lines), asCInt(columns)];
  requireInitscr();
  return wrapWindow(ncurses.fn("newpad")(l, c), localeEncoding());
}

/** ncurses' `newscr`, the virtual screen getsyx/setsyx work on. */
function virtualScreen(): Deno.PointerValue {
  return new Deno.UnsafePointerView(ncurses.variable("newscr")).getPointer();
}

function getsyx(): PyValue {
  requireInitscr();
  const screen = virtualScreen();
  // getsyx() answers -1, -1 when the screen's cursor is left where it is (leaveok).
  if (ncurses.fn("is_leaveok")(screen) !== 0) return newTuple([-1, -1]);
  return newTuple([ncurses.fn("getcury")(screen), ncurses.fn("getcurx")(screen)]);
}

function setsyx(yArgument: PyValue, xArgument: PyValue): PyValue {
  const [y, x] = [asCInt(yArgument), asCInt(xArgument)];
  requireInitscr();
  const screen = virtualScreen();
  if (y === -1 && x === -1) ncurses.fn("leaveok")(screen, 1);
  else {
    ncurses.fn("leaveok")(screen, 0);
    ncurses.fn("wmove")(screen, y, x);
  }
  return null;
}

/** MEVENT: short id; int x, y, z; mmask_t bstate (20 bytes with the padding after id). */
const MEVENT_BYTES = 20;

function getmouse(): PyValue {
  requireInitscr();
  const event = new Uint8Array(MEVENT_BYTES);
  checkErr(ncurses.fn("getmouse")(event), "getmouse");
  const view = new DataView(event.buffer);
  return newTuple([
    view.getInt16(0, true),
    view.getInt32(4, true),
    view.getInt32(8, true),
    view.getInt32(12, true),
    view.getUint32(16, true),
  ]);
}

function ungetmouse(...fields: PyValue[]): PyValue {
  const [id, x, y, z] = fields.slice(0, 4).map(asCInt);
  const state = Number(BigInt.asUintN(32, BigInt(asCInt(fields[4]))));
  requireInitscr();
  const event = new Uint8Array(MEVENT_BYTES);
  const view = new DataView(event.buffer);
  view.setInt16(0, id, true);
  view.setInt32(4, x, true);
  view.setInt32(8, y, true);
  view.setInt32(12, z, true);
  view.setUint32(16, state, true);
  return checkErr(ncurses.fn("ungetmouse")(event), "ungetmouse");
}

function mousemask(newmask: PyValue): PyValue {
  const mask = Number(BigInt.asUintN(32, BigInt(asCInt(newmask))));
  requireInitscr();
  const old = new Uint32Array(1);
  const available = ncurses.fn("mousemask")(mask, new Uint8Array(old.buffer));
  return newTuple([available, old[0]]);
}

/** curses_version() is "ncurses 6.4.20221231": the parts of ncurses_version. */
function ncursesVersion(): PyValue {
  const text = cStringResult(ncurses.fn("curses_version")()) ?? "";
  const [major, minor, patch] = (text.match(/(\d+)\.(\d+)\.(\d+)/)?.slice(1) ?? ["0", "0", "0"])
    .map(
      Number,
    );
  return makeStructSequence("curses.ncurses_version", ["major", "minor", "patch"], [
    major,
    minor,
    patch,
  ], { instantiable: false });
}

export function createCursesModule(): PyModule {
  requireSystemLibrary("_curses", "curses library", ncurses);
  selectLocale();
  const module = newModule("_curses");
  cursesState.module = module;
  addTypes(module, [windowType]);
  module.dict.set("error", cursesErrorType);
  cursesErrorType.dict.set("__module__", "_curses");
  cursesErrorType.invalidate();
  const version = new PyBytes(new TextEncoder().encode("2.2"));
  addValues(module, { version, __version__: version, ncurses_version: ncursesVersion() });
  addValues(module, Object.fromEntries(CURSES_CONSTANTS));
  addValues(module, Object.fromEntries(keyConstants()));
  addFunctions(module, {
    ...SCREEN_FUNCTIONS,
    ...TERMINFO_FUNCTIONS,
    initscr: ["", initscr],
    newwin: ["*args", newwin, { tupleArguments: true }],
    newpad: ["nlines, ncols, /", newpad],
    getsyx: ["", getsyx],
    setsyx: ["y, x, /", setsyx],
    getmouse: ["", getmouse],
    ungetmouse: ["id, x, y, z, bstate, /", ungetmouse],
    mousemask: ["newmask, /", mousemask],
    mouseinterval: ["interval, /", (interval: PyValue) => {
      const value = asCInt(interval);
      requireInitscr();
      return checkErr(ncurses.fn("mouseinterval")(value), "mouseinterval");
    }],
    getwin: ["file, /", getwin],
  });
  hideGroupSignatures(windowType);
  hideGroupSignatures(module.dict.get("newwin")!, "newwin(nlines, ncols, [begin_y=0, begin_x=0])");
  return module;
}
