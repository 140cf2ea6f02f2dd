/**
 * The `mmap` module: memory-mapped files and anonymous memory (the type in
 * mmap_object.ts, its methods in mmap_methods.ts, the mappings themselves in
 * mmap_native.ts), with CPython 3.11's behaviour on Linux.
 */
import { ExceptionType } from "../vm/objects/exceptions.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { registerNativeSlots } from "../vm/runtime/slots.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addTypes, addValues, newModule } from "./module_helpers.ts";
import { requireSystemLibrary } from "./system_library_import.ts";
import { MMAP_CONSTANTS } from "./mmap_constants.ts";
import { libc, pageSize } from "./mmap_native.ts";
import { mmapType, newMmap, PyMmap } from "./mmap_object.ts";
import { iterate, iterateReversed, MMAP_METHODS } from "./mmap_methods.ts";
import { refusePickling } from "./unpicklable.ts";

const MMAP_DOC = "Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\n" +
  "Maps length bytes from the file specified by the file handle fileno,\n" +
  "and returns a mmap object.  If length is larger than the current size\n" +
  "of the file, the file is extended to contain length bytes.  If length\n" +
  "is 0, the maximum length of the map is the current size of the file,\n" +
  "except that if the file is empty Windows raises an exception (you cannot\n" +
  "create an empty mapping on Windows).\n\n" +
  "Unix: mmap(fileno, length[, flags[, prot[, access[, offset]]]])\n\n" +
  "Maps length bytes from the file specified by the file descriptor fileno,\n" +
  "and returns a mmap object.  If length is 0, the maximum length of the map\n" +
  "will be the current size of the file when mmap is called.\n" +
  "flags specifies the nature of the mapping. MAP_PRIVATE creates a\n" +
  "private copy-on-write mapping, so changes to the contents of the mmap\n" +
  "object will be private to this process, and MAP_SHARED creates a mapping\n" +
  "that's shared with all other processes mapping the same areas of the file.\n" +
  "The default value is MAP_SHARED.\n\n" +
  "To map anonymous memory, pass -1 as the fileno (both versions).";

registerConstructor(mmapType, newMmap);
defineNativeMethods(mmapType, MMAP_METHODS);
defineGetSets(mmapType, { closed: [(self: PyMmap) => self.mapping === null] });
// C's sq_item: iteration, reversed() and `in` see one-byte bytes objects, with
// no visible __iter__ or __reversed__.
registerNativeSlots(mmapType, {
  __iter__: (self) => iterate(self as PyMmap),
  __reversed__: (self) => iterateReversed(self as PyMmap),
});
refusePickling(mmapType, "mmap.mmap");
mmapType.dict.set("__doc__", MMAP_DOC);

export function createMmapModule(): PyModule {
  requireSystemLibrary("mmap", "C library", libc);
  const module = newModule("mmap");
  addValues(module, { error: ExceptionType.OSError });
  addValues(module, Object.fromEntries(MMAP_CONSTANTS));
  const page = pageSize();
  addValues(module, { PAGESIZE: page, ALLOCATIONGRANULARITY: page });
  addTypes(module, [mmapType]);
  return module;
}
