/**
 * `_thread` for a single-threaded VM: locks and reentrant locks that keep
 * CPython's state rules and messages, an identity for the one thread, and
 * `start_new_thread` refusing to start another. importlib, functools and
 * threading import it.
 *
 * With one thread nobody else can release a held lock, so a blocking
 * acquire of a held lock would wait forever: it raises RuntimeError instead
 * of hanging, and a wait with a timeout gives up (returns False) at once.
 * `_local`, `_excepthook` and `_ExceptHookArgs` are left out: threading.py
 * falls back on its pure-Python versions.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyObject } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import { addressOf } from "../vm/runtime/identity.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { toDouble } from "./math_real.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";

/** The one thread's identity (get_ident, get_native_id, RLock owner). */
const THREAD_IDENT = 1;
/** PY_TIMEOUT_MAX in seconds, as CPython reports it on 64-bit Linux. */
const TIMEOUT_MAX = 9223372036.0;

export const lockType = makeBuiltinType("lock", undefined, { subclassable: false });
export const rlockType = makeBuiltinType("RLock");

class PyLock extends PyObject {
  held = false;
  constructor() {
    super(lockType);
  }
}

class PyRLock extends PyObject {
  count = 0;
  constructor(cls = rlockType) {
    super(cls);
  }
}

/** The acquire() arguments check of CPython's lock_acquire_parse_args; true if it may wait. */
function checkAcquireArguments(blocking: PyValue, timeout: PyValue): boolean {
  const mayBlock = isTrue(blocking);
  const seconds = toDouble(timeout);
  if (!mayBlock && seconds !== -1) {
    throw pyError("ValueError", "can't specify a timeout for a non-blocking call");
  }
  if (seconds < 0 && seconds !== -1) {
    throw pyError("ValueError", "timeout value must be positive");
  }
  if (seconds > TIMEOUT_MAX) throw pyError("OverflowError", "timeout value is too large");
  if (mayBlock && seconds === -1) return true;
  return false;
}

function wouldDeadlock(): never {
  throw pyError(
    "RuntimeError",
    "Taipan: acquiring a lock held by the only thread would wait forever",
  );
}

const acquireSignature = "blocking=True, timeout=-1";

function acquireLock(self: PyLock, blocking: PyValue, timeout: PyValue): boolean {
  const waitsForever = checkAcquireArguments(blocking, timeout);
  if (!self.held) {
    self.held = true;
    return true;
  }
  if (waitsForever) wouldDeadlock();
  return false;
}

function releaseLock(self: PyLock): null {
  if (!self.held) throw pyError("RuntimeError", "release unlocked lock");
  self.held = false;
  return null;
}

defineNativeMethods(lockType, {
  acquire: [acquireSignature, acquireLock],
  acquire_lock: [acquireSignature, acquireLock],
  __enter__: ["", (self: PyLock) => acquireLock(self, true, -1)],
  release: ["", releaseLock],
  release_lock: ["", releaseLock],
  __exit__: ["*args", (self: PyLock) => releaseLock(self)],
  locked: ["", (self: PyLock) => self.held],
  locked_lock: ["", (self: PyLock) => self.held],
  _at_fork_reinit: ["", (self: PyLock) => {
    self.held = false;
    return null;
  }],
  __repr__: [
    "",
    (self: PyLock) =>
      `<${self.held ? "locked" : "unlocked"} _thread.lock object at ${addressOf(self)}>`,
  ],
});

function acquireRLock(self: PyRLock, blocking: PyValue, timeout: PyValue): boolean {
  checkAcquireArguments(blocking, timeout);
  self.count++;
  return true;
}

function releaseRLock(self: PyRLock): null {
  if (self.count === 0) throw pyError("RuntimeError", "cannot release un-acquired lock");
  self.count--;
  return null;
}

defineNativeMethods(rlockType, {
  acquire: [acquireSignature, acquireRLock],
  __enter__: [acquireSignature, acquireRLock],
  release: ["", releaseRLock],
  __exit__: ["*args", (self: PyRLock) => releaseRLock(self)],
  _is_owned: ["", (self: PyRLock) => self.count > 0],
  _release_save: ["", (self: PyRLock) => {
    if (self.count === 0) throw pyError("RuntimeError", "cannot release un-acquired lock");
    const state = newTuple([self.count, THREAD_IDENT]);
    self.count = 0;
    return state;
  }],
  _acquire_restore: ["state, /", (self: PyRLock, state: PyValue) => {
    const count = state instanceof PyTuple ? state.items[0] : undefined;
    self.count = typeof count === "number" ? count : 1;
    return null;
  }],
  _at_fork_reinit: ["", (self: PyRLock) => {
    self.count = 0;
    return null;
  }],
  __repr__: ["", (self: PyRLock) => {
    const state = self.count > 0 ? "locked" : "unlocked";
    const owner = self.count > 0 ? THREAD_IDENT : 0;
    const type = self.cls === rlockType ? "_thread.RLock" : self.cls.qualname;
    return `<${state} ${type} object owner=${owner} count=${self.count} at ${addressOf(self)}>`;
  }],
});
registerConstructor(rlockType, (cls) => new PyRLock(cls));

export function createThreadModule(): PyModule {
  const module = newModule(
    "_thread",
    "This module provides primitive operations to write multi-threaded programs.",
  );
  const allocate = () => new PyLock();
  addFunctions(module, {
    allocate_lock: ["", allocate],
    allocate: ["", allocate],
    get_ident: ["", () => THREAD_IDENT],
    get_native_id: ["", () => Deno.pid],
    _count: ["", () => 0],
    stack_size: ["size=0, /", (size: PyValue) => {
      if (size !== 0) throw pyError("ValueError", "setting stack size not supported");
      return 0;
    }, { tupleArguments: true }],
    start_new_thread: ["function, args, kwargs=None, /", () => {
      throw pyError("RuntimeError", "can't start new thread");
    }, { tupleArguments: true }],
    start_new: ["function, args, kwargs=None, /", () => {
      throw pyError("RuntimeError", "can't start new thread");
    }, { tupleArguments: true }],
    exit: ["", () => {
      throw pyError("SystemExit");
    }],
    _set_sentinel: ["", allocate],
    daemon_threads_allowed: ["", () => true],
  });
  addValues(module, {
    error: ExceptionType.RuntimeError,
    TIMEOUT_MAX: new PyFloat(TIMEOUT_MAX),
    LockType: lockType,
  });
  addTypes(module, [rlockType]);
  lockType.dict.set("__module__", "_thread");
  return module;
}
