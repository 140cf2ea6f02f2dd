/**
 * The `gc` module. Taipan's objects are JS objects, collected by V8's own
 * tracing collector, which reclaims cycles without help and cannot be driven
 * from here. So this module keeps CPython's interface and bookkeeping
 * honestly: enable/disable/thresholds/debug flags are recorded, `collect()`
 * runs the `gc.callbacks` ("start" then "stop") and reports 0 objects
 * collected, `get_count()` is (0, 0, 0), and `is_tracked` answers as CPython
 * does for atoms (never tracked) and containers (tracked). What needs a view
 * of the object graph — get_objects, get_referrers, get_referents — raises
 * NotImplementedError. docs/differences.md lists these.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { objectType } from "../vm/objects/core_types.ts";
import { callObject } from "../vm/runtime/call.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { intArgument } from "./posix_path.ts";

const DEBUG_FLAGS = {
  DEBUG_STATS: 1,
  DEBUG_COLLECTABLE: 2,
  DEBUG_UNCOLLECTABLE: 4,
  DEBUG_SAVEALL: 32,
  DEBUG_LEAK: 38,
};

const state = {
  enabled: true,
  debug: 0,
  thresholds: [700, 10, 10],
  collections: [0, 0, 0],
  frozen: 0,
};

/** Values CPython's collector never tracks: atoms, and plain `object()` instances. */
function isAtom(value: PyValue): boolean {
  return value === null || typeof value !== "object" || isStr(value) ||
    value instanceof PyFloat || value instanceof PyBytes || typeOf(value) === objectType;
}

function notAvailable(name: string): never {
  throw pyError(
    "NotImplementedError",
    `gc.${name}() is not available in Taipan: objects are managed by the JS engine's collector`,
  );
}

export function createGcModule(): PyModule {
  const module = newModule(
    "gc",
    "This module provides access to the garbage collector for reference cycles.",
  );
  const callbacks = new PyList([]);
  const garbage = new PyList([]);
  addValues(module, { ...DEBUG_FLAGS, callbacks, garbage });

  const runCallbacks = (phase: string, generation: number) => {
    const info = new PyDict();
    info.set("generation", generation);
    info.set("collected", 0);
    info.set("uncollectable", 0);
    for (const callback of iterateToArray(callbacks)) callObject(callback, [phase, info], null);
  };

  addFunctions(module, {
    enable: ["", () => {
      state.enabled = true;
      return null;
    }],
    disable: ["", () => {
      state.enabled = false;
      return null;
    }],
    isenabled: ["", () => state.enabled],
    collect: ["generation=2", (generation: PyValue) => {
      const level = intArgument(generation);
      if (level < 0 || level > 2) throw pyError("ValueError", "invalid generation");
      runCallbacks("start", level);
      state.collections[level]++;
      runCallbacks("stop", level);
      return 0;
    }],
    get_count: ["", () => newTuple([0, 0, 0])],
    get_threshold: ["", () => newTuple([...state.thresholds])],
    set_threshold: ["threshold0, threshold1=?, threshold2=?, /", (...values: PyValue[]) => {
      values.forEach((value, i) => {
        if (value !== undefined) state.thresholds[i] = intArgument(value);
      });
      return null;
    }, { tupleArguments: true }],
    get_debug: ["", () => state.debug],
    set_debug: ["flags, /", (flags: PyValue) => {
      state.debug = intArgument(flags);
      return null;
    }],
    get_stats: ["", () =>
      new PyList(state.collections.map((count) => {
        const stats = new PyDict();
        stats.set("collections", count);
        stats.set("collected", 0);
        stats.set("uncollectable", 0);
        return stats;
      }))],
    is_tracked: ["obj, /", (obj: PyValue) => !isAtom(obj)],
    is_finalized: ["obj, /", () => false],
    freeze: ["", () => {
      state.frozen = 0;
      return null;
    }],
    unfreeze: ["", () => null],
    get_freeze_count: ["", () => state.frozen],
    get_objects: ["generation=None", () => notAvailable("get_objects")],
    get_referrers: ["*objs", () => notAvailable("get_referrers"), { tupleArguments: true }],
    get_referents: ["*objs", () => notAvailable("get_referents"), { tupleArguments: true }],
  });
  return module;
}
