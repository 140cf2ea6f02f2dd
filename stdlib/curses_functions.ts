/**
 * `_curses`' module functions over the screen: terminal modes (cbreak,
 * echo, raw, ...), the cursor and timing, colors, the screen size and the
 * input queue. Each checks initscr() (and start_color() for the color
 * pairs) first, as CPython does, and reports ERR as curses.error naming
 * the C function. Color and pair numbers are range-checked against
 * COLORS/COLOR_PAIRS as CPython's converters do, before anything else.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { codePointsOf, isStr, type PyStr, strLength } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { asCInt, asInteger } from "../vm/objects/str_args.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import { setAttribute } from "../vm/runtime/attributes.ts";
import {
  cBytesResult,
  ERR,
  intVariable,
  localeEncoding,
  ncurses,
  type NcursesName,
} from "./curses_native.ts";
import {
  checkErr,
  chtypeArgument,
  cursesError,
  cursesState,
  flagArgument,
  longArgument,
  requireCalled,
  requireInitscr,
} from "./curses_args.ts";
import { pairNumber } from "./curses_window_output.ts";

/** LINES and COLS from ncurses into `_curses` and the `curses` package. */
export function updateLinesCols(): void {
  const curses = importAbsolute("curses");
  for (const name of ["LINES", "COLS"] as const) {
    const value = intVariable(name);
    setAttribute(curses, name, value);
    cursesState.module?.dict.set(name, value);
  }
}

type NoArgumentCall = Extract<
  NcursesName,
  | "doupdate"
  | "endwin"
  | "def_prog_mode"
  | "reset_prog_mode"
  | "def_shell_mode"
  | "reset_shell_mode"
  | "savetty"
  | "resetty"
  | "nocbreak"
  | "noecho"
  | "noraw"
  | "nonl"
  | "beep"
  | "flash"
>;

/** A function that checks initscr() and reports ERR. */
function noArgument(name: NoArgumentCall) {
  return ["", () => {
    requireInitscr();
    return checkErr(ncurses.fn(name)(), name);
  }] as const;
}

/** cbreak(flag=True) and friends: the mode on, or its "no" form off. */
function modeSwitch(on: "cbreak" | "echo" | "raw" | "nl") {
  const off = `no${on}` as "nocbreak" | "noecho" | "noraw" | "nonl";
  return ["flag=True, /", (flag: PyValue) => {
    const enable = flagArgument(flag);
    requireInitscr();
    return enable ? checkErr(ncurses.fn(on)(), on) : checkErr(ncurses.fn(off)(), off);
  }] as const;
}

/** A function answering ncurses' bool after the initscr() check. */
function question(name: "has_colors" | "can_change_color" | "has_ic" | "has_il") {
  return ["", () => {
    requireInitscr();
    return ncurses.fn(name)() !== 0;
  }] as const;
}

function requireColor(): void {
  requireInitscr();
  requireCalled(cursesState.startColor, "start_color");
}

/** color_allow_default_converter: up to COLORS-1, any negative number meaning -1 (the default). */
function colorOrDefault(value: PyValue): number {
  const color = asInteger(value);
  const colors = intVariable("COLORS");
  if (color >= colors) {
    throw pyError("ValueError", `Color number is greater than COLORS-1 (${colors - 1}).`);
  }
  return color < 0 ? -1 : Number(color);
}

/** color_converter: 0..COLORS-1. */
function colorNumber(value: PyValue): number {
  const color = colorOrDefault(value);
  if (color < 0) throw pyError("ValueError", "Color number is less than 0.");
  return color;
}

/** pair_converter: 0..INT_MAX (COLOR_PAIRS is checked when ncurses refuses the pair). */
function pairArgument(value: PyValue): number {
  const pair = asInteger(value);
  if (pair > 2 ** 31 - 1) {
    throw pyError("ValueError", "Color pair is greater than maximum (2147483647).");
  }
  if (pair < 0) throw pyError("ValueError", "Color pair is less than 0.");
  return Number(pair);
}

/** The error for a pair ncurses refused: out of COLOR_PAIRS, or its ERR. */
function refusedPair(pair: number, functionName: string): never {
  const pairs = intVariable("COLOR_PAIRS");
  if (pair >= pairs) {
    throw pyError("ValueError", `Color pair is greater than COLOR_PAIRS-1 (${pairs - 1}).`);
  }
  throw cursesError(`${functionName}() returned ERR`);
}

function colorComponent(value: PyValue): number {
  const component = asInteger(value);
  if (component < 0) throw pyError("ValueError", "Color component is less than 0");
  if (component > 1000) throw pyError("ValueError", "Color component is greater than 1000");
  return Number(component);
}

function pairContent(value: PyValue): PyValue {
  const pair = pairArgument(value);
  requireColor();
  const colors = new Int32Array(2);
  const code = ncurses.fn("extended_pair_content")(
    pair,
    new Uint8Array(colors.buffer, 0, 4),
    new Uint8Array(colors.buffer, 4, 4),
  );
  if (code === ERR) refusedPair(pair, "extended_pair_content");
  return newTuple([colors[0], colors[1]]);
}

function colorContent(value: PyValue): PyValue {
  const color = colorNumber(value);
  requireColor();
  const rgb = new Int32Array(3);
  const part = (index: number) => new Uint8Array(rgb.buffer, 4 * index, 4);
  const code = ncurses.fn("extended_color_content")(color, part(0), part(1), part(2));
  if (code === ERR) throw cursesError("extended_color_content() returned ERR");
  return newTuple([rgb[0], rgb[1], rgb[2]]);
}

/** unget_wch's argument: a str of length 1 or an int. */
function wideCharacterCode(value: PyValue): number {
  if (isStr(value)) {
    const length = strLength(value as PyStr);
    if (length !== 1) {
      throw pyError("TypeError", `expect str of length 1 or int, got a str of length ${length}`);
    }
    return codePointsOf(value as PyStr)[0];
  }
  if (typeof value === "number" || typeof value === "bigint") {
    return Number(BigInt.asIntN(32, BigInt(longArgument(value))));
  }
  throw pyError("TypeError", `expect str of length 1 or int, got ${typeOf(value).tpName}`);
}

/** A single C char result as bytes (erasechar, killchar). */
function characterBytes(code: number): PyBytes {
  return new PyBytes(new Uint8Array([code]));
}

function stringResult(pointer: Deno.PointerValue, name: string): PyBytes {
  if (pointer === null) throw cursesError(`${name}() returned NULL`);
  return new PyBytes(cBytesResult(pointer));
}

/** A window-free function returning ncurses' int after the initscr() check. */
function intResult(name: "baudrate" | "termattrs") {
  return ["", () => {
    requireInitscr();
    return ncurses.fn(name)();
  }] as const;
}

export const SCREEN_FUNCTIONS = {
  doupdate: noArgument("doupdate"),
  endwin: noArgument("endwin"),
  def_prog_mode: noArgument("def_prog_mode"),
  reset_prog_mode: noArgument("reset_prog_mode"),
  def_shell_mode: noArgument("def_shell_mode"),
  reset_shell_mode: noArgument("reset_shell_mode"),
  savetty: noArgument("savetty"),
  resetty: noArgument("resetty"),
  nocbreak: noArgument("nocbreak"),
  noecho: noArgument("noecho"),
  noraw: noArgument("noraw"),
  nonl: noArgument("nonl"),
  beep: noArgument("beep"),
  flash: noArgument("flash"),
  cbreak: modeSwitch("cbreak"),
  echo: modeSwitch("echo"),
  raw: modeSwitch("raw"),
  nl: modeSwitch("nl"),
  has_colors: question("has_colors"),
  can_change_color: question("can_change_color"),
  has_ic: question("has_ic"),
  has_il: question("has_il"),
  baudrate: intResult("baudrate"),
  termattrs: intResult("termattrs"),
  isendwin: ["", () => {
    requireInitscr();
    return ncurses.fn("isendwin")() !== 0;
  }],
  flushinp: ["", () => {
    requireInitscr();
    ncurses.fn("flushinp")();
    return null;
  }],
  qiflush: ["flag=True, /", (flag: PyValue) => {
    const enable = flagArgument(flag);
    requireInitscr();
    ncurses.fn(enable ? "qiflush" : "noqiflush")();
    return null;
  }],
  noqiflush: ["", () => {
    requireInitscr();
    ncurses.fn("noqiflush")();
    return null;
  }],
  curs_set: ["visibility, /", (visibility: PyValue) => {
    const value = asCInt(visibility);
    requireInitscr();
    const previous = ncurses.fn("curs_set")(value);
    if (previous === ERR) throw cursesError("curs_set() returned ERR");
    return previous;
  }],
  napms: ["ms, /", (ms: PyValue) => {
    const value = asCInt(ms);
    requireInitscr();
    return ncurses.fn("napms")(value);
  }],
  halfdelay: ["tenths, /", (tenths: PyValue) => {
    const value = asCInt(tenths);
    if (value < 0 || value > 255) {
      throw pyError(
        "OverflowError",
        value < 0
          ? "unsigned byte integer is less than minimum"
          : "unsigned byte integer is greater than maximum",
      );
    }
    requireInitscr();
    return checkErr(ncurses.fn("halfdelay")(value), "halfdelay");
  }],
  intrflush: ["flag, /", (flag: PyValue) => {
    const enable = flagArgument(flag);
    requireInitscr();
    return checkErr(ncurses.fn("intrflush")(null, enable ? 1 : 0), "intrflush");
  }],
  meta: ["yes, /", (yes: PyValue) => {
    const enable = flagArgument(yes);
    requireInitscr();
    const screen = new Deno.UnsafePointerView(ncurses.variable("stdscr")).getPointer();
    return checkErr(ncurses.fn("meta")(screen, enable ? 1 : 0), "meta");
  }],
  typeahead: ["fd, /", (fd: PyValue) => {
    const value = asCInt(fd);
    requireInitscr();
    return checkErr(ncurses.fn("typeahead")(value), "typeahead");
  }],
  erasechar: ["", () => {
    requireInitscr();
    return characterBytes(ncurses.fn("erasechar")());
  }],
  killchar: ["", () => {
    requireInitscr();
    return characterBytes(ncurses.fn("killchar")());
  }],
  longname: ["", () => {
    requireInitscr();
    return stringResult(ncurses.fn("longname")(), "longname");
  }],
  termname: ["", () => {
    requireInitscr();
    return stringResult(ncurses.fn("termname")(), "termname");
  }],
  unctrl: ["ch, /", (ch: PyValue) => {
    requireInitscr();
    return stringResult(ncurses.fn("unctrl")(chtypeArgument(ch, localeEncoding())), "unctrl");
  }],
  ungetch: ["ch, /", (ch: PyValue) => {
    requireInitscr();
    return checkErr(ncurses.fn("ungetch")(chtypeArgument(ch, localeEncoding())), "ungetch");
  }],
  unget_wch: ["ch, /", (ch: PyValue) => {
    requireInitscr();
    return checkErr(ncurses.fn("unget_wch")(wideCharacterCode(ch)), "unget_wch");
  }],
  delay_output: ["ms, /", (ms: PyValue) => {
    const value = asCInt(ms);
    requireInitscr();
    return checkErr(ncurses.fn("delay_output")(value), "delay_output");
  }],
  use_env: ["flag, /", (flag: PyValue) => {
    ncurses.fn("use_env")(flagArgument(flag) ? 1 : 0);
    return null;
  }],
  filter: ["", () => {
    ncurses.fn("filter")();
    return null;
  }],
  get_escdelay: ["", () => ncurses.fn("get_escdelay")()],
  set_escdelay: ["ms, /", (ms: PyValue) => {
    const value = asCInt(ms);
    if (value <= 0) throw pyError("ValueError", "ms must be > 0");
    return checkErr(ncurses.fn("set_escdelay")(value), "set_escdelay");
  }],
  get_tabsize: ["", () => new Deno.UnsafePointerView(ncurses.variable("TABSIZE")).getInt32()],
  set_tabsize: ["size, /", (size: PyValue) => {
    const value = asCInt(size);
    if (value <= 0) throw pyError("ValueError", "size must be > 0");
    return checkErr(ncurses.fn("set_tabsize")(value), "set_tabsize");
  }],
  start_color: ["", () => {
    requireInitscr();
    if (ncurses.fn("start_color")() === ERR) throw cursesError("start_color() returned ERR");
    cursesState.startColor = true;
    cursesState.module?.dict.set("COLORS", intVariable("COLORS"));
    cursesState.module?.dict.set("COLOR_PAIRS", intVariable("COLOR_PAIRS"));
    return null;
  }],
  use_default_colors: ["", () => {
    requireColor();
    return checkErr(ncurses.fn("use_default_colors")(), "use_default_colors");
  }],
  init_pair: ["pair_number, fg, bg, /", (pair: PyValue, fg: PyValue, bg: PyValue) => {
    const number = pairArgument(pair);
    const foreground = colorOrDefault(fg);
    const background = colorOrDefault(bg);
    requireColor();
    if (ncurses.fn("init_extended_pair")(number, foreground, background) === ERR) {
      refusedPair(number, "init_extended_pair");
    }
    return null;
  }],
  init_color: ["color_number, r, g, b, /", (color: PyValue, r: PyValue, g: PyValue, b: PyValue) => {
    const number = colorNumber(color);
    const [red, green, blue] = [r, g, b].map(colorComponent);
    requireColor();
    if (ncurses.fn("init_extended_color")(number, red, green, blue) === ERR) {
      throw cursesError("init_extended_color() returned ERR");
    }
    return null;
  }],
  pair_content: ["pair_number, /", pairContent],
  color_content: ["color_number, /", colorContent],
  color_pair: ["pair_number, /", (pair: PyValue) => {
    const number = asCInt(pair);
    requireColor();
    return (number << 8) & 0xff00;
  }],
  pair_number: ["attr, /", (attr: PyValue) => {
    const value = asCInt(attr);
    requireColor();
    return pairNumber(value);
  }],
  has_extended_color_support: ["", () => true],
  is_term_resized: ["nlines, ncols, /", (lines: PyValue, columns: PyValue) => {
    const [l, c] = [asCInt(lines), asCInt(columns)];
    requireInitscr();
    return ncurses.fn("is_term_resized")(l, c) !== 0;
  }],
  resizeterm: ["nlines, ncols, /", (lines: PyValue, columns: PyValue) => {
    const [l, c] = [asCInt(lines), asCInt(columns)];
    requireInitscr();
    checkErr(ncurses.fn("resizeterm")(l, c), "resizeterm");
    updateLinesCols();
    return null;
  }],
  resize_term: ["nlines, ncols, /", (lines: PyValue, columns: PyValue) => {
    const [l, c] = [asCInt(lines), asCInt(columns)];
    requireInitscr();
    checkErr(ncurses.fn("resize_term")(l, c), "resize_term");
    updateLinesCols();
    return null;
  }],
  update_lines_cols: ["", () => {
    updateLinesCols();
    return null;
  }],
} as const;
