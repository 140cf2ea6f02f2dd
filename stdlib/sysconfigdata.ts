/**
 * `_sysconfigdata__linux_x86_64-linux-gnu`: the build-time variables that
 * `sysconfig` reads (a generated .py file in CPython's Lib). The bundled
 * stdlib zip has none for Linux, so Taipan describes itself here: no
 * extension modules, no C compiler settings, the ABI tag `taipan-311`. Being
 * built in, it also wins over the file of the CPython whose Lib `--stdlib`
 * names: those variables describe that CPython's build, not Taipan.
 */
import { PyDict } from "../vm/objects/dict.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { newModule } from "./module_helpers.ts";

export const SYSCONFIGDATA_NAME = "_sysconfigdata__linux_x86_64-linux-gnu";

const BUILD_TIME_VARS: Record<string, string | number> = {
  ABIFLAGS: "",
  SOABI: "taipan-311-x86_64-linux-gnu",
  EXT_SUFFIX: ".taipan-311-x86_64-linux-gnu.so",
  SHLIB_SUFFIX: ".so",
  MULTIARCH: "x86_64-linux-gnu",
  HOST_GNU_TYPE: "x86_64-pc-linux-gnu",
  MACHDEP: "linux",
  VERSION: "3.11",
  LDVERSION: "3.11",
  Py_DEBUG: 0,
  Py_ENABLE_SHARED: 0,
  Py_TRACE_REFS: 0,
  WITH_DOC_STRINGS: 1,
  WITH_PYMALLOC: 0,
  SIZEOF_VOID_P: 8,
  CC: "",
  CXX: "",
  CFLAGS: "",
  LDFLAGS: "",
  LDSHARED: "",
  CCSHARED: "",
  CONFIG_ARGS: "",
  TZPATH: "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo",
};

export function createSysconfigdataModule(): PyModule {
  const module = newModule(SYSCONFIGDATA_NAME);
  const vars = new PyDict();
  for (const [key, value] of Object.entries(BUILD_TIME_VARS)) vars.set(key, value);
  module.dict.set("build_time_vars", vars);
  return module;
}
