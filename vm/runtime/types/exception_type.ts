/**
 * Behaviour of the builtin exception classes: construction (`args`), str and
 * repr, the chaining and traceback attributes, notes, and the extra fields of
 * StopIteration, SystemExit, KeyError, ImportError, NameError,
 * AttributeError, OSError and SyntaxError, following CPython 3.11's
 * Objects/exceptions.c. Extra fields live in the instance's attribute storage.
 */
import type { PyValue } from "../../objects/object.ts";
import { ExceptionType, PyBaseException, pyError } from "../../objects/exceptions.ts";
import { defineNativeMethods } from "../../objects/native_function.ts";
import { defineGetSets } from "../../objects/getset.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { PyList } from "../../objects/list.ts";
import { typeOf } from "../../objects/typeof.ts";
import { getMappedAttribute, setMappedAttribute } from "../../objects/instance_map.ts";
import { isStr, type PyStr } from "../../objects/str_wide.ts";
import { reprOf, strOf } from "../../objects/str_convert.ts";
import { registerConstructor, registerInitializer } from "../call_type.ts";
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

function field(self: PyBaseException, name: string): PyValue {
  return getMappedAttribute(self, name) ?? null;
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
  add_note: ["note, /", (self: PyBaseException, note: PyValue) => {
    if (!isStr(note)) throw pyError("TypeError", `note must be a str, not '${typeOf(note).name}'`);
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
  __traceback__: [(self: PyBaseException) => self.traceback, setTraceback],
  __context__: [(self: PyBaseException) => self.context, (self: PyBaseException, value) => {
    self.context = exceptionOrNone(value, "context");
  }],
  __cause__: [(self: PyBaseException) => self.cause, (self: PyBaseException, value) => {
    self.cause = exceptionOrNone(value, "cause");
    self.suppressContext = true;
  }],
  __suppress_context__: [
    (self: PyBaseException) => self.suppressContext,
    (self: PyBaseException, value) => {
      self.suppressContext = value === true;
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
            : `${exception.cls.name}() got an unexpected keyword argument '${name}'`,
        );
      }
      keywords.set(name, args[positional + i]);
    });
    exception.args = newTuple(args.slice(0, positional));
    fill(exception, args.slice(0, positional), keywords);
  });
}

withFields("StopIteration", (self, args) => setMappedAttribute(self, "value", args[0] ?? null));
withFields("SystemExit", (self, args) => {
  setMappedAttribute(
    self,
    "code",
    args.length === 0 ? null : args.length === 1 ? args[0] : newTuple(args),
  );
});
withFields("NameError", (self, _args, keywords) => {
  setMappedAttribute(self, "name", keywords.get("name") ?? null);
}, ["name"]);
withFields("AttributeError", (self, _args, keywords) => {
  setMappedAttribute(self, "name", keywords.get("name") ?? null);
  setMappedAttribute(self, "obj", keywords.get("obj") ?? null);
}, ["name", "obj"]);
withFields("ImportError", (self, args, keywords) => {
  setMappedAttribute(self, "msg", args.length === 1 ? args[0] : null);
  setMappedAttribute(self, "name", keywords.get("name") ?? null);
  setMappedAttribute(self, "path", keywords.get("path") ?? null);
}, ["name", "path"]);
withFields("OSError", (self, args) => {
  const has = args.length >= 2 && args.length <= 5;
  setMappedAttribute(self, "errno", has ? args[0] : null);
  setMappedAttribute(self, "strerror", has ? args[1] : null);
  setMappedAttribute(self, "filename", has && args.length >= 3 ? args[2] : null);
  setMappedAttribute(self, "filename2", has && args.length >= 5 ? args[4] : null);
  if (has && args.length >= 3) self.args = newTuple(args.slice(0, 2));
});
withFields("SyntaxError", (self, args) => {
  setMappedAttribute(self, "msg", args[0] ?? null);
  const details = args[1];
  const fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
  const values = details instanceof PyTuple ? details.items : [];
  if (args.length === 2 && !(details instanceof PyTuple)) {
    throw pyError("TypeError", "argument 2 must be tuple");
  }
  fields.forEach((name, i) => setMappedAttribute(self, name, values[i] ?? null));
  setMappedAttribute(self, "print_file_and_line", null);
});

defineNativeMethods(ExceptionType.KeyError, {
  __str__: [
    "",
    (self: PyBaseException) =>
      self.args.items.length === 1 ? reprOf(self.args.items[0]) : argsStr(self),
  ],
});

defineNativeMethods(ExceptionType.ImportError, {
  __str__: ["", (self: PyBaseException) => {
    const msg = field(self, "msg");
    return msg !== null ? strOf(msg) : argsStr(self);
  }],
});

defineNativeMethods(ExceptionType.OSError, {
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
