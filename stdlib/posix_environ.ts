/**
 * posix.environ, putenv and unsetenv. `environ` is a dict of bytes to bytes
 * read once when the module is created, as CPython's; os.py wraps it in
 * os.environ (str keys and values) and calls putenv/unsetenv on changes.
 * Those go to libc's setenv/unsetenv, so child processes (os.system,
 * subprocess through Deno) see them. The initial values come through Deno's
 * view of the environment, which holds text: a value that is not UTF-8 reaches
 * Python with U+FFFD where CPython would keep its bytes.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { cString, libc } from "./libc.ts";
import { check } from "./posix_errors.ts";
import { fsConverter } from "./posix_path.ts";
import type { FunctionSpec } from "./module_helpers.ts";

export function environDict(): PyDict {
  const dict = new PyDict();
  const encoder = new TextEncoder();
  for (const [key, value] of Object.entries(Deno.env.toObject())) {
    dict.set(new PyBytes(encoder.encode(key)), new PyBytes(encoder.encode(value)));
  }
  return dict;
}

/** A key or value argument as a NUL-terminated C string. */
function envString(value: PyValue): Uint8Array<ArrayBuffer> {
  return cString(fsConverter(value));
}

function envName(value: PyValue): Uint8Array<ArrayBuffer> {
  const name = envString(value);
  if (name.subarray(0, -1).includes(0x3d)) {
    throw pyError("ValueError", "illegal environment variable name");
  }
  return name;
}

export const ENVIRON_FUNCTIONS: Record<string, FunctionSpec> = {
  putenv: ["name, value, /", (name: PyValue, value: PyValue) => {
    const key = envName(name);
    const text = envString(value);
    return check(() => libc("setenv")(key, text, 1));
  }],
  unsetenv: ["name, /", (name: PyValue) => {
    const key = envName(name);
    return check(() => libc("unsetenv")(key));
  }],
};
