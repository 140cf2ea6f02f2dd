/**
 * `socket.sendmsg`, `recvmsg` and `recvmsg_into`: scatter/gather I/O with
 * ancillary data (SCM_RIGHTS descriptor passing, credentials), over the C
 * library's sendmsg(2)/recvmsg(2). Linux x86-64 layouts: `struct msghdr`
 * is 56 bytes (name pointer and length, iovec pointer and count, control
 * pointer and length, flags at 48), `struct iovec` 16, and each control
 * message a 16-byte `cmsghdr` (length, level, type) followed by its data,
 * padded to 8 bytes. The structures point into JS buffers kept alive by
 * the locals of the call.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, isPyException, pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { exactItems, getIterator, iterateToArray } from "../vm/runtime/iteration.ts";
import { libc } from "./libc.ts";
import { formatAddress, parseAddress, SOCKADDR_MAX } from "./socket_address.ts";
import { cIntArgument, type PySocket, socketType } from "./socket_object.ts";
import { POLLIN, POLLOUT, sockCall } from "./socket_io.ts";
import { writableBuffer } from "./io_common.ts";

const MSGHDR_SIZE = 56;
const CMSG_HEADER = 16;
const align8 = (n: number) => Math.ceil(n / 8) * 8;
const pointerOf = (bytes: Uint8Array<ArrayBuffer>) =>
  BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(bytes)));

/** The items of an iterable argument; TypeError `message` when it is not iterable. */
function iterableItems(value: PyValue, message: string): readonly PyValue[] {
  const items = exactItems(value);
  if (items !== undefined) return items;
  let iterator: PyValue;
  try {
    iterator = getIterator(value);
  } catch (error) {
    if (isPyException(error) && error.cls.isSubtypeOf(ExceptionType.TypeError)) {
      throw pyError("TypeError", message);
    }
    throw error;
  }
  return iterateToArray(iterator);
}

function bytesOf(value: PyValue): Uint8Array {
  const bytes = bufferOf(value);
  if (bytes === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
  }
  return bytes;
}

/** A msghdr over `data` (one iovec), an optional name and a control buffer. */
function messageHeader(
  data: Uint8Array<ArrayBuffer>,
  name: Uint8Array<ArrayBuffer> | null,
  control: Uint8Array<ArrayBuffer> | null,
): { header: Uint8Array<ArrayBuffer>; iovec: Uint8Array<ArrayBuffer> } {
  const iovec = new Uint8Array(16);
  const iov = new DataView(iovec.buffer);
  iov.setBigUint64(0, data.length > 0 ? pointerOf(data) : 0n, true);
  iov.setBigUint64(8, BigInt(data.length), true);
  const header = new Uint8Array(MSGHDR_SIZE);
  const view = new DataView(header.buffer);
  if (name !== null) {
    view.setBigUint64(0, pointerOf(name), true);
    view.setUint32(8, name.length, true);
  }
  view.setBigUint64(16, pointerOf(iovec), true);
  view.setBigUint64(24, 1n, true);
  if (control !== null && control.length > 0) {
    view.setBigUint64(32, pointerOf(control), true);
    view.setBigUint64(40, BigInt(control.length), true);
  }
  return { header, iovec };
}

/** The ancillary data items (level, type, data) as one control buffer. */
function controlBuffer(ancdata: PyValue): Uint8Array<ArrayBuffer> | null {
  const items = iterableItems(ancdata, "sendmsg() argument 2 must be an iterable");
  const messages = items.map((item) => {
    const parts = exactItems(item);
    if (parts === undefined || parts.length !== 3) {
      throw pyError(
        "TypeError",
        `[sendmsg() ancillary data items]() argument must be sequence of length 3, not ${
          parts?.length ?? typeOf(item).name
        }`,
      );
    }
    return { level: cIntArgument(parts[0]), type: cIntArgument(parts[1]), data: bytesOf(parts[2]) };
  });
  if (messages.length === 0) return null;
  const control = new Uint8Array(
    messages.reduce((total, m) => total + CMSG_HEADER + align8(m.data.length), 0),
  );
  const view = new DataView(control.buffer);
  let offset = 0;
  for (const message of messages) {
    view.setBigUint64(offset, BigInt(CMSG_HEADER + message.data.length), true);
    view.setInt32(offset + 8, message.level, true);
    view.setInt32(offset + 12, message.type, true);
    control.set(message.data, offset + CMSG_HEADER);
    offset += CMSG_HEADER + align8(message.data.length);
  }
  return control;
}

function sendmsg(
  sock: PySocket,
  buffers: PyValue,
  ancdata?: PyValue,
  flags?: PyValue,
  address?: PyValue,
): PyValue {
  const name = address === undefined || address === null
    ? null
    : parseAddress(sock.family, address, "sendmsg");
  const parts = iterableItems(buffers, "sendmsg() argument 1 must be an iterable").map(bytesOf);
  const control = ancdata === undefined ? null : controlBuffer(ancdata);
  const flagValue = flags === undefined ? 0 : cIntArgument(flags);
  const data = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    data.set(part, offset);
    offset += part.length;
  }
  const { header, iovec } = messageHeader(data, name, control);
  return sockCall(sock, POLLOUT, (fd) => {
    void iovec; // the header points into it: keep it reachable until the call
    return libc("sendmsg")(fd, header, flagValue);
  });
}

/** The control messages of a received control buffer of `length` bytes. */
function ancillaryItems(control: Uint8Array, length: number): PyValue {
  const view = new DataView(control.buffer, control.byteOffset, control.byteLength);
  const items: PyValue[] = [];
  let offset = 0;
  while (offset + CMSG_HEADER <= length) {
    const size = Number(view.getBigUint64(offset, true));
    if (size < CMSG_HEADER) break;
    const end = Math.min(offset + size, length);
    items.push(newTuple([
      view.getInt32(offset + 8, true),
      view.getInt32(offset + 12, true),
      new PyBytes(control.slice(offset + CMSG_HEADER, end)),
    ]));
    offset += align8(size);
  }
  return new PyList(items);
}

/** recvmsg into a fresh buffer of `size`: [count, ancillary data, flags, address]. */
function receiveMessage(
  sock: PySocket,
  size: number,
  ancbufsize: PyValue | undefined,
  flags: PyValue | undefined,
): [Uint8Array<ArrayBuffer>, number, PyValue, number, PyValue] {
  const controlSize = ancbufsize === undefined ? 0 : cIntArgument(ancbufsize);
  if (controlSize < 0) throw pyError("ValueError", "invalid ancillary data buffer length");
  const flagValue = flags === undefined ? 0 : cIntArgument(flags);
  const data = new Uint8Array(size);
  const name = new Uint8Array(SOCKADDR_MAX);
  const control = new Uint8Array(controlSize);
  const { header, iovec } = messageHeader(data, name, control);
  const view = new DataView(header.buffer);
  const count = sockCall(sock, POLLIN, (fd) => {
    void iovec; // the header points into it: keep it reachable until the call
    view.setUint32(8, SOCKADDR_MAX, true);
    view.setBigUint64(40, BigInt(control.length), true);
    return libc("recvmsg")(fd, header, flagValue);
  });
  const controlLength = control.length === 0 ? 0 : Number(view.getBigUint64(40, true));
  return [
    data,
    count,
    ancillaryItems(control, controlLength),
    view.getInt32(48, true),
    formatAddress(name, view.getUint32(8, true)),
  ];
}

defineNativeMethods(socketType, {
  sendmsg: ["buffers, ancdata=?, flags=?, address=?, /", sendmsg, { style: "parsetuple" }],
  recvmsg: [
    "bufsize, ancbufsize=?, flags=?, /",
    (self: PySocket, bufsize: PyValue, ancbufsize?: PyValue, flags?: PyValue) => {
      const size = cIntArgument(bufsize);
      if (size < 0) throw pyError("ValueError", "negative buffer size in recvmsg()");
      const [data, count, ancdata, msgFlags, address] = receiveMessage(
        self,
        size,
        ancbufsize,
        flags,
      );
      return newTuple([new PyBytes(data.slice(0, count)), ancdata, msgFlags, address]);
    },
    { style: "parsetuple" },
  ],
  recvmsg_into: [
    "buffers, ancbufsize=?, flags=?, /",
    (self: PySocket, buffers: PyValue, ancbufsize?: PyValue, flags?: PyValue) => {
      const message =
        "recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers";
      const targets = iterableItems(buffers, message).map((buffer) => {
        try {
          return writableBuffer(buffer, "recvmsg_into");
        } catch {
          throw pyError("TypeError", message);
        }
      });
      const total = targets.reduce((sum, target) => sum + target.length, 0);
      const [data, count, ancdata, msgFlags, address] = receiveMessage(
        self,
        total,
        ancbufsize,
        flags,
      );
      let offset = 0;
      for (const target of targets) {
        if (offset >= count) break;
        const chunk = data.subarray(offset, Math.min(count, offset + target.length));
        target.set(chunk);
        offset += chunk.length;
      }
      return newTuple([count, ancdata, msgFlags, address]);
    },
    { style: "parsetuple" },
  ],
});
