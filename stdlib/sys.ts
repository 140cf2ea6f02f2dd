/**
 * The `sys` module (the part that does not need the import system): argv,
 * exit, the standard streams, version information, recursion limit, the
 * exception being handled, and the tables the import system will fill.
 */
import { materializeFrames } from "../vm/runtime/virtual_frames.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import type { PyValue } from "../vm/objects/object.ts";
import { breakpointHook } from "../vm/runtime/breakpoint.ts";
import { STDLIB_MODULE_NAMES } from "./stdlib_module_names.ts";
import { newFrozenSet } from "../vm/runtime/build.ts";
import { asyncgenHooks, setAsyncgenHooks } from "../vm/runtime/asyncgen_hooks.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple, PyTuple, tupleType } from "../vm/objects/tuple.ts";
import { isStr } from "../vm/objects/str_wide.ts";
import { PyBoxedStr } from "../vm/objects/str_boxed.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { nativeFunction, type PyBuiltinFunction } from "../vm/objects/native_function.ts";
import { ExceptionType, pyError } from "../vm/objects/exceptions.ts";
import { callObject } from "../vm/runtime/call.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyModule } from "../vm/runtime/module.ts";
import { thread } from "../vm/runtime/thread_state.ts";
import { indexValue } from "../vm/objects/slice.ts";
import { PYTHON_VERSION, TAIPAN_VERSION } from "../vm/version.ts";
import { newTextStream } from "./text_stream.ts";
import { defineStructSequence, makeStructSequence, newStructSequence } from "./struct_sequence.ts";
import { newSimpleNamespace } from "./simple_namespace.ts";
import { COMPILER_FINGERPRINT } from "../vm/compiler/fingerprint.ts";
import { addInteractiveMembers } from "./sys_interactive.ts";
import { addUnraisableHook } from "./sys_unraisable.ts";
import { addSizeof } from "./sys_sizeof.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { intStrDigits, setIntMaxStrDigits } from "../vm/objects/int_text.ts";
import { hooks, setProfileHook, setTraceHook } from "../vm/runtime/tracing/hooks.ts";
import { PythonProfileHook, PythonTraceHook } from "../vm/runtime/tracing/python_hooks.ts";

export interface SysOptions {
  argv: readonly string[];
  origArgv: readonly string[];
  executable: string;
  optimize: number;
  flags: Record<string, number>;
}

const asyncgenHooksType = defineStructSequence({
  name: "asyncgen_hooks",
  fields: ["firstiter", "finalizer"],
});

let switchInterval = 0.005;

const BOOL_FLAGS = new Set(["dev_mode", "safe_path"]);

/** sys.getdlopenflags(): RTLD_NOW, CPython's default, until sys.setdlopenflags. */
let dlopenFlags = 2;

export function createSysModule(options: SysOptions): PyModule {
  const dict = new PyDict();
  const module = new PyModule("sys", dict);
  const put = (name: string, value: PyValue) => dict.set(name, value);
  const v = PYTHON_VERSION;
  put("__name__", "sys");
  put("__doc__", null);
  put("argv", new PyList([...options.argv]));
  put("orig_argv", new PyList([...options.origArgv]));
  put("executable", options.executable);
  put("platform", "linux");
  put("byteorder", "little");
  put("maxsize", 9223372036854775807n);
  put("maxunicode", 0x10ffff);
  put(
    "version",
    `${v.major}.${v.minor}.${v.micro} (taipan ${TAIPAN_VERSION}) [Deno ${Deno.version.deno}]`,
  );
  put("hexversion", (v.major << 24) | (v.minor << 16) | (v.micro << 8) | 0xf0);
  const versionInfo = makeStructSequence(
    "sys.version_info",
    ["major", "minor", "micro", "releaselevel", "serial"],
    [v.major, v.minor, v.micro, v.releaselevel, v.serial],
    { instantiable: false },
  );
  put("version_info", versionInfo);
  put(
    "implementation",
    newSimpleNamespace([
      ["name", "taipan"],
      // Never CPython's tag (Taipan's .pyc files hold Taipan code), and a new one whenever the
      // compiler changes, so a .pyc is never read by a Taipan that cannot run its code.
      ["cache_tag", `taipan-311-${COMPILER_FINGERPRINT.slice(0, 8)}`],
      ["version", versionInfo],
      ["hexversion", (v.major << 24) | (v.minor << 16) | (v.micro << 8) | 0xf0],
      ["_multiarch", `${Deno.build.arch}-${Deno.build.os}-gnu`],
    ]),
  );
  put(
    "flags",
    makeStructSequence(
      "sys.flags",
      Object.keys(options.flags),
      // dev_mode and safe_path are bools in CPython's sys.flags, the rest ints.
      Object.entries(options.flags).map(([name, value]) =>
        BOOL_FLAGS.has(name) ? value !== 0 : value
      ),
      { instantiable: false },
    ),
  );
  // IEEE 754 binary64, as CPython reports it on every platform Taipan runs on.
  put(
    "float_info",
    makeStructSequence("sys.float_info", [
      "max",
      "max_exp",
      "max_10_exp",
      "min",
      "min_exp",
      "min_10_exp",
      "dig",
      "mant_dig",
      "epsilon",
      "radix",
      "rounds",
    ], [
      new PyFloat(Number.MAX_VALUE),
      1024,
      308,
      new PyFloat(2.2250738585072014e-308),
      -1021,
      -307,
      15,
      53,
      new PyFloat(Number.EPSILON),
      2,
      1,
    ]),
  );
  // Ints are arbitrary precision as CPython's; its digit layout is reported (Python code reads it).
  put(
    "int_info",
    makeStructSequence(
      "sys.int_info",
      ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
      [30, 4, 4300, 640],
    ),
  );
  put(
    "hash_info",
    makeStructSequence(
      "sys.hash_info",
      ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
      [64, 2n ** 61n - 1n, 314159, 0, 1000003, "siphash13", 64, 128, 0],
    ),
  );
  // No threads can be started (_thread.start_new_thread refuses): CPython's
  // name for a build without a thread implementation.
  put(
    "thread_info",
    makeStructSequence("sys.thread_info", ["name", "lock", "version"], [
      "pthread-stubs",
      null,
      null,
    ], { instantiable: false }),
  );
  put("modules", new PyDict());
  put("path", new PyList([]));
  put("meta_path", new PyList([]));
  put("path_hooks", new PyList([]));
  put("path_importer_cache", new PyDict());
  put("builtin_module_names", newTuple(["builtins", "sys"]));
  put("dont_write_bytecode", false);
  put("api_version", 1013); // CPython 3.11's PYTHON_API_VERSION
  put("abiflags", ""); // as Debian's python3.11 (sysconfig reads it)
  put("stdlib_module_names", newFrozenSet(STDLIB_MODULE_NAMES));
  put("breakpointhook", breakpointHook);
  put("__breakpointhook__", breakpointHook);
  const stdout = newTextStream("<stdout>", "stdout");
  const stderr = newTextStream("<stderr>", "stderr");
  const stdin = newTextStream("<stdin>", "stdin");
  put("stdout", stdout);
  put("stderr", stderr);
  put("stdin", stdin);
  put("__stdout__", stdout);
  put("__stderr__", stderr);
  put("__stdin__", stdin);
  addInteractiveMembers(dict);
  addUnraisableHook(dict);
  addSizeof(dict);
  for (
    const func of [
      nativeFunction("exit", "status=None, /", (status: PyValue) => {
        // Through the constructor, so the exception's `code` is set as for `raise SystemExit(n)`;
        // a tuple is the argument list (PyErr_SetObject), so sys.exit((42,)) exits with 42.
        const args = status === null
          ? []
          : status instanceof PyTuple && status.cls === tupleType
          ? [...status.items]
          : [status];
        throw callObject(ExceptionType.SystemExit, args, null);
      }),
      nativeFunction("getrecursionlimit", "", () => thread.recursionLimit),
      nativeFunction("setrecursionlimit", "limit, /", (limit: PyValue) => {
        const n = indexValue(
          limit,
          () => `'${typeOf(limit).tpName}' object cannot be interpreted as an integer`,
        );
        if (typeof n === "bigint" || n < 1) {
          throw pyError("ValueError", "recursion limit must be greater or equal than 1");
        }
        if (n <= thread.depth) {
          throw pyError(
            "RecursionError",
            `cannot set the recursion limit to ${n} at the recursion depth ${thread.depth}: the limit is too low`,
          );
        }
        thread.recursionLimit = n;
        return null;
      }),
      // Only extension modules are loaded with these flags, and Taipan loads none: they are kept.
      nativeFunction("getdlopenflags", "", () => dlopenFlags),
      nativeFunction("setdlopenflags", "flags, /", (flags: PyValue) => {
        dlopenFlags = asCInt(flags);
        return null;
      }),
      nativeFunction("exc_info", "", () => {
        const exception = thread.topmostException();
        return exception === null
          ? newTuple([null, null, null])
          : newTuple([exception.cls, exception, exception.traceback]);
      }),
      nativeFunction("exception", "", () => thread.topmostException()),
      nativeFunction("_getframe", "depth=0, /", (depth: PyValue) => {
        materializeFrames();
        let frame = thread.current;
        for (let n = Number(depth); n > 0 && frame !== null; n--) frame = frame.back;
        if (frame === null) throw pyError("ValueError", "call stack is not deep enough");
        return frame;
      }),
      nativeFunction("intern", "string, /", (s: PyValue) => {
        if (isStr(s)) return s;
        if (s instanceof PyBoxedStr) throw pyError("TypeError", `can't intern ${typeOf(s).tpName}`);
        throw pyError("TypeError", `intern() argument must be str, not ${typeOf(s).tpName}`);
      }),
      nativeFunction("call_tracing", "func, args, /", (func: PyValue, args: PyValue) => {
        if (!(args instanceof PyTuple)) {
          throw pyError(
            "TypeError",
            `call_tracing() argument 2 must be tuple, not ${typeOf(args).tpName}`,
          );
        }
        return callObject(func, args.items, null);
      }),
      // One thread runs Python code, so the interval is only recorded.
      nativeFunction("getswitchinterval", "", () => new PyFloat(switchInterval)),
      nativeFunction("setswitchinterval", "interval, /", (interval: PyValue) => {
        const seconds = late.toFloat(interval);
        if (!(seconds > 0)) {
          throw pyError("ValueError", "switch interval must be strictly positive");
        }
        switchInterval = seconds;
        return null;
      }),
      nativeFunction("is_finalizing", "", () => thread.finalizing),
      nativeFunction(
        "get_asyncgen_hooks",
        "",
        () =>
          newStructSequence(asyncgenHooksType, [asyncgenHooks.firstiter, asyncgenHooks.finalizer]),
      ),
      nativeFunction(
        "set_asyncgen_hooks",
        "firstiter=?, finalizer=?",
        (firstiter?: PyValue, finalizer?: PyValue) => {
          setAsyncgenHooks(firstiter, finalizer);
          return null;
        },
      ),
      nativeFunction(
        "get_coroutine_origin_tracking_depth",
        "",
        () => thread.coroutineOriginDepth,
      ),
      nativeFunction("set_coroutine_origin_tracking_depth", "depth", (depth: PyValue) => {
        const value = Number(indexValue(
          depth,
          () => `'${typeOf(depth).tpName}' object cannot be interpreted as an integer`,
        ));
        if (value < 0) throw pyError("ValueError", "depth must be >= 0");
        thread.coroutineOriginDepth = value;
        return null;
      }),
      nativeFunction("getdefaultencoding", "", () => "utf-8"),
      nativeFunction("getfilesystemencoding", "", () => "utf-8"),
      nativeFunction("getfilesystemencodeerrors", "", () => "surrogateescape"),
      auditFunction(),
      ...hookFunctions("trace"),
      ...hookFunctions("profile"),
    ]
  ) {
    put(func.name, func);
  }
  putNumberInfo(put);
  return module;
}

/**
 * sys.audit(event, *args): no audit hooks are installed, so only a missing
 * event is an error. CPython parses its arguments by hand: no text signature.
 */
function auditFunction(): PyBuiltinFunction {
  const audit = nativeFunction("audit", "*args", (args: PyValue[]) => {
    if (args.length === 0) {
      throw pyError("TypeError", "audit() missing 1 required positional argument: 'event'");
    }
    return null;
  }, {
    style: "positional",
    doc: "audit(event, *args)\n\nPasses the event to any audit hooks that are attached.",
  });
  audit.hasTextSignature = false;
  return audit;
}

/** settrace/gettrace and setprofile/getprofile (vm/runtime/tracing/). */
function hookFunctions(kind: "trace" | "profile") {
  const install = kind === "trace" ? setTraceHook : setProfileHook;
  const Hook = kind === "trace" ? PythonTraceHook : PythonProfileHook;
  return [
    nativeFunction(`set${kind}`, "function, /", (func: PyValue) => {
      install(func === null ? null : new Hook(func));
      return null;
    }),
    nativeFunction(`get${kind}`, "", () => hooks[kind]?.object ?? null),
  ];
}

/** float_repr_style and the integer string conversion limit. */
function putNumberInfo(put: (name: string, value: PyValue) => void): void {
  put("float_repr_style", "short");
  put(
    "get_int_max_str_digits",
    nativeFunction("get_int_max_str_digits", "", () => intStrDigits.limit),
  );
  put(
    "set_int_max_str_digits",
    nativeFunction("set_int_max_str_digits", "maxdigits", (maxdigits: PyValue) => {
      const limit = indexValue(
        maxdigits,
        () => `'${typeOf(maxdigits).tpName}' object cannot be interpreted as an integer`,
      );
      setIntMaxStrDigits(typeof limit === "bigint" ? -1 : limit);
      return null;
    }),
  );
}
