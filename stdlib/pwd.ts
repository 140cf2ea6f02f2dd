/**
 * The `pwd` and `grp` modules: the password and group databases read from
 * /etc/passwd and /etc/group (the "files" source of NSS, which is what a
 * container or a plain Linux install has), as struct sequences.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyList } from "../vm/objects/list.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { isStr, toJsString } from "../vm/objects/str_wide.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, newModule } from "./module_helpers.ts";
import { defineStructSequence, newStructSequence } from "./struct_sequence.ts";
import { fsDecode } from "./posix_path.ts";

/** The records of a colon-separated database file, each split into fields. */
export function databaseRecords(path: string, fields: number): string[][] {
  let data: Uint8Array;
  try {
    data = Deno.readFileSync(path);
  } catch {
    return [];
  }
  const text = toJsString(fsDecode(data) as string);
  return text.split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split(":"))
    .filter((parts) => parts.length >= fields);
}

/** A uid/gid argument; undefined when out of range (no entry can match). */
export function idArgument(value: PyValue): number | undefined {
  const id = indexValue(value);
  if (typeof id === "bigint" || id < -1 || id > 0xffffffff) return undefined;
  return id === -1 ? 0xffffffff : id;
}

/** A name argument; `argument` is how Argument Clinic names it ("getpwnam() argument"). */
export function nameArgument(argument: string, value: PyValue): string {
  if (!isStr(value)) {
    const kind = value === null ? "None" : typeOf(value).name;
    throw pyError("TypeError", `${argument} must be str, not ${kind}`);
  }
  return toJsString(value);
}

const passwdType = defineStructSequence({
  name: "pwd.struct_passwd",
  fields: ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"],
  doc: "pwd.struct_passwd: Results from getpw*() routines.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n" +
    "or via the object attributes as named in the above tuple.",
});

function passwdEntries(): PyValue[][] {
  return databaseRecords("/etc/passwd", 7).map((
    [name, password, uid, gid, gecos, dir, shell],
  ) => [name, password, Number(uid), Number(gid), gecos, dir, shell]);
}

export function createPwdModule(): PyModule {
  const module = newModule("pwd", null);
  addTypes(module, [passwdType]);
  addFunctions(module, {
    getpwuid: ["uid, /", (uid: PyValue) => {
      const id = idArgument(uid);
      const entry = passwdEntries().find((fields) => fields[2] === id);
      if (entry === undefined) {
        throw pyError(
          "KeyError",
          id === undefined ? "getpwuid(): uid not found" : `getpwuid(): uid not found: ${id}`,
        );
      }
      return newStructSequence(passwdType, entry);
    }],
    getpwnam: ["name, /", (name: PyValue) => {
      const wanted = nameArgument("getpwnam() argument", name);
      const entry = passwdEntries().find((fields) => fields[0] === wanted);
      if (entry === undefined) {
        throw pyError("KeyError", `getpwnam(): name not found: ${toJsString(reprOf(name))}`);
      }
      return newStructSequence(passwdType, entry);
    }],
    getpwall: [
      "",
      () => new PyList(passwdEntries().map((entry) => newStructSequence(passwdType, entry))),
    ],
  });
  return module;
}
