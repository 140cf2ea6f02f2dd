/**
 * `_curses`' constants as data: the attribute, color and mouse values of
 * the ncursesw 6 ABI, the line-drawing (ACS_*) names with the VT100
 * character each stands for (their chtype comes from acs_map once
 * initscr() has run), and the KEY_* names, which are read from ncurses'
 * own keyname() over KEY_MIN..KEY_MAX as CPython does ("KEY_F(5)" becomes
 * KEY_F5).
 */
import { cStringResult, ncurses } from "./curses_native.ts";

export const KEY_MIN = 0o401;
export const KEY_MAX = 0o777;

/** A_*, COLOR_*, BUTTON*, mouse masks, ERR and OK. */
export const CURSES_CONSTANTS: readonly (readonly [string, number])[] = [
  ["ALL_MOUSE_EVENTS", 0xfffffff],
  ["A_ALTCHARSET", 0x400000],
  ["A_ATTRIBUTES", 0xffffff00],
  ["A_BLINK", 0x80000],
  ["A_BOLD", 0x200000],
  ["A_CHARTEXT", 0xff],
  ["A_COLOR", 0xff00],
  ["A_DIM", 0x100000],
  ["A_HORIZONTAL", 0x2000000],
  ["A_INVIS", 0x800000],
  ["A_ITALIC", 0x80000000],
  ["A_LEFT", 0x4000000],
  ["A_LOW", 0x8000000],
  ["A_NORMAL", 0],
  ["A_PROTECT", 0x1000000],
  ["A_REVERSE", 0x40000],
  ["A_RIGHT", 0x10000000],
  ["A_STANDOUT", 0x10000],
  ["A_TOP", 0x20000000],
  ["A_UNDERLINE", 0x20000],
  ["A_VERTICAL", 0x40000000],
  ["BUTTON1_CLICKED", 0x4],
  ["BUTTON1_DOUBLE_CLICKED", 0x8],
  ["BUTTON1_PRESSED", 0x2],
  ["BUTTON1_RELEASED", 0x1],
  ["BUTTON1_TRIPLE_CLICKED", 0x10],
  ["BUTTON2_CLICKED", 0x80],
  ["BUTTON2_DOUBLE_CLICKED", 0x100],
  ["BUTTON2_PRESSED", 0x40],
  ["BUTTON2_RELEASED", 0x20],
  ["BUTTON2_TRIPLE_CLICKED", 0x200],
  ["BUTTON3_CLICKED", 0x1000],
  ["BUTTON3_DOUBLE_CLICKED", 0x2000],
  ["BUTTON3_PRESSED", 0x800],
  ["BUTTON3_RELEASED", 0x400],
  ["BUTTON3_TRIPLE_CLICKED", 0x4000],
  ["BUTTON4_CLICKED", 0x20000],
  ["BUTTON4_DOUBLE_CLICKED", 0x40000],
  ["BUTTON4_PRESSED", 0x10000],
  ["BUTTON4_RELEASED", 0x8000],
  ["BUTTON4_TRIPLE_CLICKED", 0x80000],
  ["BUTTON5_CLICKED", 0x400000],
  ["BUTTON5_DOUBLE_CLICKED", 0x800000],
  ["BUTTON5_PRESSED", 0x200000],
  ["BUTTON5_RELEASED", 0x100000],
  ["BUTTON5_TRIPLE_CLICKED", 0x1000000],
  ["BUTTON_ALT", 0x8000000],
  ["BUTTON_CTRL", 0x2000000],
  ["BUTTON_SHIFT", 0x4000000],
  ["COLOR_BLACK", 0],
  ["COLOR_BLUE", 0x4],
  ["COLOR_CYAN", 0x6],
  ["COLOR_GREEN", 0x2],
  ["COLOR_MAGENTA", 0x5],
  ["COLOR_RED", 0x1],
  ["COLOR_WHITE", 0x7],
  ["COLOR_YELLOW", 0x3],
  ["ERR", -1],
  ["OK", 0],
  ["REPORT_MOUSE_POSITION", 0x10000000],
];

/** ACS_* names and the acs_map index (a VT100 alternate-charset character) of each. */
export const ACS_CHARACTERS: readonly (readonly [string, string])[] = [
  ["ACS_ULCORNER", "l"],
  ["ACS_LLCORNER", "m"],
  ["ACS_URCORNER", "k"],
  ["ACS_LRCORNER", "j"],
  ["ACS_LTEE", "t"],
  ["ACS_RTEE", "u"],
  ["ACS_BTEE", "v"],
  ["ACS_TTEE", "w"],
  ["ACS_HLINE", "q"],
  ["ACS_VLINE", "x"],
  ["ACS_PLUS", "n"],
  ["ACS_S1", "o"],
  ["ACS_S9", "s"],
  ["ACS_DIAMOND", "`"],
  ["ACS_CKBOARD", "a"],
  ["ACS_DEGREE", "f"],
  ["ACS_PLMINUS", "g"],
  ["ACS_BULLET", "~"],
  ["ACS_LARROW", ","],
  ["ACS_RARROW", "+"],
  ["ACS_DARROW", "."],
  ["ACS_UARROW", "-"],
  ["ACS_BOARD", "h"],
  ["ACS_LANTERN", "i"],
  ["ACS_BLOCK", "0"],
  ["ACS_BSSB", "l"],
  ["ACS_SSBB", "m"],
  ["ACS_BBSS", "k"],
  ["ACS_SBBS", "j"],
  ["ACS_SBSS", "u"],
  ["ACS_SSSB", "t"],
  ["ACS_SSBS", "v"],
  ["ACS_BSSS", "w"],
  ["ACS_BSBS", "q"],
  ["ACS_SBSB", "x"],
  ["ACS_SSSS", "n"],
  ["ACS_S3", "p"],
  ["ACS_S7", "r"],
  ["ACS_LEQUAL", "y"],
  ["ACS_GEQUAL", "z"],
  ["ACS_PI", "{"],
  ["ACS_NEQUAL", "|"],
  ["ACS_STERLING", "}"],
];

/** The KEY_* names ncurses knows, each with its code, then KEY_MIN and KEY_MAX. */
export function keyConstants(): [string, number][] {
  const keys: [string, number][] = [];
  for (let key = KEY_MIN; key < KEY_MAX; key++) {
    const name = cStringResult(ncurses.fn("keyname")(key));
    if (name === null || name === "UNKNOWN KEY") continue;
    keys.push([name.startsWith("KEY_F(") ? name.replace(/[()]/g, "") : name, key]);
  }
  keys.push(["KEY_MIN", KEY_MIN], ["KEY_MAX", KEY_MAX]);
  return keys;
}
