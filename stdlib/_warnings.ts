/**
 * The `_warnings` module (CPython's Python/_warnings.c): the filters list,
 * the default action, the "once" registry and `warn`/`warn_explicit`, which
 * warnings.py imports instead of defining its pure-Python versions (and so
 * skips the default-filter set-up that needs `re`).
 *
 * As in CPython, once the warnings module is imported its `filters`,
 * `defaultaction` and `onceregistry` attributes are read on every warning
 * (catch_warnings replaces them), and a warning is shown by calling
 * `warnings._showwarnmsg(warnings.WarningMessage(...))`. Departure: when the
 * warnings module has not been imported yet it is imported to show the
 * warning (CPython writes the message to sys.stderr itself); if that import
 * fails, the "file:line: Category: text" line is written to sys.stderr.
 * `module_globals` is accepted but not used to find the source line (the
 * warnings module's linecache lookup supplies it).
 */
import { materializeFrames } from "../vm/runtime/virtual_frames.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { PyType } from "../vm/objects/type.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { strOf } from "../vm/objects/str_convert.ts";
import { expectStr } from "../vm/objects/str_args.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { callObject } from "../vm/runtime/call.ts";
import { equals, isTrue } from "../vm/runtime/operators.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { interpreter } from "../vm/runtime/interpreter_state.ts";
import { importAbsolute } from "../vm/runtime/import/import_module.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";

const Warning = ExceptionType.Warning;

const state = {
  filters: new PyList([
    newTuple(["default", null, ExceptionType.DeprecationWarning, "__main__", 0]),
    newTuple(["ignore", null, ExceptionType.DeprecationWarning, null, 0]),
    newTuple(["ignore", null, ExceptionType.PendingDeprecationWarning, null, 0]),
    newTuple(["ignore", null, ExceptionType.ImportWarning, null, 0]),
    newTuple(["ignore", null, ExceptionType.ResourceWarning, null, 0]),
  ]) as PyValue,
  onceRegistry: new PyDict() as PyValue,
  defaultAction: "default" as PyValue,
  version: 0,
};

function isAttributeError(error: unknown): boolean {
  return error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.AttributeError);
}

/** An attribute of the warnings module, if it is imported (or `load`) and has it. */
function warningsAttribute(name: string, load = false): PyValue | undefined {
  let module = interpreter().modules.get("warnings");
  if ((module === undefined || module === null) && load) module = importAbsolute("warnings");
  if (module === undefined || module === null) return undefined;
  try {
    return getAttribute(module, name);
  } catch (error) {
    if (isAttributeError(error)) return undefined;
    throw error;
  }
}

function currentFilters(): PyList {
  const filters = warningsAttribute("filters");
  if (filters !== undefined) {
    if (!(filters instanceof PyList)) {
      throw pyError("ValueError", "_warnings.filters must be a list");
    }
    state.filters = filters;
  }
  return state.filters as PyList;
}

function onceRegistry(): PyDict {
  const registry = warningsAttribute("onceregistry");
  if (registry !== undefined) {
    if (!(registry instanceof PyDict)) {
      throw pyError(
        "TypeError",
        `_warnings.onceregistry must be a dict, not '${typeOf(registry).tpName}'`,
      );
    }
    state.onceRegistry = registry;
  }
  return state.onceRegistry as PyDict;
}

function defaultAction(): PyValue {
  const action = warningsAttribute("defaultaction");
  if (action !== undefined) {
    if (!isStr(action)) {
      throw pyError(
        "TypeError",
        `_warnings.defaultaction must be a string, not '${typeOf(action).tpName}'`,
      );
    }
    state.defaultAction = action;
  }
  return state.defaultAction;
}

function matches(pattern: PyValue, value: PyValue): boolean {
  if (pattern === null) return true;
  if (isStr(pattern) && typeOf(pattern).name === "str") {
    return isStr(value) && equals(pattern, value);
  }
  return isTrue(callObject(getAttribute(pattern, "match"), [value], null));
}

function findAction(category: PyType, text: PyValue, lineno: number, module: PyValue) {
  const filters = currentFilters();
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) {
      throw pyError("ValueError", `_warnings.filters item ${i} isn't a 5-tuple`);
    }
    const [action, message, itemCategory, itemModule, itemLine] = item.items;
    if (!isStr(action)) {
      throw pyError("TypeError", `action must be a string, not '${typeOf(action).tpName}'`);
    }
    const line = Number(indexValue(itemLine));
    if (
      matches(message, text) && itemCategory instanceof PyType &&
      category.isSubtypeOf(itemCategory) && matches(itemModule, module) &&
      (line === 0 || line === lineno)
    ) return { action: toJsString(action), item: item as PyValue };
  }
  const action = defaultAction();
  return { action: toJsString(action as PyStr), item: null as PyValue };
}

/** True if `key` is already in `registry` (for this filters version); records it if `set`. */
function alreadyWarned(registry: PyDict, key: PyValue, set: boolean): boolean {
  const version = registry.get("version");
  if (typeof version !== "number" || version !== state.version) {
    registry.clear();
    registry.set("version", state.version);
  } else {
    const seen = registry.get(key);
    if (seen !== undefined && isTrue(seen)) return true;
  }
  if (set) registry.set(key, true);
  return false;
}

function showWarning(
  message: PyValue,
  category: PyType,
  text: PyValue,
  filename: PyValue,
  lineno: number,
  source: PyValue,
): void {
  let show: PyValue | undefined;
  let messageClass: PyValue | undefined;
  try {
    show = warningsAttribute("_showwarnmsg", true);
    messageClass = warningsAttribute("WarningMessage");
  } catch (error) {
    if (!(error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.ImportError))) {
      throw error;
    }
  }
  if (show === undefined) {
    const stderr = getAttribute(interpreter().sys, "stderr");
    const line = `${toJsString(strOf(filename))}:${lineno}: ${category.name}: ${
      toJsString(strOf(text))
    }\n`;
    callObject(getAttribute(stderr, "write"), [line], null);
    return;
  }
  if (typeOf(show).lookup("__call__") === undefined) {
    throw pyError("TypeError", "warnings._showwarnmsg() must be set to a callable");
  }
  if (messageClass === undefined) {
    throw pyError("RuntimeError", "unable to get warnings.WarningMessage");
  }
  const record = callObject(
    messageClass,
    [message, category, filename, lineno, null, null, source],
    null,
  );
  callObject(show, [record], null);
}

function normaliseModule(filename: PyStr): PyValue {
  const name = toJsString(filename);
  if (name.length === 0) return "<unknown>";
  return name.endsWith(".py") ? name.slice(0, -3) : filename;
}

/** Warnings issued (whatever their filters said), for caches that must not hide one. */
let issued = 0;

export function warningsIssued(): number {
  return issued;
}

function warnExplicit(
  messageArgument: PyValue,
  categoryArgument: PyValue,
  filename: PyStr,
  lineno: number,
  moduleArgument: PyValue,
  registry: PyDict | null,
  source: PyValue,
): null {
  issued++;
  const module = moduleArgument ?? normaliseModule(filename);
  let message = messageArgument;
  let text: PyValue;
  let category: PyValue = categoryArgument;
  if (typeOf(message).isSubtypeOf(Warning)) {
    text = strOf(message);
    category = typeOf(message);
  } else {
    text = message;
    message = callObject(category, [message], null);
  }
  if (!(category instanceof PyType)) {
    throw pyError(
      "TypeError",
      `category must be a Warning subclass, not '${typeOf(category).tpName}'`,
    );
  }
  const key = newTuple([text, category, lineno]);
  if (registry !== null && alreadyWarned(registry, key, false)) return null;
  const { action, item } = findAction(category, text, lineno, module);
  if (action === "error") throw message;
  if (action === "ignore") return null;
  let seen = false;
  if (action !== "always") {
    if (registry !== null) registry.set(key, true);
    if (action === "once") {
      seen = alreadyWarned(registry ?? onceRegistry(), newTuple([text, category]), true);
    } else if (action === "module") {
      if (registry !== null) seen = alreadyWarned(registry, newTuple([text, category, 0]), true);
    } else if (action !== "default") {
      throw pyError(
        "RuntimeError",
        `Unrecognized action ('${action}') in warnings.filters:\n ${toJsString(strOf(item))}`,
      );
    }
  }
  if (!seen) showWarning(message, category, text, filename, lineno, source);
  return null;
}

function warn(message: PyValue, category: PyValue, stacklevel: PyValue, source: PyValue) {
  let resolved: PyValue;
  if (typeOf(message).isSubtypeOf(Warning)) resolved = typeOf(message);
  else resolved = category === null ? ExceptionType.UserWarning : category;
  if (!(resolved instanceof PyType) || !resolved.isSubtypeOf(Warning)) {
    throw pyError(
      "TypeError",
      `category must be a Warning subclass, not '${typeOf(resolved).tpName}'`,
    );
  }
  let level = Number(indexValue(stacklevel));
  materializeFrames();
  let frame = thread.current;
  while (--level > 0 && frame !== null) frame = frame.back;
  let globals: PyDict;
  let filename: PyStr;
  let lineno: number;
  if (frame === null) {
    globals = interpreter().sys.dict;
    filename = "sys";
    lineno = 1;
  } else {
    globals = frame.globals;
    filename = frame.code.co_filename;
    lineno = frame.lineno;
  }
  const name = globals.get("__name__");
  const module = name !== undefined && isStr(name) ? name : "<string>";
  let registry = globals.get("__warningregistry__");
  if (registry === undefined) {
    registry = new PyDict();
    globals.set("__warningregistry__", registry);
  }
  return warnExplicit(
    message,
    resolved,
    filename,
    lineno,
    module,
    registry instanceof PyDict ? registry : null,
    source,
  );
}

/** PyErr_WarnExplicitObject: a warning about `filename`, line `lineno` (no registry). */
export function warnExplicitFromNative(
  category: PyType,
  text: string,
  filename: string,
  lineno: number,
): void {
  warnExplicit(text, category, filename, lineno, null, null, null);
}

/** PyErr_WarnEx for TypeScript code: warn about the calling Python code. */
export function warnFromNative(category: PyType, text: string, stacklevel = 1): void {
  warn(text, category, stacklevel, null);
}

export function createWarningsModule(): PyModule {
  const module = newModule(
    "_warnings",
    "_warnings provides basic warning filtering support.\n" +
      "It is a helper module to speed up interpreter start-up.",
  );
  addValues(module, {
    filters: state.filters,
    _defaultaction: state.defaultAction,
    _onceregistry: state.onceRegistry,
  });
  addFunctions(module, {
    warn: ["message, category=None, stacklevel=1, source=None", warn],
    warn_explicit: [
      "message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None",
      (
        message: PyValue,
        category: PyValue,
        filename: PyValue,
        lineno: PyValue,
        moduleName: PyValue,
        registry: PyValue,
        moduleGlobals: PyValue,
        source: PyValue,
      ) => {
        const file = expectStr(filename, "warn_explicit() argument 'filename' must be str, not ");
        if (registry !== null && !(registry instanceof PyDict)) {
          throw pyError("TypeError", "'registry' must be a dict or None");
        }
        if (moduleGlobals !== null && !(moduleGlobals instanceof PyDict)) {
          throw pyError(
            "TypeError",
            `module_globals must be a dict, not '${typeOf(moduleGlobals).tpName}'`,
          );
        }
        return warnExplicit(
          message,
          category,
          file,
          Number(indexValue(lineno)),
          moduleName,
          registry,
          source,
        );
      },
    ],
    _filters_mutated: ["", () => {
      state.version++;
      return null;
    }],
  });
  return module;
}
