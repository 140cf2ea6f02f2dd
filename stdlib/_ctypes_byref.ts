/** byref(): a CArgObject passing the address of a ctypes instance (plus an offset). */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyCData } from "./_ctypes_cdata.ts";
import { PyCArg } from "./_ctypes_carg.ts";

export function byReference(value: PyValue, offset = 0): PyCArg {
  if (!(value instanceof PyCData)) {
    throw pyError(
      "TypeError",
      `byref() argument must be a ctypes instance, not '${typeOf(value).name}'`,
    );
  }
  return new PyCArg("P", "usize", value.address + offset, value);
}
