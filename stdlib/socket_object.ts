/**
 * `_socket.socket`: a kernel socket descriptor with CPython's state — family,
 * type (without SOCK_NONBLOCK/SOCK_CLOEXEC), protocol and timeout (seconds;
 * -1 for None, i.e. blocking; 0 non-blocking; else the descriptor is
 * non-blocking and calls poll first, socket_io.ts). socket.py subclasses it
 * with `__slots__`, so instances carry `members` (and `map`/`slots` for
 * subclasses with a `__dict__`).
 *
 * This file holds the type, construction (sock_new/sock_initobj), the
 * timeout and blocking state, and the calls that never wait: bind, listen,
 * close, detach, getsockname/getpeername, options and shutdown.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import type { InstanceMap } from "../vm/objects/instance_map.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { registerConstructor, registerInitializer } from "../vm/runtime/call_type.ts";
import { bindArguments, parseSignature } from "../vm/objects/native_signature.ts";
import { errno, libc } from "./libc.ts";
import { osErrorFor } from "./posix_errors.ts";
import { ECONNRESET, EINTR, lastSocketError } from "./socket_errors.ts";
import { AF_INET, formatAddress, parseAddress, SOCKADDR_MAX } from "./socket_address.ts";

export const socketType = makeBuiltinType("socket");

const SOCK_STREAM = 1;
export const SOCK_NONBLOCK = 0o4000;
export const SOCK_CLOEXEC = 0o2000000;
const SOL_SOCKET = 1;
const SO_TYPE = 3;
const SO_PROTOCOL = 38;
const SO_DOMAIN = 39;
const F_GETFL = 3;
const F_SETFL = 4;
const O_NONBLOCK = 0o4000;
const EBADF = 9;
const SOMAXCONN = 4096;

export class PySocket extends PyObject {
  fd = -1;
  family = AF_INET;
  type = SOCK_STREAM;
  proto = 0;
  /** Seconds; -1 is None (blocking), 0 non-blocking. */
  timeout = -1;
  map: InstanceMap;
  slots: PyValue[] = [];
  members: PyValue[] | null = null;
  constructor(cls: PyType) {
    super(cls);
    this.map = cls.rootMap();
  }
}

/** The module-wide default timeout for new sockets (setdefaulttimeout), -1 for None. */
let defaultTimeout = -1;
export const getDefaultTimeout = () => defaultTimeout;
export const setDefaultTimeout = (value: number) => {
  defaultTimeout = value;
};

export function timeoutValue(seconds: number): PyValue {
  return seconds < 0 ? null : new PyFloat(seconds);
}

/** socket_parse_timeout: None, or a non-negative number of seconds. */
export function parseTimeout(value: PyValue): number {
  if (value === null) return -1;
  let seconds: number;
  if (value instanceof PyFloat) {
    seconds = value.value;
    if (Number.isNaN(seconds)) throw pyError("ValueError", "Invalid value NaN (not a number)");
  } else seconds = Number(indexValue(value));
  if (Math.abs(seconds) > 9.2e9) {
    throw pyError("OverflowError", "timestamp too large to convert to C _PyTime_t");
  }
  if (seconds < 0) throw pyError("ValueError", "Timeout value out of range");
  return seconds;
}

/** A C int argument, with CPython's overflow messages. */
export function cIntArgument(value: PyValue): number {
  const n = indexValue(value);
  if (typeof n === "bigint" || n > 2147483647) {
    throw pyError("OverflowError", "signed integer is greater than maximum");
  }
  if (n < -2147483648) throw pyError("OverflowError", "signed integer is less than minimum");
  return n;
}

/** Set or clear O_NONBLOCK on the descriptor. */
function setDescriptorBlocking(fd: number, blocking: boolean): void {
  const flags = libc("fcntl")(fd, F_GETFL, 0);
  if (flags < 0) throw lastSocketError();
  const wanted = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
  if (wanted !== flags && libc("fcntl")(fd, F_SETFL, wanted) < 0) throw lastSocketError();
}

/** Apply a new timeout: the descriptor is non-blocking whenever a timeout is set. */
export function applyTimeout(sock: PySocket, timeout: number): void {
  sock.timeout = timeout;
  if (sock.fd >= 0) setDescriptorBlocking(sock.fd, timeout < 0);
}

/** init_sockobject: record the state of a descriptor just created or adopted. */
export function adoptDescriptor(
  sock: PySocket,
  fd: number,
  family: number,
  type: number,
  proto: number,
): void {
  sock.fd = fd;
  sock.family = family;
  sock.type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  sock.proto = proto;
  if ((type & SOCK_NONBLOCK) !== 0) sock.timeout = 0;
  else {
    sock.timeout = defaultTimeout;
    if (defaultTimeout >= 0) setDescriptorBlocking(fd, false);
  }
}

/** A new `_socket.socket` for `fd` (socketpair, accept results). */
export function newSocket(fd: number, family: number, type: number, proto: number): PySocket {
  const sock = new PySocket(socketType);
  adoptDescriptor(sock, fd, family, type, proto);
  return sock;
}

function intOption(fd: number, option: number): number {
  const value = new Int32Array(1);
  const length = new Uint32Array([4]);
  if (libc("getsockopt")(fd, SOL_SOCKET, option, value, length) < 0) throw lastSocketError();
  return value[0];
}

const initSignature = parseSignature("family=-1, type=-1, proto=-1, fileno=None");

function initialize(sock: PySocket, args: PyValue[], kwnames: readonly string[] | null): void {
  const bound = bindArguments(initSignature, "socket", args, kwnames) as PyValue[];
  let family = cIntArgument(bound[0]);
  let type = cIntArgument(bound[1]);
  let proto = cIntArgument(bound[2]);
  const fileno = bound[3];
  if (fileno !== null) {
    if (fileno instanceof PyFloat) {
      throw pyError("TypeError", "'float' object cannot be interpreted as an integer");
    }
    const fd = cIntArgument(fileno);
    if (fd < 0) throw pyError("ValueError", "negative file descriptor");
    if (family === -1) family = intOption(fd, SO_DOMAIN);
    if (type === -1) type = intOption(fd, SO_TYPE);
    if (proto === -1) proto = intOption(fd, SO_PROTOCOL);
    adoptDescriptor(sock, fd, family, type, proto);
    return;
  }
  if (family === -1) family = AF_INET;
  if (type === -1) type = SOCK_STREAM;
  if (proto === -1) proto = 0;
  const fd = libc("socket")(family, type | SOCK_CLOEXEC, proto);
  if (fd < 0) throw lastSocketError();
  adoptDescriptor(sock, fd, family, type, proto);
}

registerConstructor(socketType, (cls) => new PySocket(cls));
registerInitializer(socketType, (self, args, kwnames) => {
  initialize(self as PySocket, args as PyValue[], kwnames);
});

/** The descriptor of an open socket; EBADF's OSError once closed. */
export function openFd(sock: PySocket): number {
  if (sock.fd < 0) throw osErrorFor(EBADF);
  return sock.fd;
}

/** getsockname/getpeername. */
function localOrPeer(sock: PySocket, which: "getsockname" | "getpeername"): PyValue {
  const fd = openFd(sock);
  const address = new Uint8Array(SOCKADDR_MAX);
  const length = new Uint32Array([SOCKADDR_MAX]);
  if (libc(which)(fd, address, length) < 0) throw lastSocketError();
  return formatAddress(address, length[0]);
}

/** A status-returning call retried on EINTR; errors raise errno's OSError. */
export function checked(call: () => number): null {
  for (;;) {
    if (call() >= 0) return null;
    const code = errno();
    if (code !== EINTR) throw osErrorFor(code);
  }
}

function getsockopt(sock: PySocket, level: PyValue, option: PyValue, buflen?: PyValue): PyValue {
  const levelValue = cIntArgument(level);
  const optionValue = cIntArgument(option);
  const size = buflen === undefined ? undefined : cIntArgument(buflen);
  const fd = openFd(sock);
  if (size === undefined) {
    const value = new Int32Array(1);
    const length = new Uint32Array([4]);
    checked(() => libc("getsockopt")(fd, levelValue, optionValue, value, length));
    return value[0];
  }
  if (size <= 0 || size > 1024) throw pyError("OSError", "getsockopt buflen out of range");
  const value = new Uint8Array(size);
  const length = new Uint32Array([size]);
  checked(() => libc("getsockopt")(fd, levelValue, optionValue, value, length));
  return new PyBytes(value.slice(0, length[0]));
}

function setsockopt(
  sock: PySocket,
  level: PyValue,
  option: PyValue,
  value: PyValue,
  optlen?: PyValue,
): PyValue {
  const levelValue = cIntArgument(level);
  const optionValue = cIntArgument(option);
  let data: Uint8Array | null;
  let length: number;
  if (optlen !== undefined) {
    if (value !== null) {
      throw pyError(
        "TypeError",
        `setsockopt() argument 3 must be None, not ${typeOf(value).tpName}`,
      );
    }
    data = null;
    length = Number(indexValue(optlen));
  } else if (intOperand(value) !== undefined) {
    data = new Uint8Array(new Int32Array([cIntArgument(value)]).buffer);
    length = 4;
  } else {
    const bytes = bufferOf(value);
    if (bytes === undefined) {
      throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
    }
    data = bytes;
    length = bytes.length;
  }
  const fd = openFd(sock);
  return checked(() => libc("setsockopt")(fd, levelValue, optionValue, data, length));
}

defineNativeMethods(socketType, {
  fileno: ["", (self: PySocket) => self.fd],
  close: ["", (self: PySocket) => {
    const fd = self.fd;
    if (fd < 0) return null;
    self.fd = -1;
    if (libc("close")(fd) < 0) {
      const code = errno();
      if (code !== ECONNRESET) throw osErrorFor(code);
    }
    return null;
  }],
  detach: ["", (self: PySocket) => {
    const fd = self.fd;
    self.fd = -1;
    return fd;
  }],
  bind: ["address, /", (self: PySocket, address: PyValue) => {
    const sockaddr = parseAddress(self.family, address, "bind");
    const fd = openFd(self);
    return checked(() => libc("bind")(fd, sockaddr, sockaddr.length));
  }],
  listen: ["backlog=?, /", (self: PySocket, backlog?: PyValue) => {
    let value = backlog === undefined ? Math.min(SOMAXCONN, 128) : cIntArgument(backlog);
    if (value < 0) value = 0;
    const fd = openFd(self);
    return checked(() => libc("listen")(fd, value));
  }],
  getsockname: ["", (self: PySocket) => localOrPeer(self, "getsockname")],
  getpeername: ["", (self: PySocket) => localOrPeer(self, "getpeername")],
  getsockopt: ["level, option, buflen=?, /", getsockopt, { style: "parsetuple" }],
  setsockopt: ["level, option, value, optlen=?, /", setsockopt, { style: "parsetuple" }],
  shutdown: ["how, /", (self: PySocket, how: PyValue) => {
    const value = cIntArgument(how);
    const fd = openFd(self);
    return checked(() => libc("shutdown")(fd, value));
  }],
  settimeout: ["timeout, /", (self: PySocket, timeout: PyValue) => {
    applyTimeout(self, parseTimeout(timeout));
    return null;
  }],
  gettimeout: ["", (self: PySocket) => timeoutValue(self.timeout)],
  setblocking: ["flag, /", (self: PySocket, flag: PyValue) => {
    applyTimeout(self, Number(indexValue(flag)) !== 0 ? -1 : 0);
    return null;
  }],
  getblocking: ["", (self: PySocket) => self.timeout !== 0],
  __repr__: [
    "",
    (self: PySocket) =>
      `<socket object, fd=${self.fd}, family=${self.family}, type=${self.type}, proto=${self.proto}>`,
  ],
});

defineGetSets(socketType, {
  family: [(self) => (self as PySocket).family],
  type: [(self) => (self as PySocket).type],
  proto: [(self) => (self as PySocket).proto],
  timeout: [(self) => timeoutValue((self as PySocket).timeout)],
});
