/**
 * `_queue`: SimpleQueue (an unbounded FIFO) and the Empty exception, which
 * queue.py re-exports.
 *
 * Taipan runs one thread, so nothing can put an item while `get` waits: a
 * get with a timeout on an empty queue sleeps for the timeout and raises
 * Empty, as CPython would; a get that would block forever (block=True,
 * timeout=None, empty queue) raises RuntimeError instead of hanging, as the
 * locks of _thread.ts do.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import type { PyType } from "../vm/objects/type.ts";
import type { InstanceMap } from "../vm/objects/instance_map.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { isTrue } from "../vm/runtime/operators.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addClassGetItem, addTypes, addValues, newModule } from "./module_helpers.ts";

export const emptyType = makeBuiltinType("Empty", ExceptionType.Exception);
emptyType.dict.set("__module__", "_queue");
emptyType.invalidate();
export const simpleQueueType = makeBuiltinType("SimpleQueue");

class PySimpleQueue extends PyObject {
  items: PyValue[] = [];
  /** Index of the first item not yet taken (items before it are garbage). */
  head = 0;
  map?: InstanceMap;
  slots?: PyValue[];
  constructor(cls: PyType) {
    super(cls);
    if (cls.isHeapType) {
      this.map = cls.rootMap();
      this.slots = [];
    }
  }

  get size(): number {
    return this.items.length - this.head;
  }

  take(): PyValue {
    const item = this.items[this.head++];
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

/** _PyTime_t holds nanoseconds in 64 bits. */
const MAX_TIMEOUT_SECONDS = 9223372036.854775;

/** The timeout in seconds (_PyTime_FromSecondsObject), or undefined for None. */
function timeoutSeconds(timeout: PyValue): number | undefined {
  if (timeout === null) return undefined;
  const seconds = timeout instanceof PyFloat ? timeout.value : Number(indexValue(timeout));
  if (Number.isNaN(seconds)) throw pyError("ValueError", "Invalid value NaN (not a number)");
  if (Math.abs(seconds) > MAX_TIMEOUT_SECONDS) {
    throw pyError("OverflowError", "timestamp too large to convert to C _PyTime_t");
  }
  if (seconds < 0) throw pyError("ValueError", "'timeout' must be a non-negative number");
  return seconds;
}

function get(self: PySimpleQueue, block: PyValue, timeout: PyValue): PyValue {
  const waits = isTrue(block);
  const seconds = waits ? timeoutSeconds(timeout) : undefined;
  if (self.size > 0) return self.take();
  if (!waits) throw new PyBaseException(emptyType, newTuple([]));
  if (seconds === undefined) {
    throw pyError(
      "RuntimeError",
      "Taipan: get() on an empty SimpleQueue would wait forever (no other thread can put)",
    );
  }
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
  throw new PyBaseException(emptyType, newTuple([]));
}

registerConstructor(simpleQueueType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError("TypeError", "SimpleQueue() takes no keyword arguments");
  }
  if (args.length > 0) throw pyError("TypeError", "SimpleQueue() takes no positional arguments");
  return new PySimpleQueue(cls);
});

defineNativeMethods(simpleQueueType, {
  put: ["item, block=True, timeout=None", (self: PySimpleQueue, item: PyValue) => {
    self.items.push(item);
    return null;
  }],
  put_nowait: ["item", (self: PySimpleQueue, item: PyValue) => {
    self.items.push(item);
    return null;
  }],
  get: ["block=True, timeout=None", get],
  get_nowait: ["", (self: PySimpleQueue) => get(self, false, null)],
  empty: ["", (self: PySimpleQueue) => self.size === 0],
  qsize: ["", (self: PySimpleQueue) => self.size],
});

export function createQueueModule(): PyModule {
  const module = newModule(
    "_queue",
    "C implementation of the Python queue module.\n" +
      "This module is an implementation detail, please do not use it directly.",
  );
  addTypes(module, [simpleQueueType]);
  addClassGetItem([simpleQueueType]);
  addValues(module, { Empty: emptyType });
  return module;
}
