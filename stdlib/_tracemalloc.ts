/**
 * `_tracemalloc`, for an interpreter that never traces allocations.
 *
 * CPython's tracemalloc hooks its memory allocators and records a traceback
 * per block. Taipan's objects live on the JS heap, which offers no hook per
 * allocation, so tracing cannot be started: `start()` raises
 * NotImplementedError saying so (after CPython's argument checks). Everything
 * else answers as CPython's module does while tracing is off — `is_tracing()`
 * is False, no traces, no traced memory, no object traceback — which is the
 * truth here. So `import tracemalloc` works, and so does code that only asks
 * (warnings shows "Enable tracemalloc to get the object allocation traceback").
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { PyList } from "../vm/objects/list.ts";
import { asCInt } from "../vm/objects/str_args.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, newModule } from "./module_helpers.ts";

/** CPython's bound on a traceback's frames (MAX_NFRAME). */
const MAX_NFRAME = 65535;

export function createTracemallocModule(): PyModule {
  const module = newModule(
    "_tracemalloc",
    "Debug module to trace memory blocks allocated by Python.",
  );
  const none = () => null;
  addFunctions(module, {
    is_tracing: ["", () => false],
    start: ["nframe=1, /", (nframe: PyValue = 1) => {
      const count = asCInt(nframe);
      if (count < 1 || count > MAX_NFRAME) {
        throw pyError("ValueError", `the number of frames must be in range [1; ${MAX_NFRAME}]`);
      }
      throw pyError(
        "NotImplementedError",
        "tracemalloc: tracing memory allocations is not supported by Taipan (objects live on the JS heap, which has no per-allocation hooks)",
      );
    }],
    stop: ["", none],
    clear_traces: ["", none],
    reset_peak: ["", none],
    get_traceback_limit: ["", () => 1],
    get_traced_memory: ["", () => newTuple([0, 0])],
    get_tracemalloc_memory: ["", () => 0],
    _get_traces: ["", () => new PyList([])],
    _get_object_traceback: ["obj, /", none],
  });
  return module;
}
