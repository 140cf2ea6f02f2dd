/**
 * Behaviour of the builtin exception classes: construction (`args`), str and
 * repr, the chaining and traceback attributes, notes, and the extra fields of
 * StopIteration, SystemExit, KeyError, ImportError, NameError,
 * AttributeError, OSError and SyntaxError, following CPython 3.11's
 * Objects/exceptions.c. Extra fields live in the instance's attribute storage.
 */
import type { PyValue } from "../../objects/object.ts";
import {
  deleteExceptionField,
  exceptionField,
  ExceptionType,
  PyBaseException,
  pyError,
  setExceptionField,
} from "../../objects/exceptions.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { PyList } from "../../objects/list.ts";
import { typeOf } from "../../objects/typeof.ts";
import { getMappedAttribute, setMappedAttribute } from "../../objects/instance_map.ts";
import { instanceDict } from "../../objects/instance_dict.ts";
import { PyDict } from "../../objects/dict.ts";
import { attributeName, setAttribute } from "../attributes.ts";
import { isStr, type PyStr } from "../../objects/str_wide.ts";
import { reprOf, strOf } from "../../objects/str_convert.ts";
import {
  registerConstructor,
  registerInitializer,
  registerPlainConstruction,
} from "../call_type.ts";
import { PyTraceback } from "../traceback.ts";
import { iterateToArray } from "../iteration.ts";
import { toJsString } from "../../objects/str_wide.ts";

const base = ExceptionType.BaseException;

registerConstructor(base, (cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  return new PyBaseException(cls, newTuple(args.slice(0, positional)));
});

function noKeywords(self: PyBaseException, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", `${self.cls.name}() takes no keyword arguments`);
  }
}

registerInitializer(base, (self, args, kwnames) => {
  noKeywords(self as PyBaseException, kwnames);
  (self as PyBaseException).args = newTuple(args);
});
// BaseException_new then BaseException_init: both set args, the second from the same values.
registerPlainConstruction(base, (cls, args) => new PyBaseException(cls, newTuple(args)));

function field(self: PyBaseException, name: string): PyValue {
  return exceptionField(self, name) ?? null;
}

/** The instance `__dict__` when it holds anything, else null (CPython's NULL dict). */
function ownDict(self: PyBaseException): PyDict | null {
  const dict = instanceDict(self);
  return dict.size > 0 ? dict : null;
}

function reduceException(self: PyBaseException, args: PyValue, state: PyDict | null): PyValue {
  return state === null ? newTuple([self.cls, args]) : newTuple([self.cls, args, state]);
}

function argsStr(self: PyBaseException): PyStr {
  const items = self.args.items;
  if (items.length === 0) return "";
  if (items.length === 1) return strOf(items[0]);
  return strOf(self.args);
}

defineNativeMethods(base, {
  __str__: ["", argsStr],
  __repr__: ["", (self: PyBaseException) => {
    const items = self.args.items;
    const inner = items.length === 1
      ? toJsString(reprOf(items[0]))
      : toJsString(reprOf(self.args)).slice(1, -1);
    return `${self.cls.name}(${items.length === 1 ? inner : inner.replace(/,$/, "")})`;
  }],
  with_traceback: ["tb, /", (self: PyBaseException, tb: PyValue) => {
    setTraceback(self, tb);
    return self;
  }],
  // (type, args) or (type, args, __dict__): BaseException_reduce.
  __reduce__: ["", (self: PyBaseException) => reduceException(self, self.args, ownDict(self))],
  __setstate__: ["state, /", (self: PyBaseException, state: PyValue) => {
    if (state === null) return null;
    if (!(state instanceof PyDict)) throw pyError("TypeError", "state is not a dictionary");
    const [keys, values] = [[...state.keys], [...state.values]];
    keys.forEach((key, i) => {
      if (key !== undefined) setAttribute(self, attributeName(key), values[i]!);
    });
    return null;
  }],
  add_note: ["note, /", (self: PyBaseException, note: PyValue) => {
    if (!isStr(note)) {
      throw pyError("TypeError", `note must be a str, not '${typeOf(note).tpName}'`);
    }
    let notes = getMappedAttribute(self, "__notes__");
    if (notes === undefined) {
      notes = new PyList([]);
      setMappedAttribute(self, "__notes__", notes);
    }
    if (!(notes instanceof PyList)) {
      throw pyError("TypeError", "Cannot add note: __notes__ is not a list");
    }
    notes.items.push(note);
    return null;
  }],
});

function setTraceback(self: PyBaseException, tb: PyValue | undefined): void {
  if (tb !== null && !(tb instanceof PyTraceback)) {
    throw pyError("TypeError", "__traceback__ must be a traceback or None");
  }
  self.traceback = tb ?? null;
}

function exceptionOrNone(value: PyValue | undefined, attribute: string): PyBaseException | null {
  if (value === null || value === undefined) return null;
  if (value instanceof PyBaseException) return value;
  throw pyError("TypeError", `exception ${attribute} must be None or derive from BaseException`);
}

defineGetSets(base, {
  args: [
    (self: PyBaseException) => self.args,
    (self: PyBaseException, value: PyValue | undefined) => {
      if (value === undefined) throw pyError("TypeError", "args may not be deleted");
      self.args = value instanceof PyTuple ? value : newTuple(iterateToArray(value));
    },
  ],
  __traceback__: [(self: PyBaseException) => self.traceback, (self, tb) => {
    if (tb === undefined) throw pyError("TypeError", "__traceback__ may not be deleted");
    setTraceback(self, tb);
  }],
  __context__: [(self: PyBaseException) => self.context, (self: PyBaseException, value) => {
    if (value === undefined) throw pyError("TypeError", "__context__ may not be deleted");
    self.context = exceptionOrNone(value, "context");
  }],
  __cause__: [(self: PyBaseException) => self.cause, (self: PyBaseException, value) => {
    if (value === undefined) throw pyError("TypeError", "__cause__ may not be deleted");
    self.cause = exceptionOrNone(value, "cause");
    self.suppressContext = true;
  }],
  __suppress_context__: [
    (self: PyBaseException) => self.suppressContext,
    (self: PyBaseException, value) => {
      // A T_BOOL member: only a bool may be stored, and it cannot be deleted.
      if (value === undefined) throw pyError("TypeError", "can't delete numeric/char attribute");
      if (typeof value !== "boolean") {
        throw pyError("TypeError", "attribute value type must be bool");
      }
      self.suppressContext = value;
    },
  ],
});

/** An initializer that sets `args` and then named fields from the arguments. */
function withFields(
  type: keyof typeof ExceptionType,
  fill: (self: PyBaseException, args: readonly PyValue[], keywords: Map<string, PyValue>) => void,
  acceptedKeywords: readonly string[] = [],
): void {
  registerInitializer(ExceptionType[type], (self, args, kwnames) => {
    const exception = self as PyBaseException;
    const positional = args.length - (kwnames?.length ?? 0);
    const keywords = new Map<string, PyValue>();
    kwnames?.forEach((name, i) => {
      if (!acceptedKeywords.includes(name)) {
        throw pyError(
          "TypeError",
          acceptedKeywords.length === 0
            ? `${exception.cls.name}() takes no keyword arguments`
            : `'${name}' is an invalid keyword argument for ${type}()`,
        );
      }
      keywords.set(name, args[positional + i]);
    });
    exception.args = newTuple(args.slice(0, positional));
    fill(exception, args.slice(0, positional), keywords);
  });
}

withFields("StopIteration", (self, args) => setExceptionField(self, "value", args[0] ?? null));
withFields("SystemExit", (self, args) => {
  setExceptionField(
    self,
    "code",
    args.length === 0 ? null : args.length === 1 ? args[0] : newTuple(args),
  );
});
withFields("NameError", (self, _args, keywords) => {
  setExceptionField(self, "name", keywords.get("name") ?? null);
}, ["name"]);
withFields("AttributeError", (self, _args, keywords) => {
  setExceptionField(self, "name", keywords.get("name") ?? null);
  setExceptionField(self, "obj", keywords.get("obj") ?? null);
}, ["name", "obj"]);
withFields("ImportError", (self, args, keywords) => {
  setExceptionField(self, "msg", args.length === 1 ? args[0] : null);
  // Unset (CPython's NULL) unless given, even as None: pickling tells the two apart.
  for (const name of ["name", "path"]) {
    const value = keywords.get(name);
    if (value !== undefined) setExceptionField(self, name, value);
    else deleteExceptionField(self, name);
  }
}, ["name", "path"]);
withFields("OSError", (self, args) => {
  const has = args.length >= 2 && args.length <= 5;
  setExceptionField(self, "errno", has ? args[0] : null);
  setExceptionField(self, "strerror", has ? args[1] : null);
  setExceptionField(self, "filename", has && args.length >= 3 ? args[2] : null);
  setExceptionField(self, "filename2", has && args.length >= 5 ? args[4] : null);
  if (has && args.length >= 3) self.args = newTuple(args.slice(0, 2));
});
withFields("SyntaxError", (self, args) => {
  setExceptionField(self, "msg", args[0] ?? null);
  const fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
  // SyntaxError(msg, details): any sequence of 4 to 6 items, as PyArg_ParseTuple "OOOO|OO".
  const values = args.length === 2 ? iterateToArray(args[1]) : [];
  if (args.length === 2) {
    if (values.length < 4) {
      throw pyError("TypeError", `function takes at least 4 arguments (${values.length} given)`);
    }
    if (values.length > 6) {
      throw pyError("TypeError", `function takes at most 6 arguments (${values.length} given)`);
    }
    if (values.length === 5) {
      throw pyError("TypeError", "end_offset must be provided when end_lineno is provided");
    }
  }
  fields.forEach((name, i) => setExceptionField(self, name, values[i] ?? null));
  setExceptionField(self, "print_file_and_line", null);
});

/**
 * The fields of these classes are CPython's member descriptors: attributes
 * read and set through the class, never in the instance `__dict__`.
 */
const FIELDS: Partial<Record<keyof typeof ExceptionType, readonly string[]>> = {
  StopIteration: ["value"],
  SystemExit: ["code"],
  NameError: ["name"],
  AttributeError: ["name", "obj"],
  ImportError: ["msg", "name", "path"],
  OSError: ["errno", "strerror", "filename", "filename2"],
  SyntaxError: [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
  ],
};
for (const [type, names] of Object.entries(FIELDS)) {
  const accessors = names!.map((name) => [name, [
    (self: PyBaseException) => field(self, name),
    (self: PyBaseException, value: PyValue | undefined) =>
      setExceptionField(self, name, value ?? null),
  ]]);
  defineGetSets(ExceptionType[type as keyof typeof ExceptionType], Object.fromEntries(accessors));
}

defineNativeMethods(ExceptionType.KeyError, {
  __str__: [
    "",
    (self: PyBaseException) =>
      self.args.items.length === 1 ? reprOf(self.args.items[0]) : argsStr(self),
  ],
});

defineNativeMethods(ExceptionType.ImportError, {
  // ImportError_getstate: the __dict__ plus name and path when they were set.
  __reduce__: ["", (self: PyBaseException) => {
    let state = ownDict(self);
    for (const name of ["name", "path"]) {
      const value = exceptionField(self, name);
      if (value === undefined) continue;
      state = state === null ? new PyDict() : state === ownDict(self) ? state.copy() : state;
      state.set(name, value);
    }
    return reduceException(self, self.args, state);
  }],
  __str__: ["", (self: PyBaseException) => {
    const msg = field(self, "msg");
    return msg !== null ? strOf(msg) : argsStr(self);
  }],
});

defineNativeMethods(ExceptionType.OSError, {
  // OSError_reduce: the filenames go back into the arguments.
  __reduce__: ["", (self: PyBaseException) => {
    const filename = field(self, "filename");
    const filename2 = field(self, "filename2");
    let args: PyValue = self.args;
    if (self.args.items.length === 2 && filename !== null) {
      args = newTuple(
        filename2 === null
          ? [...self.args.items, filename]
          : [...self.args.items, filename, null, filename2],
      );
    }
    return reduceException(self, args, ownDict(self));
  }],
  __str__: ["", (self: PyBaseException) => {
    const errno = field(self, "errno");
    const strerror = field(self, "strerror");
    const filename = field(self, "filename");
    const filename2 = field(self, "filename2");
    if (filename !== null && filename2 !== null) {
      return `[Errno ${toJsString(strOf(errno))}] ${toJsString(strOf(strerror))}: ${
        toJsString(reprOf(filename))
      } -> ${toJsString(reprOf(filename2))}`;
    }
    if (filename !== null) {
      return `[Errno ${toJsString(strOf(errno))}] ${toJsString(strOf(strerror))}: ${
        toJsString(reprOf(filename))
      }`;
    }
    if (errno !== null && strerror !== null) {
      return `[Errno ${toJsString(strOf(errno))}] ${toJsString(strOf(strerror))}`;
    }
    return argsStr(self);
  }],
});

defineNativeMethods(ExceptionType.SyntaxError, {
  __str__: ["", (self: PyBaseException) => {
    const msg = toJsString(strOf(field(self, "msg")));
    const filename = field(self, "filename");
    const lineno = field(self, "lineno");
    const file = isStr(filename) ? toJsString(filename as PyStr).split("/").pop() : null;
    if (file !== null && typeof lineno === "number") return `${msg} (${file}, line ${lineno})`;
    if (file !== null) return `${msg} (${file})`;
    if (typeof lineno === "number") return `${msg} (line ${lineno})`;
    return msg;
  }],
});

/** OSError(errno, strerror, ...) picks the subclass for the errno (Linux numbers), as CPython does. */
const ERRNO_SUBCLASSES: Readonly<Record<number, keyof typeof ExceptionType>> = {
  1: "PermissionError",
  2: "FileNotFoundError",
  3: "ProcessLookupError",
  4: "InterruptedError",
  10: "ChildProcessError",
  11: "BlockingIOError",
  13: "PermissionError",
  17: "FileExistsError",
  20: "NotADirectoryError",
  21: "IsADirectoryError",
  32: "BrokenPipeError",
  103: "ConnectionAbortedError",
  104: "ConnectionResetError",
  108: "BrokenPipeError",
  110: "TimeoutError",
  111: "ConnectionRefusedError",
  114: "BlockingIOError",
  115: "BlockingIOError",
}; // deno-fmt-ignore

registerConstructor(ExceptionType.OSError, (cls, args, kwnames) => {
  const positional = args.length - (kwnames?.length ?? 0);
  let target = cls;
  if (cls === ExceptionType.OSError && positional >= 2 && typeof args[0] === "number") {
    const subclass = ERRNO_SUBCLASSES[args[0]];
    if (subclass !== undefined) target = ExceptionType[subclass];
  }
  return new PyBaseException(target, newTuple(args.slice(0, positional)));
});
