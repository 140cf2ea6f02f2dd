/**
 * Native twins of `json.dumps` and `json.loads` for their common calls.
 *
 * Why: a `json.dumps(d, sort_keys=True)` runs four Python functions around
 * the C encoder (dumps, JSONEncoder.__init__ with nine keywords, encode,
 * iterencode with its floatstr closure) and `json.loads(s)` three around the
 * C scanner (loads, decode with two whitespace regex matches, raw_decode).
 * For the small documents of a loop of calls, that is most of the time,
 * and most of the first iterations' time while V8 warms up.
 *
 * How: the functions stay the Python functions they are (their type, code,
 * signature and frames are CPython's); their code objects get a native
 * entry (constants.ts NativeEntry), which the eval loop runs on the
 * function's frame, its arguments bound, before the first instruction. The
 * entry either returns what the Python code would return or declines with
 * no effect Python could see, and the bytecode then runs as usual. It
 * declines for anything but the common case:
 *
 * - arguments: dumps with `cls`, `indent`, `default` None, no extra
 *   keywords, flags that are bools and separators a tuple of two primitive
 *   strs; loads of a primitive str with no hooks or keywords;
 * - the code the twin stands for not being CPython's: the three files are
 *   checked once, at import, by their hashes (json/encoder.py through its
 *   own twin, _json_iterencode.ts), and on each call the objects the Python
 *   code would look up — json's globals JSONEncoder, _default_encoder and
 *   _default_decoder, the classes' methods and class attributes, the
 *   methods' code and defaults, the default encoder's and decoder's
 *   attributes, json.encoder's str encoders, c_make_encoder and INFINITY,
 *   and the builtins isinstance, str, len, list, tuple and float — must be
 *   the ones seen at import (a dict's version saves the lookups while
 *   nothing in it changed);
 * - the work needing Python code (`default()`, a dict subclass's items(),
 *   sorting keys that are not all primitive strs) or raising any error
 *   (circular references, NaN with allow_nan False, bad JSON, a BOM, extra
 *   data, RecursionError): the encoding or parsing is thrown away and the
 *   Python code does it all again, with its own frames in the traceback.
 *
 * Recursion: the C encoder and scanner count nesting against the
 * recursion limit from the depth of their caller, which in Python is two
 * frames (encode and iterencode; decode and raw_decode) and a call above
 * the dumps or loads frame; the twins add as much to the thread's depth.
 * sys.settrace/setprofile: the eval loop does not run native entries while
 * a hook is set, so the hooks see every Python frame.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyFunction } from "../vm/objects/function.ts";
import { PyInstance } from "../vm/objects/instance.ts";
import { PyModule } from "../vm/runtime/module.ts";
import { PyTuple, tupleType } from "../vm/objects/tuple.ts";
import { PyType } from "../vm/objects/type.ts";
import type { Frame } from "../vm/runtime/frame.ts";
import { runtimeCode } from "../vm/runtime/constants.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { encoderType, encodeWithoutPython, fastEncoders } from "./_json_encoder.ts";
import { PyScanner, scanDocument } from "./_json_scanner.ts";
import { isStockEncoderModule, isStockFile } from "./_json_iterencode.ts";

/** CPython 3.11's json/__init__.py and json/decoder.py (see _json_iterencode.ts). */
const CPYTHON_JSON = new Set([
  "source 14020 161f709338ea8d98b9108dd3b4cfb5c0",
  "zip entry, method 8 3587 513c919c8f18aea21f461164af6381ef",
]);
const CPYTHON_DECODER = new Set([
  "source 12473 205e1b1ae03d7c1ce30415c711eda87c",
  "zip entry, method 8 3585 8ded30895870cfec6caf3eaf7abfd2e1",
]);

/**
 * What the Python code adds to the recursion depth between the dumps/loads
 * frame and the encoder's/scanner's first container: two frames and the
 * call of the C object (call.ts callObject's enterCall).
 */
const INNER_FRAMES = 3;

/** Entries of a dict as they were (undefined: absent), rechecked only when its version moved. */
class DictSnapshot {
  private version: number;
  private readonly entries: [string, PyValue | undefined][];
  constructor(private readonly dict: PyDict, names: readonly string[]) {
    this.version = dict.version;
    this.entries = names.map((name) => [name, dict.get(name)]);
  }

  holds(): boolean {
    const dict = this.dict;
    if (dict.version === this.version) return true;
    for (const [name, value] of this.entries) if (dict.get(name) !== value) return false;
    this.version = dict.version;
    return true;
  }
}

/**
 * A class whose metaclass, MRO and named dict entries are as they were
 * (its version changes with any of them, types.ts; checked again then).
 */
class ClassSnapshot {
  private version: number;
  private readonly metaclass: PyType;
  private readonly mro: readonly PyType[];
  private readonly entries: [string, PyValue | undefined][];
  constructor(private readonly cls: PyType, names: readonly string[]) {
    this.version = cls.version;
    this.metaclass = cls.cls;
    this.mro = [...cls.mro];
    this.entries = names.map((name) => [name, cls.dict.get(name)]);
  }

  holds(): boolean {
    const cls = this.cls;
    if (cls.version === this.version) return true;
    if (cls.cls !== this.metaclass || cls.mro.length !== this.mro.length) return false;
    for (let i = 0; i < this.mro.length; i++) if (cls.mro[i] !== this.mro[i]) return false;
    for (const [name, value] of this.entries) if (cls.dict.get(name) !== value) return false;
    this.version = cls.version;
    return true;
  }
}

/** A function with the code and defaults it had. */
class FunctionSnapshot {
  private readonly code;
  private readonly defaults;
  private readonly kwdefaults;
  constructor(private readonly func: PyFunction) {
    this.code = func.code;
    this.defaults = func.defaults;
    this.kwdefaults = func.kwdefaults;
  }

  holds(): boolean {
    const func = this.func;
    return func.code === this.code && func.defaults === this.defaults &&
      func.kwdefaults === this.kwdefaults;
  }
}

/** An instance of a class with the attributes it had (same map, same values). */
class InstanceSnapshot {
  private readonly cls: PyType;
  private readonly map: unknown;
  private readonly slots: readonly (PyValue | undefined)[];
  constructor(private readonly instance: PyInstance) {
    this.cls = instance.cls;
    this.map = instance.map;
    this.slots = [...instance.slots];
  }

  holds(): boolean {
    const instance = this.instance;
    if (instance.cls !== this.cls || instance.map !== this.map) return false;
    const slots = instance.slots;
    if (slots.length !== this.slots.length) return false;
    for (let i = 0; i < slots.length; i++) if (slots[i] !== this.slots[i]) return false;
    return true;
  }
}

/** What the twins check on each call; built once json's three modules checked out. */
interface Snapshots {
  readonly globals: PyDict;
  readonly jsonGlobals: DictSnapshot;
  readonly encoderGlobals: DictSnapshot;
  readonly decoderGlobals: DictSnapshot;
  readonly builtins: DictSnapshot;
  readonly encoderClass: ClassSnapshot;
  readonly decoderClass: ClassSnapshot;
  readonly functions: FunctionSnapshot[];
  readonly defaultEncoder: InstanceSnapshot;
  readonly defaultDecoder: InstanceSnapshot;
  /** json.encoder's encode_basestring_ascii and encode_basestring (_json's). */
  readonly asciiEncoder: PyValue;
  readonly unicodeEncoder: PyValue;
  readonly scanner: PyScanner;
}

function holds(s: Snapshots): boolean {
  if (
    !s.jsonGlobals.holds() || !s.encoderGlobals.holds() || !s.decoderGlobals.holds() ||
    !s.builtins.holds() || !s.encoderClass.holds() || !s.decoderClass.holds()
  ) return false;
  for (const func of s.functions) if (!func.holds()) return false;
  return true;
}

function moduleDict(value: PyValue | undefined): PyDict | null {
  return value instanceof PyModule ? value.dict : null;
}

function method(cls: PyType, name: string): PyFunction | null {
  const value = cls.dict.get(name);
  return value instanceof PyFunction ? value : null;
}

/** json's companion: give dumps and loads their native entries when everything checks out. */
export function installJsonEntries(globals: PyDict, path: string): void {
  if (!isStockFile(path, CPYTHON_JSON)) return;
  const encoderGlobals = moduleDict(globals.get("encoder"));
  const decoderGlobals = moduleDict(globals.get("decoder"));
  if (encoderGlobals === null || decoderGlobals === null) return;
  const decoderPath = decoderGlobals.get("__file__");
  if (typeof decoderPath !== "string" || !isStockFile(decoderPath, CPYTHON_DECODER)) return;
  if (!isStockEncoderModule(encoderGlobals)) return;
  const dumps = globals.get("dumps"), loads = globals.get("loads");
  const encoderClass = globals.get("JSONEncoder"), decoderClass = globals.get("JSONDecoder");
  const defaultEncoder = globals.get("_default_encoder");
  const defaultDecoder = globals.get("_default_decoder");
  if (
    !(dumps instanceof PyFunction) || !(loads instanceof PyFunction) ||
    !(encoderClass instanceof PyType) || !(decoderClass instanceof PyType) ||
    !(defaultEncoder instanceof PyInstance) || !(defaultDecoder instanceof PyInstance) ||
    encoderGlobals.get("JSONEncoder") !== encoderClass ||
    decoderGlobals.get("JSONDecoder") !== decoderClass
  ) return;
  const asciiEncoder = encoderGlobals.get("encode_basestring_ascii");
  const unicodeEncoder = encoderGlobals.get("encode_basestring");
  const scanner = defaultDecoder.slots[defaultDecoder.map.indexOf("scan_once")];
  if (
    asciiEncoder === undefined || !fastEncoders.has(asciiEncoder) ||
    unicodeEncoder === undefined || !fastEncoders.has(unicodeEncoder) ||
    encoderGlobals.get("c_make_encoder") !== encoderType || !(scanner instanceof PyScanner)
  ) return;
  const functions: PyFunction[] = [];
  for (
    const [cls, name] of [
      [encoderClass, "__init__"],
      [encoderClass, "encode"],
      [encoderClass, "iterencode"],
      [decoderClass, "decode"],
      [decoderClass, "raw_decode"],
    ] as const
  ) {
    const func = method(cls, name);
    if (func === null) return;
    functions.push(func);
  }
  const snapshots: Snapshots = {
    globals,
    jsonGlobals: new DictSnapshot(globals, [
      "JSONEncoder",
      "_default_encoder",
      "_default_decoder",
      "isinstance",
      "str",
    ]),
    encoderGlobals: new DictSnapshot(encoderGlobals, [
      "encode_basestring_ascii",
      "encode_basestring",
      "c_make_encoder",
      "INFINITY",
      "isinstance",
      "str",
      "list",
      "tuple",
      "float",
    ]),
    decoderGlobals: new DictSnapshot(decoderGlobals, ["len"]),
    builtins: new DictSnapshot(dumps.builtins, [
      "isinstance",
      "str",
      "len",
      "list",
      "tuple",
      "float",
    ]),
    encoderClass: new ClassSnapshot(encoderClass, [
      "__init__",
      "encode",
      "iterencode",
      "default",
      "item_separator",
      "key_separator",
      "__new__",
      "__getattribute__",
      "__setattr__",
    ]),
    decoderClass: new ClassSnapshot(decoderClass, ["decode", "raw_decode", "__getattribute__"]),
    functions: functions.map((func) => new FunctionSnapshot(func)),
    defaultEncoder: new InstanceSnapshot(defaultEncoder),
    defaultDecoder: new InstanceSnapshot(defaultDecoder),
    asciiEncoder,
    unicodeEncoder,
    scanner,
  };
  const dumpsEntry = dumpsTwin(dumps, snapshots);
  const loadsEntry = loadsTwin(loads, snapshots);
  if (dumpsEntry === null || loadsEntry === null) return;
  runtimeCode(dumps.code).nativeEntry = dumpsEntry;
  runtimeCode(loads.code).nativeEntry = loadsEntry;
}

/** Where each named parameter lives in the frame, or null if one is missing. */
function parameterSlots(func: PyFunction, names: readonly string[]): number[] | null {
  const slots = names.map((name) => func.code.co_varnames.indexOf(name));
  return slots.includes(-1) || func.code.co_cellvars.length > 0 ? null : slots;
}

const DUMPS_PARAMETERS = [
  "obj",
  "skipkeys",
  "ensure_ascii",
  "check_circular",
  "allow_nan",
  "cls",
  "indent",
  "separators",
  "default",
  "sort_keys",
  "kw",
] as const;

function dumpsTwin(
  dumps: PyFunction,
  s: Snapshots,
): ((frame: Frame) => PyValue | undefined) | null {
  const at = parameterSlots(dumps, DUMPS_PARAMETERS);
  if (at === null) return null;
  const [obj, skip, ascii, circular, nan, cls, indent, separators, dflt, sort, kw] = at;
  return (frame) => {
    const fast = frame.fast;
    const skipKeys = fast[skip], ensureAscii = fast[ascii], checkCircular = fast[circular];
    const allowNan = fast[nan], sortKeys = fast[sort], extra = fast[kw];
    if (
      frame.globals !== s.globals || fast[cls] !== null || fast[indent] !== null ||
      fast[dflt] !== null || typeof skipKeys !== "boolean" || typeof ensureAscii !== "boolean" ||
      typeof checkCircular !== "boolean" || typeof allowNan !== "boolean" ||
      typeof sortKeys !== "boolean" || !(extra instanceof PyDict) || extra.size !== 0
    ) return undefined;
    let itemSeparator = ", ", keySeparator = ": ";
    const given = fast[separators];
    if (given !== null) {
      if (!(given instanceof PyTuple) || given.cls !== tupleType || given.items.length !== 2) {
        return undefined;
      }
      const [item, key] = given.items;
      if (typeof item !== "string" || typeof key !== "string") return undefined;
      itemSeparator = item;
      keySeparator = key;
    }
    if (!holds(s)) return undefined;
    const isDefault = !skipKeys && ensureAscii && checkCircular && allowNan && given === null &&
      !sortKeys;
    // The default encoder's attributes are the ones it was made with.
    if (isDefault && !s.defaultEncoder.holds()) return undefined;
    thread.depth += INNER_FRAMES;
    try {
      return encodeWithoutPython(
        fast[obj]!,
        ensureAscii ? s.asciiEncoder : s.unicodeEncoder,
        checkCircular,
        keySeparator,
        itemSeparator,
        sortKeys,
        skipKeys,
        allowNan,
      );
    } finally {
      thread.depth -= INNER_FRAMES;
    }
  };
}

const LOADS_PARAMETERS = [
  "s",
  "cls",
  "object_hook",
  "parse_float",
  "parse_int",
  "parse_constant",
  "object_pairs_hook",
  "kw",
] as const;

function loadsTwin(
  loads: PyFunction,
  s: Snapshots,
): ((frame: Frame) => PyValue | undefined) | null {
  const at = parameterSlots(loads, LOADS_PARAMETERS);
  if (at === null) return null;
  const [document, kw] = [at[0], at[7]];
  const hooks = at.slice(1, 7);
  return (frame) => {
    const fast = frame.fast;
    const text = fast[document], extra = fast[kw];
    if (
      typeof text !== "string" || frame.globals !== s.globals || !(extra instanceof PyDict) ||
      extra.size !== 0 || text.charCodeAt(0) === 0xfeff
    ) return undefined;
    for (const hook of hooks) if (fast[hook] !== null) return undefined;
    if (!holds(s) || !s.defaultDecoder.holds()) return undefined;
    thread.depth += INNER_FRAMES;
    try {
      const [value, end] = scanDocument(s.scanner, text, skipWhitespace(text));
      return end === text.length ? value : undefined;
    } catch {
      return undefined;
    } finally {
      thread.depth -= INNER_FRAMES;
    }
  };
}

/** Where json.decoder's WHITESPACE (`[ \t\n\r]*`) ends from the start. */
function skipWhitespace(text: string): number {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
  }
  return i;
}
