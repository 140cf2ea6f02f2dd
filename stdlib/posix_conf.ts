/**
 * Configuration values of the system: sysconf, confstr, pathconf and
 * fpathconf, taking a name from the *_names tables or a number. A result of
 * -1 with errno untouched means "no limit", as in C, and is returned as is.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr } from "../vm/objects/str_wide.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { errno, libc } from "./libc.ts";
import { clearErrno, osErrorFor } from "./posix_errors.ts";
import { intArgument, pathArgument } from "./posix_path.ts";
import { CONFSTR_NAMES, PATHCONF_NAMES, SYSCONF_NAMES } from "./posix_constants.ts";
import type { FunctionSpec } from "./module_helpers.ts";

function nameNumber(name: PyValue, table: Readonly<Record<string, number>>): number {
  if (!isStr(name)) {
    if (intOperand(name) === undefined) {
      throw pyError("TypeError", "configuration names must be strings or integers");
    }
    return intArgument(name);
  }
  const number = table[name as string];
  if (number === undefined) throw pyError("ValueError", "unrecognized configuration name");
  return number;
}

/** Run a call whose -1 result is an error only if it changed errno. */
function limit(call: () => bigint, filename?: PyValue): PyValue {
  clearErrno();
  const result = Number(call());
  if (result === -1 && errno() !== 0) {
    throw osErrorFor(errno(), filename);
  }
  return result;
}

export function namesDict(table: Readonly<Record<string, number>>): PyDict {
  const dict = new PyDict();
  for (const [name, number] of Object.entries(table)) dict.set(name, number);
  return dict;
}

export const CONF_FUNCTIONS: Record<string, FunctionSpec> = {
  sysconf: ["name, /", (name: PyValue) => {
    const number = nameNumber(name, SYSCONF_NAMES);
    return limit(() => libc("sysconf")(number));
  }],
  confstr: ["name, /", (name: PyValue) => {
    const number = nameNumber(name, CONFSTR_NAMES);
    clearErrno();
    const size = Number(libc("confstr")(number, null, 0n));
    if (size === 0) {
      if (errno() === 22) throw osErrorFor(22);
      return null;
    }
    const buffer = new Uint8Array(size);
    libc("confstr")(number, buffer, BigInt(size));
    return new TextDecoder().decode(buffer.subarray(0, size - 1));
  }],
  pathconf: ["path, name", (path: PyValue, name: PyValue) => {
    const number = nameNumber(name, PATHCONF_NAMES);
    const argument = pathArgument("pathconf", path, { allowFd: true });
    if (argument.cString === null) {
      return limit(() => libc("fpathconf")(argument.fd, number), argument.object);
    }
    return limit(() => libc("pathconf")(argument.cString, number), argument.object);
  }],
  fpathconf: ["fd, name, /", (fd: PyValue, name: PyValue) => {
    const number = nameNumber(name, PATHCONF_NAMES);
    const argument = pathArgument("fpathconf", fd, { allowFd: true });
    if (argument.cString === null) {
      return limit(() => libc("fpathconf")(argument.fd, number));
    }
    return limit(() => libc("pathconf")(argument.cString, number), argument.object);
  }],
};
