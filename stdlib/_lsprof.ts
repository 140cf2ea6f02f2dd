/**
 * `_lsprof`: the profiler behind cProfile. `Profiler.enable()` installs the
 * profiler itself as the profile hook (vm/runtime/tracing/hooks.ts), as
 * CPython's installs a C callback, so `sys.getprofile()` returns it and its
 * bookkeeping (lsprof_accounting.ts) runs without Python frames of its own.
 *
 * Python functions are keyed by their code object; builtins (from 'c_call'
 * events, when `builtins` is on) by their implementation, so every bound
 * `list.append` is one entry, reported as CPython names it:
 * `<built-in method builtins.len>`, `<method 'append' of 'list' objects>`.
 *
 * Timer: nanoseconds of `performance.now()` by default (time.perf_counter's
 * clock); a custom timer returns seconds as a float, or, when `timeunit` is
 * given, integer ticks of that many seconds.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyList } from "../vm/objects/list.ts";
import { defineNativeMethods, PyBuiltinFunction } from "../vm/objects/native_function.ts";
import type { PyType } from "../vm/objects/type.ts";
import type { InstanceMap } from "../vm/objects/instance_map.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import { toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { callObject } from "../vm/runtime/call.ts";
import { PyCode } from "../vm/runtime/code_object.ts";
import type { Frame } from "../vm/runtime/frame.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { type Hook, setProfileHook, type TraceEvent } from "../vm/runtime/tracing/hooks.ts";
import { late } from "../vm/runtime/late_protocols.ts";
import { addTypes, addValues, newModule } from "./module_helpers.ts";
import { signatureConstructor } from "./native_type.ts";
import { defineStructSequence, PyStructSequence } from "./struct_sequence.ts";
import { writeUnraisable } from "./sys_unraisable.ts";
import { type CallTimes, ProfilerAccounts } from "./lsprof_accounting.ts";

const ENTRY_FIELDS = ["code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"];
const entryType = defineStructSequence({ name: "_lsprof.profiler_entry", fields: ENTRY_FIELDS });
const subentryType = defineStructSequence({
  name: "_lsprof.profiler_subentry",
  fields: ENTRY_FIELDS.slice(0, 5),
});

export const profilerType = makeBuiltinType("Profiler");

class PyProfiler extends PyObject implements Hook {
  readonly accounts = new ProfilerAccounts();
  builtins = true;
  timer: PyValue | undefined = undefined;
  timeUnit = 0;
  // Instances of cProfile.Profile, a Python subclass, have attributes.
  map: InstanceMap;
  slots: PyValue[] = [];
  constructor(cls: PyType) {
    super(cls);
    this.map = cls.rootMap();
  }

  get object(): PyValue {
    return this;
  }

  readonly now = (): number => {
    if (this.timer === undefined) return performance.now() * 1e6;
    try {
      const value = callObject(this.timer, [], null);
      if (this.timeUnit > 0) { // _PyTime_FromNanosecondsObject
        if (typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean") {
          throw pyError("TypeError", `expect int, got ${typeOf(value).tpName}`);
        }
        return Number(value);
      }
      return Math.floor(late.toFloat(value) * 1e9); // seconds, _PyTime_ROUND_FLOOR
    } catch (error) {
      writeUnraisable("in", this.timer, error);
      return 0;
    }
  };

  event(frame: Frame, what: TraceEvent, arg: PyValue): void {
    switch (what) {
      case "call":
        this.accounts.enter(frame.code, () => PyCode.wrap(frame.code), this.now);
        break;
      case "return":
        this.accounts.leave(frame.code, this.now);
        break;
      case "c_call":
        if (this.builtins && arg instanceof PyBuiltinFunction) {
          this.accounts.enter(arg.impl, () => builtinName(arg), this.now);
        }
        break;
      case "c_return":
      case "c_exception":
        if (this.builtins && arg instanceof PyBuiltinFunction) {
          this.accounts.leave(arg.impl, this.now);
        }
        break;
    }
  }
}

/** How _lsprof names a builtin (normalizeUserObj). */
function builtinName(func: PyBuiltinFunction): string {
  if (func.self === undefined) return `<built-in method ${func.module ?? "builtins"}.${func.name}>`;
  const descriptor = typeOf(func.self).lookup(func.name);
  if (descriptor !== undefined) return toJsString(reprOf(descriptor));
  return `<built-in method ${func.name}>`;
}

/** enable()'s flags: left as they are when not given. */
function flag(value: PyValue | undefined, current: boolean): boolean {
  return value === undefined ? current : isTrue(value);
}

signatureConstructor(
  profilerType,
  "Profiler",
  "timer=?, timeunit=?, subcalls=True, builtins=True",
  (cls: PyType, timer: PyValue | undefined, timeunit: PyValue | undefined, subcalls, builtins) => {
    const profiler = new PyProfiler(cls);
    profiler.timer = timer;
    profiler.timeUnit = timeunit === undefined ? 0 : late.toFloat(timeunit);
    profiler.accounts.subcalls = isTrue(subcalls);
    profiler.builtins = isTrue(builtins);
    return profiler;
  },
);

function stats(times: CallTimes, code: PyValue, factor: number, calls?: PyValue): PyValue[] {
  const items: PyValue[] = [
    code,
    times.callCount,
    times.recursiveCallCount,
    new PyFloat(factor * times.totalTime),
    new PyFloat(factor * times.inlineTime),
  ];
  if (calls !== undefined) items.push(calls);
  return items;
}

defineNativeMethods(profilerType, {
  enable: [
    "subcalls=?, builtins=?",
    (self: PyProfiler, subcalls?: PyValue, builtins?: PyValue) => {
      self.accounts.subcalls = flag(subcalls, self.accounts.subcalls);
      self.builtins = flag(builtins, self.builtins);
      setProfileHook(self);
      return null;
    },
  ],
  disable: ["", (self: PyProfiler) => {
    setProfileHook(null); // whatever is installed, as CPython's profiler_disable
    self.accounts.flush(self.now);
    return null;
  }],
  clear: ["", (self: PyProfiler) => {
    self.accounts.clear();
    return null;
  }],
  getstats: ["", (self: PyProfiler) => {
    const factor = self.timer === undefined || self.timeUnit === 0 ? 1e-9 : self.timeUnit;
    const out: PyValue[] = [];
    for (const entry of self.accounts.entries.values()) {
      if (entry.callCount === 0) continue;
      const calls = entry.calls.size === 0 ? null : new PyList(
        [...entry.calls].map(([callee, times]) =>
          new PyStructSequence(stats(times, callee.userObject, factor), [], subentryType)
        ),
      );
      out.push(new PyStructSequence(stats(entry, entry.userObject, factor, calls), [], entryType));
    }
    return new PyList(out);
  }],
});

export function createLsprofModule(): PyModule {
  const module = newModule("_lsprof", "Fast profiler");
  addTypes(module, [profilerType]);
  addValues(module, { profiler_entry: entryType, profiler_subentry: subentryType });
  return module;
}
