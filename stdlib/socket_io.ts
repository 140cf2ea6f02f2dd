/**
 * The socket calls that may wait: accept, connect, send*, recv*. As
 * CPython's sock_call: a socket with a timeout polls its descriptor (POLLIN
 * to read, POLLOUT to write) for the time left before each try and raises
 * TimeoutError('timed out') when it expires; EAGAIN then means "poll
 * again". A blocking socket (no timeout) polls without a limit first, so
 * that signal handlers can run while it waits, then calls, retrying EINTR;
 * a non-blocking one (timeout 0) raises BlockingIOError from EAGAIN.
 * Waiting blocks the whole VM, as any blocking call in a single-threaded
 * interpreter.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { errno, libc } from "./libc.ts";
import { pollWaiting } from "./poll_wait.ts";
import { osErrorFor } from "./posix_errors.ts";
import { EAGAIN, EINPROGRESS, EINTR, timeoutError } from "./socket_errors.ts";
import { formatAddress, parseAddress, SOCKADDR_MAX } from "./socket_address.ts";
import { cIntArgument, openFd, type PySocket, SOCK_CLOEXEC, socketType } from "./socket_object.ts";
import { writableBuffer } from "./io_common.ts";

export const POLLIN = 0x001;
export const POLLOUT = 0x004;
const SOL_SOCKET = 1;
const SO_ERROR = 4;
const MSG_DONTWAIT = 0x40;
const MSG_WAITALL = 0x100;
/** poll(2) on one descriptor for up to `ms` milliseconds (negative: for ever); whether it became ready. */
function waitFor(fd: number, events: number, ms: number): boolean {
  const entry = new Uint8Array(8);
  const view = new DataView(entry.buffer);
  view.setInt32(0, fd, true);
  view.setInt16(4, events, true);
  return pollWaiting(entry, 1, ms) > 0;
}

/**
 * sock_call: run `call` (a libc call returning a negative number on
 * failure) under the socket's timeout rules; `deadline` (performance.now()
 * milliseconds) lets sendall share one timeout among its sends. A blocking
 * socket waits in `waitFor` too, then calls with MSG_DONTWAIT when
 * `dontWait` says the call accepts it with unchanged results (recv, or
 * sendall's partial sends), so signal handlers run while it waits.
 */
export function sockCall(
  sock: PySocket,
  events: number,
  call: (fd: number, extraFlags: number) => number | bigint,
  options: { deadline?: number; dontWait?: boolean } = {},
): number {
  const fd = openFd(sock);
  const timed = sock.timeout > 0;
  const blocking = sock.timeout < 0;
  const extraFlags = blocking && options.dontWait ? MSG_DONTWAIT : 0;
  const end = options.deadline ?? performance.now() + sock.timeout * 1000;
  for (;;) {
    if (timed) {
      const left = Math.ceil(end - performance.now());
      if (left <= 0 || !waitFor(fd, events, left)) throw timeoutError();
    } else if (blocking) waitFor(fd, events, -1);
    const result = Number(call(fd, extraFlags));
    if (result >= 0) return result;
    const code = errno();
    if (code === EINTR) continue;
    if (code === EAGAIN && (timed || extraFlags !== 0)) continue;
    throw osErrorFor(code);
  }
}

function dataArgument(value: PyValue): Uint8Array {
  const bytes = bufferOf(value);
  if (bytes === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
  }
  return bytes;
}

function sizeArgument(value: PyValue, method: string): number {
  const size = cIntArgument(value);
  if (size < 0) throw pyError("ValueError", `negative buffersize in ${method}`);
  return size;
}

const flagsOf = (flags: PyValue | undefined) => flags === undefined ? 0 : cIntArgument(flags);

/** recv into `into`; returns the byte count (0 at once for an empty buffer, as CPython). */
function receive(sock: PySocket, into: Uint8Array, flags: number): number {
  if (into.length === 0) return 0;
  return sockCall(
    sock,
    POLLIN,
    (fd, extra) => libc("recv")(fd, into, BigInt(into.length), flags | extra),
    { dontWait: (flags & MSG_WAITALL) === 0 },
  );
}

/** recvfrom into `into`; returns [count, address]. */
function receiveFrom(sock: PySocket, into: Uint8Array, flags: number): [number, PyValue] {
  const address = new Uint8Array(SOCKADDR_MAX);
  const length = new Uint32Array(1);
  const count = sockCall(sock, POLLIN, (fd, extra) => {
    length[0] = SOCKADDR_MAX;
    return libc("recvfrom")(fd, into, BigInt(into.length), flags | extra, address, length);
  }, { dontWait: (flags & MSG_WAITALL) === 0 });
  return [count, formatAddress(address, length[0])];
}

/** The buffer and byte count of recv_into/recvfrom_into. */
function intoArguments(buffer: PyValue, nbytes: PyValue | undefined, method: string): Uint8Array {
  let target: Uint8Array;
  try {
    target = writableBuffer(buffer, method);
  } catch {
    throw pyError(
      "TypeError",
      `${method}() argument 1 must be read-write bytes-like object, not ${typeOf(buffer).tpName}`,
    );
  }
  const requested = nbytes === undefined ? 0 : cIntArgument(nbytes);
  if (requested < 0) throw pyError("ValueError", `negative buffersize in ${method}`);
  if (requested > target.length) {
    throw pyError(
      "ValueError",
      method === "recv_into"
        ? "buffer too small for requested bytes"
        : "nbytes is greater than the length of the buffer",
    );
  }
  return requested === 0 ? target : target.subarray(0, requested);
}

/** internal_connect: 0 or the errno (raised when `raise`). */
function connect(sock: PySocket, address: PyValue, raise: boolean, caller: string): number {
  const sockaddr = parseAddress(sock.family, address, caller);
  const fd = openFd(sock);
  let code = 0;
  if (libc("connect")(fd, sockaddr, sockaddr.length) < 0) {
    code = errno();
    const waits = (code === EINTR && sock.timeout !== 0) ||
      (code === EINPROGRESS && sock.timeout > 0);
    if (waits) {
      const ms = sock.timeout < 0 ? -1 : Math.ceil(sock.timeout * 1000);
      if (!waitFor(fd, POLLOUT, ms)) {
        if (raise) throw timeoutError();
        return EAGAIN;
      }
      const error = new Int32Array(1);
      const length = new Uint32Array([4]);
      if (libc("getsockopt")(fd, SOL_SOCKET, SO_ERROR, error, length) < 0) code = errno();
      else code = error[0];
    }
  }
  if (code !== 0 && raise) throw osErrorFor(code);
  return code;
}

function sendAll(sock: PySocket, data: PyValue, flags?: PyValue): PyValue {
  const bytes = dataArgument(data);
  const flagValue = flagsOf(flags);
  const deadline = performance.now() + sock.timeout * 1000;
  let offset = 0;
  do {
    const chunk = bytes.subarray(offset);
    offset += sockCall(
      sock,
      POLLOUT,
      (fd, extra) => libc("send")(fd, chunk, BigInt(chunk.length), flagValue | extra),
      { deadline, dontWait: true },
    );
  } while (offset < bytes.length);
  return null;
}

function sendTo(sock: PySocket, args: PyValue[]): PyValue {
  if (args.length < 2 || args.length > 3) {
    throw pyError("TypeError", `sendto() takes 2 or 3 arguments (${args.length} given)`);
  }
  const bytes = dataArgument(args[0]);
  const flags = args.length === 3 ? cIntArgument(args[1]) : 0;
  const sockaddr = parseAddress(sock.family, args[args.length - 1], "sendto");
  return sockCall(
    sock,
    POLLOUT,
    (fd) => libc("sendto")(fd, bytes, BigInt(bytes.length), flags, sockaddr, sockaddr.length),
  );
}

defineNativeMethods(socketType, {
  _accept: ["", (self: PySocket) => {
    const address = new Uint8Array(SOCKADDR_MAX);
    const length = new Uint32Array(1);
    const fd = sockCall(self, POLLIN, (listener) => {
      length[0] = SOCKADDR_MAX;
      return libc("accept4")(listener, address, length, SOCK_CLOEXEC);
    });
    return newTuple([fd, formatAddress(address, length[0])]);
  }],
  connect: ["address, /", (self: PySocket, address: PyValue) => {
    connect(self, address, true, "connect");
    return null;
  }],
  connect_ex: ["address, /", (self: PySocket, address: PyValue) => {
    return connect(self, address, false, "connect_ex");
  }],
  recv: ["bufsize, flags=?, /", (self: PySocket, size: PyValue, flags?: PyValue) => {
    const into = new Uint8Array(sizeArgument(size, "recv"));
    const count = receive(self, into, flagsOf(flags));
    return new PyBytes(count === into.length ? into : into.slice(0, count));
  }, { style: "parsetuple" }],
  recv_into: [
    "buffer, nbytes=?, flags=?",
    (self: PySocket, buffer: PyValue, nbytes?: PyValue, flags?: PyValue) =>
      receive(self, intoArguments(buffer, nbytes, "recv_into"), flagsOf(flags)),
  ],
  recvfrom: ["bufsize, flags=?, /", (self: PySocket, size: PyValue, flags?: PyValue) => {
    const into = new Uint8Array(sizeArgument(size, "recvfrom"));
    const [count, address] = receiveFrom(self, into, flagsOf(flags));
    return newTuple([new PyBytes(into.slice(0, count)), address]);
  }, { style: "parsetuple" }],
  recvfrom_into: [
    "buffer, nbytes=?, flags=?",
    (self: PySocket, buffer: PyValue, nbytes?: PyValue, flags?: PyValue) => {
      const into = intoArguments(buffer, nbytes, "recvfrom_into");
      const [count, address] = receiveFrom(self, into, flagsOf(flags));
      return newTuple([count, address]);
    },
  ],
  send: ["data, flags=?, /", (self: PySocket, data: PyValue, flags?: PyValue) => {
    const bytes = dataArgument(data);
    const flagValue = flagsOf(flags);
    return sockCall(
      self,
      POLLOUT,
      (fd) => libc("send")(fd, bytes, BigInt(bytes.length), flagValue),
    );
  }, { style: "parsetuple" }],
  sendall: ["data, flags=?, /", sendAll, { style: "parsetuple" }],
  sendto: ["*args", sendTo],
});
