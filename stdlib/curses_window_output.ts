/**
 * The drawing methods of `_curses.window`: adding and inserting
 * characters and strings, borders and lines, attributes and background.
 *
 * As CPython over ncursesw, a str goes to the wide-character functions
 * (waddnwstr, wins_nwstr, wadd_wch with a cchar_t built by setcchar) and
 * the error names them ("addwstr() returned ERR"); bytes go to the narrow
 * ones. A temporary `attr` argument is set with wattrset around the call
 * and the window's attributes restored after it.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { CCHAR_BYTES, ncurses } from "./curses_native.ts";
import {
  argumentGroups,
  characterArgument,
  checkErr,
  chtypeArgument,
  chtypeBits,
  longArgument,
  textArgument,
} from "./curses_args.ts";
import { moveTo, positionOf, PyCursesWindow, windowType } from "./curses_window.ts";

const A_COLOR = 0xff00;

/** The argument groups of addch and insch: [y, x,] ch[, attr]. */
const CHARACTER_GROUPS = {
  1: ["ch"],
  2: ["ch", "attr"],
  3: ["y", "x", "ch"],
  4: ["y", "x", "ch", "attr"],
} as const;

/** PAIR_NUMBER(attr): the color pair an attribute value carries. */
export function pairNumber(attribute: number): number {
  return (chtypeBits(attribute) & A_COLOR) >>> 8;
}

/** A cchar_t holding one wide character with `attribute`, as setcchar builds it. */
function complexCharacter(codePoint: number, attribute: number): Uint8Array {
  const cell = new Uint8Array(CCHAR_BYTES);
  const pair = new Int32Array([pairNumber(attribute)]);
  const text = new Uint32Array([codePoint, 0]);
  ncurses.fn("setcchar")(cell, text, chtypeBits(attribute), 0, new Uint8Array(pair.buffer));
  return cell;
}

/** Run `draw` with the window's attributes set to `attribute` when one was given. */
function withAttribute(
  self: PyCursesWindow,
  attribute: number | undefined,
  draw: () => number,
): number {
  if (attribute === undefined) return draw();
  const value = chtypeBits(attribute);
  const saved = ncurses.fn("getattrs")(self.win);
  ncurses.fn("wattrset")(self.win, value | 0);
  try {
    return draw();
  } finally {
    ncurses.fn("wattrset")(self.win, saved);
  }
}

function addch(self: PyCursesWindow, args: PyValue[]): PyValue {
  const fields = argumentGroups("_curses.window.addch", args, CHARACTER_GROUPS);
  const position = positionOf(fields);
  const attribute = fields.attr === undefined ? 0 : longArgument(fields.attr);
  const character = characterArgument(fields.ch);
  if (character.wide) {
    const cell = complexCharacter(character.codePoint, attribute);
    const moved = moveTo(self, position);
    return checkErr(moved ? ncurses.fn("wadd_wch")(self.win, cell) : -1, "add_wch");
  }
  const moved = moveTo(self, position);
  const code = moved
    ? ncurses.fn("waddch")(self.win, chtypeBits(character.chtype | attribute))
    : -1;
  return checkErr(code, "addch");
}

/** addstr/addnstr/insstr/insnstr: [y, x,] str[, n][, attr]. */
function stringMethod(method: "addstr" | "addnstr" | "insstr" | "insnstr") {
  const counted = method.endsWith("nstr");
  const layouts: Record<number, readonly string[]> = counted
    ? {
      2: ["str", "n"],
      3: ["str", "n", "attr"],
      4: ["y", "x", "str", "n"],
      5: ["y", "x", "str", "n", "attr"],
    }
    : { 1: ["str"], 2: ["str", "attr"], 3: ["y", "x", "str"], 4: ["y", "x", "str", "attr"] };
  const inserting = method.startsWith("ins");
  const wideName =
    { addstr: "addwstr", addnstr: "addnwstr", insstr: "inswstr", insnstr: "insn_wstr" }[
      method
    ];
  return ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups(`_curses.window.${method}`, args, layouts);
    const position = positionOf(fields);
    const limit = counted ? asCInt(fields.n) : -1;
    const attribute = fields.attr === undefined ? undefined : longArgument(fields.attr);
    const text = textArgument(fields.str);
    const code = withAttribute(self, attribute, () => {
      if (!moveTo(self, position)) return -1;
      if (text.wide) {
        return inserting
          ? ncurses.fn("wins_nwstr")(self.win, text.text, limit)
          : ncurses.fn("waddnwstr")(self.win, text.text, limit);
      }
      return inserting
        ? ncurses.fn("winsnstr")(self.win, text.text, limit)
        : ncurses.fn("waddnstr")(self.win, text.text, limit);
    });
    return checkErr(code, text.wide ? wideName : method);
  }, { tupleArguments: true }] as const;
}

/** hline/vline: [y, x,] ch, n[, attr]. */
function lineMethod(method: "hline" | "vline") {
  return ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups(`_curses.window.${method}`, args, {
      2: ["ch", "n"],
      3: ["ch", "n", "attr"],
      4: ["y", "x", "ch", "n"],
      5: ["y", "x", "ch", "n", "attr"],
    });
    const position = positionOf(fields);
    const count = asCInt(fields.n);
    const attribute = fields.attr === undefined ? 0 : longArgument(fields.attr);
    const character = chtypeArgument(fields.ch, self.encoding);
    if (!moveTo(self, position)) return checkErr(-1, "wmove");
    const code = ncurses.fn(method === "hline" ? "whline" : "wvline")(
      self.win,
      chtypeBits(character | attribute),
      count,
    );
    return checkErr(code, method);
  }, { tupleArguments: true }] as const;
}

function attributeMethod(method: "attron" | "attroff" | "attrset") {
  const call = `w${method}` as "wattron" | "wattroff" | "wattrset";
  return [
    "attr, /",
    (self: PyCursesWindow, attribute: PyValue) =>
      checkErr(ncurses.fn(call)(self.win, chtypeBits(longArgument(attribute)) | 0), method),
  ] as const;
}

defineNativeMethods(windowType, {
  addch: ["*args", addch, { tupleArguments: true }],
  addstr: stringMethod("addstr"),
  addnstr: stringMethod("addnstr"),
  insstr: stringMethod("insstr"),
  insnstr: stringMethod("insnstr"),
  insch: ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups("_curses.window.insch", args, CHARACTER_GROUPS);
    const position = positionOf(fields);
    const attribute = fields.attr === undefined ? 0 : longArgument(fields.attr);
    const character = chtypeArgument(fields.ch, self.encoding);
    const moved = moveTo(self, position);
    const code = moved ? ncurses.fn("winsch")(self.win, chtypeBits(character | attribute)) : -1;
    return checkErr(code, "insch");
  }, { tupleArguments: true }],
  echochar: ["ch, attr=0, /", (self: PyCursesWindow, ch: PyValue, attr: PyValue) => {
    const character = chtypeArgument(ch, self.encoding);
    const code = ncurses.fn("wechochar")(self.win, chtypeBits(character | longArgument(attr)));
    return checkErr(code, "echochar");
  }],
  delch: ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups("_curses.window.delch", args, { 0: [], 2: ["y", "x"] });
    const position = positionOf(fields);
    if (position === null) return checkErr(ncurses.fn("wdelch")(self.win), "wdelch");
    const moved = moveTo(self, position);
    return checkErr(moved ? ncurses.fn("wdelch")(self.win) : -1, "mvwdelch");
  }, { tupleArguments: true }],
  border: ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    if (args.length > 8) {
      throw pyError("TypeError", `border expected at most 8 arguments, got ${args.length}`);
    }
    const characters = Array.from(
      { length: 8 },
      (_, i) => i < args.length ? chtypeArgument(args[i], self.encoding) : 0,
    );
    ncurses.fn("wborder")(
      self.win,
      ...(characters as [number, number, number, number, number, number, number, number]),
    );
    return null;
  }, { tupleArguments: true }],
  box: ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups("_curses.window.box", args, { 0: [], 2: ["verch", "horch"] });
    const vertical = fields.verch === undefined ? 0 : chtypeArgument(fields.verch, self.encoding);
    const horizontal = fields.horch === undefined ? 0 : chtypeArgument(fields.horch, self.encoding);
    ncurses.fn("box")(self.win, vertical, horizontal);
    return null;
  }, { tupleArguments: true }],
  hline: lineMethod("hline"),
  vline: lineMethod("vline"),
  attron: attributeMethod("attron"),
  attroff: attributeMethod("attroff"),
  attrset: attributeMethod("attrset"),
  bkgd: ["ch, attr=0, /", (self: PyCursesWindow, ch: PyValue, attr: PyValue) => {
    const character = chtypeArgument(ch, self.encoding);
    return checkErr(
      ncurses.fn("wbkgd")(self.win, chtypeBits(character | longArgument(attr))),
      "bkgd",
    );
  }],
  bkgdset: ["ch, attr=0, /", (self: PyCursesWindow, ch: PyValue, attr: PyValue) => {
    const character = chtypeArgument(ch, self.encoding);
    ncurses.fn("wbkgdset")(self.win, chtypeBits(character | longArgument(attr)));
    return null;
  }],
  getbkgd: ["", (self: PyCursesWindow) => ncurses.fn("getbkgd")(self.win)],
  chgat: ["*args", (self: PyCursesWindow, args: PyValue[]) => {
    const fields = argumentGroups("chgat", args, {
      1: ["attr"],
      2: ["num", "attr"],
      3: ["y", "x", "attr"],
      4: ["y", "x", "num", "attr"],
    });
    const position = positionOf(fields);
    const count = fields.num === undefined ? -1 : asCInt(fields.num);
    const attribute = longArgument(fields.attr);
    const pair = pairNumber(attribute);
    const plain = chtypeBits(attribute) & ~A_COLOR;
    const moved = moveTo(self, position);
    const line = ncurses.fn("getcury")(self.win);
    const code = moved ? ncurses.fn("wchgat")(self.win, count, plain >>> 0, pair, null) : -1;
    ncurses.fn("wtouchln")(self.win, line, 1, 1);
    return checkErr(code, "chgat");
  }, { tupleArguments: true }],
});
