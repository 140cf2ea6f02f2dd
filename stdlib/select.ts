/**
 * `select`: `select()` and `poll` objects over the C library's poll(2)
 * (libc.ts), on real file descriptors. `select()` is poll(2) underneath:
 * read, write and exceptional interest become POLLIN, POLLOUT and POLLPRI,
 * and a descriptor poll reports invalid (POLLNVAL) raises EBADF as
 * select(2) would. The call blocks the whole VM while it waits, which is
 * what a single-threaded interpreter does anyway; an interrupted wait
 * (EINTR) is retried with the remaining time (PEP 475).
 *
 * Missing: `epoll`, `kqueue` and `devpoll`. selectors.DefaultSelector then
 * falls back on PollSelector, which this module serves.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, isPyException, pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { registerConstructor } from "../vm/runtime/call_type.ts";
import { exactItems, getIterator, iterateToArray } from "../vm/runtime/iteration.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { osErrorFor } from "./posix_errors.ts";
import { fileDescriptorOf } from "./posix_fd.ts";
import { pollWaiting } from "./poll_wait.ts";

const POLL = {
  POLLIN: 0x001,
  POLLPRI: 0x002,
  POLLOUT: 0x004,
  POLLERR: 0x008,
  POLLHUP: 0x010,
  POLLNVAL: 0x020,
  POLLRDNORM: 0x040,
  POLLRDBAND: 0x080,
  POLLWRNORM: 0x100,
  POLLWRBAND: 0x200,
  POLLMSG: 0x400,
  POLLRDHUP: 0x2000,
};
const EBADF = 9;
const ENOENT = 2;
const INT_MAX = 2147483647;

/**
 * poll(2) on [fd, events] pairs; returns the revents of each. `timeout` in
 * milliseconds, negative to wait for ever; signal handlers run while it waits.
 */
function pollDescriptors(entries: readonly [number, number][], timeout: number): number[] {
  const buffer = new Uint8Array(8 * Math.max(entries.length, 1));
  const view = new DataView(buffer.buffer);
  entries.forEach(([fd, events], i) => {
    view.setInt32(8 * i, fd, true);
    view.setInt16(8 * i + 4, events, true);
    view.setInt16(8 * i + 6, 0, true);
  });
  pollWaiting(buffer, entries.length, timeout);
  return entries.map((_, i) => view.getUint16(8 * i + 6, true));
}

/** PySequence_Fast: a list or tuple as is, anything iterable as a list. */
function sequenceItems(value: PyValue): readonly PyValue[] {
  const items = exactItems(value);
  if (items !== undefined) return items;
  let iterator: PyValue;
  try {
    iterator = getIterator(value);
  } catch (error) {
    if (isPyException(error) && error.cls.isSubtypeOf(ExceptionType.TypeError)) {
      throw pyError("TypeError", "arguments 1-3 must be sequences");
    }
    throw error;
  }
  return iterateToArray(iterator);
}

/** A timeout in seconds (or None) as poll(2)'s milliseconds, rounded up. */
function selectTimeout(timeout: PyValue): number {
  if (timeout === null) return -1;
  const seconds = timeout instanceof PyFloat ? timeout.value : intOperand(timeout);
  if (seconds === undefined) throw pyError("TypeError", "timeout must be a float or None");
  const value = Number(seconds);
  if (Number.isNaN(value)) throw pyError("ValueError", "Invalid value NaN (not a number)");
  if (value < 0) throw pyError("ValueError", "timeout must be non-negative");
  return Math.min(Math.ceil(value * 1000), INT_MAX);
}

function select(read: PyValue, write: PyValue, except: PyValue, timeout: PyValue): PyValue {
  const lists = [read, write, except].map(sequenceItems);
  const wait = selectTimeout(timeout);
  const interests = [POLL.POLLIN, POLL.POLLOUT, POLL.POLLPRI];
  const entries: [number, number][] = [];
  const owners: [number, PyValue][] = [];
  lists.forEach((items, list) => {
    for (const item of items) {
      entries.push([fileDescriptorOf(item), interests[list]]);
      owners.push([list, item]);
    }
  });
  const revents = pollDescriptors(entries, wait);
  if (revents.some((events) => (events & POLL.POLLNVAL) !== 0)) throw osErrorFor(EBADF);
  const ready: PyValue[][] = [[], [], []];
  const readyMask = [
    POLL.POLLIN | POLL.POLLHUP | POLL.POLLERR,
    POLL.POLLOUT | POLL.POLLERR,
    POLL.POLLPRI,
  ];
  owners.forEach(([list, item], i) => {
    if ((revents[i] & readyMask[list]) !== 0) ready[list].push(item);
  });
  return newTuple(ready.map((items) => new PyList(items)));
}

export const pollType = makeBuiltinType("poll", undefined, { subclassable: false });

class PyPoll extends PyObject {
  /** Registered descriptors and their event masks, in registration order. */
  readonly registered = new Map<number, number>();
  constructor() {
    super(pollType);
  }
}

registerConstructor(pollType, () => {
  throw pyError("TypeError", "cannot create 'select.poll' instances");
});

function eventMask(value: PyValue | undefined): number {
  if (value === undefined) return POLL.POLLIN | POLL.POLLPRI | POLL.POLLOUT;
  const mask = intOperand(value);
  if (mask === undefined) {
    throw pyError(
      "TypeError",
      `'${typeOf(value).tpName}' object cannot be interpreted as an integer`,
    );
  }
  if (mask < 0) throw pyError("ValueError", "value must be positive");
  if (mask > 0xffff) {
    throw pyError("OverflowError", "Python int too large for C unsigned short");
  }
  return Number(mask);
}

/** poll.poll's timeout: milliseconds (None or negative: for ever), rounded up. */
function pollTimeout(timeout: PyValue): number {
  if (timeout === null) return -1;
  const milliseconds = timeout instanceof PyFloat ? timeout.value : intOperand(timeout);
  if (milliseconds === undefined) throw pyError("TypeError", "timeout must be an integer or None");
  const value = Number(milliseconds);
  if (Number.isNaN(value)) throw pyError("ValueError", "Invalid value NaN (not a number)");
  return value < 0 ? -1 : Math.min(Math.ceil(value), INT_MAX);
}

defineNativeMethods(pollType, {
  register: ["fd, eventmask=?, /", (self: PyPoll, fd: PyValue, mask?: PyValue) => {
    self.registered.set(fileDescriptorOf(fd), eventMask(mask));
    return null;
  }],
  modify: ["fd, eventmask, /", (self: PyPoll, fd: PyValue, mask: PyValue) => {
    const descriptor = fileDescriptorOf(fd);
    const events = eventMask(mask);
    if (!self.registered.has(descriptor)) throw osErrorFor(ENOENT);
    self.registered.set(descriptor, events);
    return null;
  }],
  unregister: ["fd, /", (self: PyPoll, fd: PyValue) => {
    const descriptor = fileDescriptorOf(fd);
    if (!self.registered.delete(descriptor)) throw pyError("KeyError", fd);
    return null;
  }],
  poll: ["timeout=None, /", (self: PyPoll, timeout: PyValue) => {
    const wait = pollTimeout(timeout);
    const entries = [...self.registered];
    const revents = pollDescriptors(entries, wait);
    const result: PyValue[] = [];
    entries.forEach(([fd], i) => {
      if (revents[i] !== 0) result.push(newTuple([fd, revents[i]]));
    });
    return new PyList(result);
  }],
});

export function createSelectModule(): PyModule {
  const module = newModule(
    "select",
    "This module supports asynchronous I/O on multiple file descriptors.\n\n" +
      "*** IMPORTANT NOTICE ***\n" +
      "On Windows, only sockets are supported; on Unix, all file descriptors.",
  );
  addFunctions(module, {
    select: ["rlist, wlist, xlist, timeout=None, /", select],
    poll: ["", () => new PyPoll()],
  });
  addValues(module, { ...POLL, PIPE_BUF: 4096, error: ExceptionType.OSError });
  pollType.dict.set("__module__", "select");
  pollType.invalidate();
  return module;
}
