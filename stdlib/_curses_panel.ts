/**
 * `_curses_panel` over the system libpanelw (the `curses.panel` package
 * imports it): panels stacked over `_curses` windows.
 *
 * ncurses hands back bare PANEL pointers (panel_above, panel_below), so a
 * table maps each live panel's address to its Python object, as CPython's
 * list of panel objects does; a panel keeps its window and user pointer
 * alive. Functions needing the screen raise `_curses.error("must call
 * initscr() first")`, ERR results `_curses_panel.error`.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { libraryCandidates, SystemLibrary } from "../ffi/system_library.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { requireInitscr } from "./curses_args.ts";
import { PyCursesWindow } from "./curses_window.ts";

const P = "pointer";
const I = "i32";

const libpanel = new SystemLibrary(
  "libpanelw.so.6",
  libraryCandidates("libpanelw.so.6"),
  {
    new_panel: { parameters: [P], result: P },
    del_panel: { parameters: [P], result: I },
    panel_above: { parameters: [P], result: P },
    panel_below: { parameters: [P], result: P },
    top_panel: { parameters: [P], result: I },
    bottom_panel: { parameters: [P], result: I },
    hide_panel: { parameters: [P], result: I },
    show_panel: { parameters: [P], result: I },
    panel_hidden: { parameters: [P], result: I },
    move_panel: { parameters: [P, I, I], result: I },
    replace_panel: { parameters: [P, P], result: I },
    update_panels: { parameters: [], result: "void" },
  } as const,
);

const ERR = -1;

const panelErrorType = makeBuiltinType("error", ExceptionType.Exception);
const panelType = makeBuiltinType("panel", undefined, { subclassable: false });

class PyPanel extends PyObject {
  userPointer: PyValue | undefined = undefined;
  constructor(readonly pointer: Deno.PointerObject, public window: PyCursesWindow) {
    super(panelType);
  }
}

/** The Python object of each live panel, by PANEL address. */
const panels = new Map<bigint, PyPanel>();

function panelError(message: string): PyBaseException {
  return new PyBaseException(panelErrorType, newTuple([message]));
}

function checkPanel(code: number, functionName: string): null {
  if (code === ERR) throw panelError(`${functionName}() returned ERR`);
  return null;
}

/** The object of a PANEL pointer ncurses returned: None for NULL. */
function panelObject(pointer: Deno.PointerValue, lookup: string): PyValue {
  if (pointer === null) return null;
  const panel = panels.get(Deno.UnsafePointer.value(pointer));
  if (panel === undefined) {
    throw pyError("RuntimeError", `${lookup}: can't find Panel Object`);
  }
  return panel;
}

/** A window argument; `argument` is how CPython's message names it ("argument", "argument 1"). */
function windowArgument(value: PyValue, functionName: string, argument: string): PyCursesWindow {
  if (value instanceof PyCursesWindow) return value;
  throw pyError(
    "TypeError",
    `${functionName}() ${argument} must be _curses.window, not ${typeOf(value).tpName}`,
  );
}

registerConstructor(panelType, () => {
  throw pyError("TypeError", "cannot create '_curses_panel.panel' instances");
});

function stateChange(
  call: "top_panel" | "bottom_panel" | "hide_panel" | "show_panel",
  name: string,
) {
  return ["", (self: PyPanel) => checkPanel(libpanel.fn(call)(self.pointer), name)] as const;
}

defineNativeMethods(panelType, {
  above: [
    "",
    (self: PyPanel) => panelObject(libpanel.fn("panel_above")(self.pointer), "panel_above"),
  ],
  below: [
    "",
    (self: PyPanel) => panelObject(libpanel.fn("panel_below")(self.pointer), "panel_below"),
  ],
  top: stateChange("top_panel", "top"),
  bottom: stateChange("bottom_panel", "bottom"),
  hide: stateChange("hide_panel", "hide"),
  show: stateChange("show_panel", "show"),
  hidden: ["", (self: PyPanel) => libpanel.fn("panel_hidden")(self.pointer) !== 0],
  move: [
    "y, x, /",
    (self: PyPanel, y: PyValue, x: PyValue) =>
      checkPanel(libpanel.fn("move_panel")(self.pointer, asCInt(y), asCInt(x)), "move_panel"),
  ],
  replace: ["win, /", (self: PyPanel, win: PyValue) => {
    const window = windowArgument(win, "replace", "argument 1");
    if (libpanel.fn("replace_panel")(self.pointer, window.win) === ERR) {
      throw panelError("replace_panel() returned ERR");
    }
    self.window = window;
    return null;
  }],
  set_userptr: ["obj, /", (self: PyPanel, obj: PyValue) => {
    self.userPointer = obj;
    return null;
  }],
  userptr: ["", (self: PyPanel) => {
    if (self.userPointer === undefined) throw panelError("no userptr set");
    return self.userPointer;
  }],
  window: ["", (self: PyPanel) => self.window],
});

function newPanel(win: PyValue): PyValue {
  const window = windowArgument(win, "new_panel", "argument");
  const pointer = libpanel.fn("new_panel")(window.win);
  if (pointer === null) throw panelError("curses function returned NULL");
  const panel = new PyPanel(pointer, window);
  panels.set(Deno.UnsafePointer.value(pointer), panel);
  return panel;
}

export function createCursesPanelModule(): PyModule {
  requireSystemLibrary("_curses_panel", "curses panel library", libpanel);
  const module = newModule("_curses_panel");
  addTypes(module, [panelType, panelErrorType]);
  addValues(module, { version: "2.1", __version__: "2.1" });
  addFunctions(module, {
    new_panel: ["win, /", newPanel],
    top_panel: ["", () => {
      requireInitscr();
      return panelObject(libpanel.fn("panel_below")(null), "panel_below");
    }],
    bottom_panel: ["", () => {
      requireInitscr();
      return panelObject(libpanel.fn("panel_above")(null), "panel_above");
    }],
    update_panels: ["", () => {
      requireInitscr();
      libpanel.fn("update_panels")();
      return null;
    }],
  });
  return module;
}
