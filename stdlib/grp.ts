/** The `grp` module: the group database from /etc/group (see pwd.ts). */
import type { PyValue } from "../vm/objects/object.ts";
import { PyList } from "../vm/objects/list.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, newModule } from "./module_helpers.ts";
import { defineStructSequence, newStructSequence } from "./struct_sequence.ts";
import { databaseRecords, idArgument, nameArgument } from "./pwd.ts";

const groupType = defineStructSequence({
  name: "grp.struct_group",
  fields: ["gr_name", "gr_passwd", "gr_gid", "gr_mem"],
  doc: "grp.struct_group: Results from getgr*() routines.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n" +
    "or via the object attributes as named in the above tuple.\n",
});

function groupEntries(): PyValue[][] {
  return databaseRecords("/etc/group", 4).map(([name, password, gid, members]) => [
    name,
    password,
    Number(gid),
    new PyList(members === "" ? [] : members.split(",")),
  ]);
}

export function createGrpModule(): PyModule {
  const module = newModule("grp", null);
  addTypes(module, [groupType]);
  addFunctions(module, {
    getgrgid: ["id", (gid: PyValue) => {
      const id = idArgument(gid);
      const entry = groupEntries().find((fields) => fields[2] === id);
      if (entry === undefined) {
        throw pyError(
          "KeyError",
          id === undefined ? "getgrgid(): gid not found" : `getgrgid(): gid not found: ${id}`,
        );
      }
      return newStructSequence(groupType, entry);
    }],
    getgrnam: ["name", (name: PyValue) => {
      const wanted = nameArgument("getgrnam() argument 'name'", name);
      const entry = groupEntries().find((fields) => fields[0] === wanted);
      if (entry === undefined) {
        throw pyError("KeyError", `getgrnam(): name not found: ${toJsString(reprOf(name))}`);
      }
      return newStructSequence(groupType, entry);
    }],
    getgrall: [
      "",
      () => new PyList(groupEntries().map((entry) => newStructSequence(groupType, entry))),
    ],
  });
  return module;
}
