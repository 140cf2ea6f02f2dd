/**
 * The system ncursesw library (libncursesw.so.6, which pulls in libtinfo)
 * behind `_curses`: its functions as a signature table bound lazily per
 * symbol, and readers of the variables ncurses exports (LINES, COLS,
 * COLORS, COLOR_PAIRS, acs_map).
 *
 * Strings go to the wide-character entry points (waddnwstr, wins_nwstr,
 * wget_wch) as wchar_t arrays, which on Linux are UTF-32 in host order:
 * a Uint32Array of code points with a terminating 0. ncurses decides what
 * is printable from the C library's LC_CTYPE, which a Deno process leaves
 * at "C"; `selectLocale` sets it from the environment once, as CPython's
 * startup does (with PEP 538's coercion of "C" to C.UTF-8).
 */
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";
import { cString } from "./libc.ts";

const P = "pointer";
const B = "buffer";
const I = "i32";
const U = "u32";
const BOOL = "u8";

export const ncurses = new SystemLibrary(
  "libncursesw.so.6",
  libraryCandidates("libncursesw.so.6"),
  {
    initscr: { parameters: [], result: P },
    newwin: { parameters: [I, I, I, I], result: P },
    newpad: { parameters: [I, I], result: P },
    curses_version: { parameters: [], result: P },
    setlocale: { parameters: [I, B], result: P },
    nl_langinfo: { parameters: [I], result: P },
    endwin: { parameters: [], result: I },
    isendwin: { parameters: [], result: BOOL },
    doupdate: { parameters: [], result: I },
    beep: { parameters: [], result: I },
    flash: { parameters: [], result: I },
    cbreak: { parameters: [], result: I },
    nocbreak: { parameters: [], result: I },
    echo: { parameters: [], result: I },
    noecho: { parameters: [], result: I },
    raw: { parameters: [], result: I },
    noraw: { parameters: [], result: I },
    nl: { parameters: [], result: I },
    nonl: { parameters: [], result: I },
    def_prog_mode: { parameters: [], result: I },
    reset_prog_mode: { parameters: [], result: I },
    def_shell_mode: { parameters: [], result: I },
    reset_shell_mode: { parameters: [], result: I },
    savetty: { parameters: [], result: I },
    resetty: { parameters: [], result: I },
    start_color: { parameters: [], result: I },
    use_default_colors: { parameters: [], result: I },
    baudrate: { parameters: [], result: I },
    flushinp: { parameters: [], result: I },
    noqiflush: { parameters: [], result: "void" },
    qiflush: { parameters: [], result: "void" },
    get_escdelay: { parameters: [], result: I },
    has_colors: { parameters: [], result: BOOL },
    can_change_color: { parameters: [], result: BOOL },
    has_ic: { parameters: [], result: BOOL },
    has_il: { parameters: [], result: BOOL },
    napms: { parameters: [I], result: I },
    curs_set: { parameters: [I], result: I },
    halfdelay: { parameters: [I], result: I },
    intrflush: { parameters: [P, BOOL], result: I },
    meta: { parameters: [P, BOOL], result: I },
    init_extended_pair: { parameters: [I, I, I], result: I },
    init_extended_color: { parameters: [I, I, I, I], result: I },
    extended_pair_content: { parameters: [I, B, B], result: I },
    extended_color_content: { parameters: [I, B, B, B], result: I },
    has_key: { parameters: [I], result: I },
    keyname: { parameters: [I], result: P },
    unctrl: { parameters: [U], result: P },
    erasechar: { parameters: [], result: "u8" },
    killchar: { parameters: [], result: "u8" },
    longname: { parameters: [], result: P },
    termname: { parameters: [], result: P },
    termattrs: { parameters: [], result: U },
    setupterm: { parameters: [B, I, B], result: I },
    tigetstr: { parameters: [B], result: P },
    tigetnum: { parameters: [B], result: I },
    tigetflag: { parameters: [B], result: I },
    tparm: {
      parameters: [B, "i64", "i64", "i64", "i64", "i64", "i64", "i64", "i64", "i64"],
      result: P,
    },
    putp: { parameters: [B], result: I },
    typeahead: { parameters: [I], result: I },
    use_env: { parameters: [BOOL], result: "void" },
    set_escdelay: { parameters: [I], result: I },
    set_tabsize: { parameters: [I], result: I },
    is_term_resized: { parameters: [I, I], result: BOOL },
    resizeterm: { parameters: [I, I], result: I },
    resize_term: { parameters: [I, I], result: I },
    unget_wch: { parameters: [I], result: I },
    ungetch: { parameters: [I], result: I },
    delay_output: { parameters: [I], result: I },
    filter: { parameters: [], result: "void" },
    mouseinterval: { parameters: [I], result: I },
    mousemask: { parameters: [U, B], result: U },
    getmouse: { parameters: [B], result: I },
    ungetmouse: { parameters: [B], result: I },
    // WINDOW * functions
    waddnwstr: { parameters: [P, B, I], result: I },
    waddnstr: { parameters: [P, B, I], result: I },
    wadd_wch: { parameters: [P, B], result: I },
    waddch: { parameters: [P, U], result: I },
    wechochar: { parameters: [P, U], result: I },
    wecho_wchar: { parameters: [P, B], result: I },
    wins_nwstr: { parameters: [P, B, I], result: I },
    winsnstr: { parameters: [P, B, I], result: I },
    wins_wch: { parameters: [P, B], result: I },
    winsch: { parameters: [P, U], result: I },
    wmove: { parameters: [P, I, I], result: I },
    getcury: { parameters: [P], result: I },
    getcurx: { parameters: [P], result: I },
    getmaxy: { parameters: [P], result: I },
    getmaxx: { parameters: [P], result: I },
    getbegy: { parameters: [P], result: I },
    getbegx: { parameters: [P], result: I },
    getpary: { parameters: [P], result: I },
    getparx: { parameters: [P], result: I },
    wclear: { parameters: [P], result: I },
    werase: { parameters: [P], result: I },
    wclrtoeol: { parameters: [P], result: I },
    wclrtobot: { parameters: [P], result: I },
    wrefresh: { parameters: [P], result: I },
    wnoutrefresh: { parameters: [P], result: I },
    wstandout: { parameters: [P], result: I },
    wstandend: { parameters: [P], result: I },
    wdelch: { parameters: [P], result: I },
    wdeleteln: { parameters: [P], result: I },
    winsertln: { parameters: [P], result: I },
    touchwin: { parameters: [P], result: I },
    untouchwin: { parameters: [P], result: I },
    redrawwin: { parameters: [P], result: I },
    wgetch: { parameters: [P], result: I },
    scroll: { parameters: [P], result: I },
    delwin: { parameters: [P], result: I },
    wsyncup: { parameters: [P], result: "void" },
    wsyncdown: { parameters: [P], result: "void" },
    wcursyncup: { parameters: [P], result: "void" },
    wborder: { parameters: [P, U, U, U, U, U, U, U, U], result: I },
    box: { parameters: [P, U, U], result: I },
    whline: { parameters: [P, U, I], result: I },
    wvline: { parameters: [P, U, I], result: I },
    wattron: { parameters: [P, I], result: I },
    wattroff: { parameters: [P, I], result: I },
    wattrset: { parameters: [P, I], result: I },
    getattrs: { parameters: [P], result: I },
    keypad: { parameters: [P, BOOL], result: I },
    nodelay: { parameters: [P, BOOL], result: I },
    notimeout: { parameters: [P, BOOL], result: I },
    wtimeout: { parameters: [P, I], result: "void" },
    wget_wch: { parameters: [P, B], result: I },
    wgetnstr: { parameters: [P, B, I], result: I },
    subwin: { parameters: [P, I, I, I, I], result: P },
    derwin: { parameters: [P, I, I, I, I], result: P },
    subpad: { parameters: [P, I, I, I, I], result: P },
    wscrl: { parameters: [P, I], result: I },
    scrollok: { parameters: [P, BOOL], result: I },
    wbkgd: { parameters: [P, U], result: I },
    wbkgdset: { parameters: [P, U], result: "void" },
    getbkgd: { parameters: [P], result: U },
    wchgat: { parameters: [P, I, U, "i16", P], result: I },
    winch: { parameters: [P], result: U },
    winnstr: { parameters: [P, B, I], result: I },
    idlok: { parameters: [P, BOOL], result: I },
    idcok: { parameters: [P, BOOL], result: "void" },
    leaveok: { parameters: [P, BOOL], result: I },
    clearok: { parameters: [P, BOOL], result: I },
    immedok: { parameters: [P, BOOL], result: "void" },
    syncok: { parameters: [P, BOOL], result: I },
    wsetscrreg: { parameters: [P, I, I], result: I },
    winsdelln: { parameters: [P, I], result: I },
    wtouchln: { parameters: [P, I, I, I], result: I },
    is_linetouched: { parameters: [P, I], result: BOOL },
    is_wintouched: { parameters: [P], result: BOOL },
    wredrawln: { parameters: [P, I, I], result: I },
    mvwin: { parameters: [P, I, I], result: I },
    mvderwin: { parameters: [P, I, I], result: I },
    wresize: { parameters: [P, I, I], result: I },
    overlay: { parameters: [P, P], result: I },
    overwrite: { parameters: [P, P], result: I },
    copywin: { parameters: [P, P, I, I, I, I, I, I, I], result: I },
    wenclose: { parameters: [P, I, I], result: BOOL },
    pnoutrefresh: { parameters: [P, I, I, I, I, I, I], result: I },
    prefresh: { parameters: [P, I, I, I, I, I, I], result: I },
    is_pad: { parameters: [P], result: BOOL },
    is_leaveok: { parameters: [P], result: BOOL },
    putwin: { parameters: [P, P], result: I },
    getwin: { parameters: [P], result: P },
    // C library stdio for putwin/getwin's temporary FILE
    tmpfile: { parameters: [], result: P },
    fwrite: { parameters: [B, "usize", "usize", P], result: "usize" },
    fread: { parameters: [B, "usize", "usize", P], result: "usize" },
    fseek: { parameters: [P, "i64", I], result: I },
    fclose: { parameters: [P], result: I },
    setcchar: { parameters: [B, B, U, "i16", B], result: I },
  } as const,
);

export type NcursesName = Parameters<typeof ncurses.fn>[0];

/** ncurses' ERR and OK. */
export const ERR = -1;
export const OK = 0;

/** sizeof(cchar_t) in the ncursesw 6 ABI: attr_t, wchar_t[5], int ext_color. */
export const CCHAR_BYTES = 28;

/** The value of one of ncurses' exported `int` variables. */
export function intVariable(name: "LINES" | "COLS" | "COLORS" | "COLOR_PAIRS"): number {
  return new Deno.UnsafePointerView(ncurses.variable(name)).getInt32();
}

/** acs_map[code]: the chtype initscr() chose for the line-drawing character `code`. */
export function acsMapEntry(code: number): number {
  return new Deno.UnsafePointerView(ncurses.variable("acs_map")).getUint32(4 * code);
}

/** A NUL-terminated C string result, or null for a NULL pointer. */
export function cStringResult(pointer: Deno.PointerValue): string | null {
  return pointer === null ? null : Deno.UnsafePointerView.getCString(pointer);
}

/** The bytes of a NUL-terminated C string result (not decoded). */
export function cBytesResult(pointer: Deno.PointerObject): Uint8Array {
  const view = new Deno.UnsafePointerView(pointer);
  let length = 0;
  while (view.getUint8(length) !== 0) length++;
  return new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(pointer, length).slice(0));
}

const LC_CTYPE = 0;
/** glibc's nl_item for the codeset name. */
const CODESET = 14;
let localeSelected = false;

/**
 * setlocale(LC_CTYPE, "") once, coercing "C" to C.UTF-8 as CPython's
 * startup does (PEP 538: not when LC_ALL is set or PYTHONCOERCECLOCALE=0).
 */
export function selectLocale(): void {
  if (localeSelected) return;
  localeSelected = true;
  const chosen = cStringResult(ncurses.fn("setlocale")(LC_CTYPE, cString(new Uint8Array())));
  const coercible = !Deno.env.get("LC_ALL") && Deno.env.get("PYTHONCOERCECLOCALE") !== "0";
  if (coercible && (chosen === null || chosen === "C" || chosen === "POSIX")) {
    ncurses.fn("setlocale")(LC_CTYPE, cString(new TextEncoder().encode("C.UTF-8")));
  }
}

/** The encoding a new window reports: the C library's codeset, else "utf-8" (as CPython). */
export function localeEncoding(): string {
  return cStringResult(ncurses.fn("nl_langinfo")(CODESET)) || "utf-8";
}
