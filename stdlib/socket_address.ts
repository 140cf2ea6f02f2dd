/**
 * Socket addresses between Python and C, as CPython's getsockaddrarg and
 * makesockaddr: AF_INET is `(host, port)`, AF_INET6 `(host, port,
 * flowinfo, scope_id)`, AF_UNIX a path as str or bytes (bytes for Linux's
 * abstract namespace, whose first byte is NUL). Host names resolve as
 * setipaddr does: "" is the wildcard, "<broadcast>" INADDR_BROADCAST,
 * numeric addresses directly, anything else through getaddrinfo.
 *
 * Linux layouts: sockaddr_in is 16 bytes (family, port big-endian, address),
 * sockaddr_in6 28 (family, port, flowinfo big-endian, address, scope id in
 * host order), sockaddr_un 110 (family, 108 bytes of path).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType, isPyException, pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyByteArray } from "../vm/objects/bytearray.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { fsDecode, fsEncode } from "./posix_path.ts";
import { libc } from "./libc.ts";
import { socketError } from "./socket_errors.ts";
import { cStringOf, resolve } from "./socket_resolve.ts";
import { osErrorFor } from "./posix_errors.ts";

export const AF_UNSPEC = 0;
export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
const SOCK_DGRAM = 2;
const AI_PASSIVE = 1;
const SUN_PATH_SIZE = 108;
const EAFNOSUPPORT = 97;
/** The largest sockaddr (sockaddr_storage). */
export const SOCKADDR_MAX = 128;

/** idna_converter: a host name as bytes (str through ASCII or the idna codec). */
export function hostBytes(value: PyValue): Uint8Array {
  let bytes: Uint8Array;
  if (isStr(value)) {
    const text = toJsString(value as PyStr);
    bytes = !/[^\p{ASCII}]/u.test(text)
      ? new TextEncoder().encode(text)
      : strEncode(value as PyStr, "idna", "strict").bytes;
  } else if (value instanceof PyBytes || value instanceof PyByteArray) {
    bytes = bufferOf(value)!;
  } else {
    throw pyError("TypeError", `str, bytes or bytearray expected, not ${typeOf(value).tpName}`);
  }
  if (bytes.includes(0)) throw pyError("TypeError", "host name must not contain null character");
  return bytes;
}

/** An IP address for a host name: its family and the 4 or 16 address bytes. */
export interface IpAddress {
  family: number;
  bytes: Uint8Array;
}

/** The raw address bytes inside a sockaddr_in/sockaddr_in6. */
function addressBytes(sockaddr: Uint8Array): IpAddress {
  const family = sockaddr[0] | (sockaddr[1] << 8);
  return family === AF_INET6
    ? { family, bytes: sockaddr.slice(8, 24) }
    : { family, bytes: sockaddr.slice(4, 8) };
}

/** inet_pton(3): the address bytes, or undefined when `text` is not numeric for `family`. */
export function presentationToNetwork(family: number, text: Uint8Array): Uint8Array | undefined {
  const out = new Uint8Array(16);
  const ok = libc("inet_pton")(family, cStringOf(text), out);
  if (ok !== 1) return undefined;
  return out.slice(0, family === AF_INET ? 4 : 16);
}

/** setipaddr: resolve `name` for `family` (AF_INET, AF_INET6 or AF_UNSPEC). */
export function resolveHost(name: Uint8Array, family: number): IpAddress {
  if (name.length === 0) {
    const results = resolve(null, cStringBytes("0"), {
      family,
      socktype: SOCK_DGRAM,
      protocol: 0,
      flags: AI_PASSIVE,
    });
    if (results.length > 1) throw socketError("wildcard resolved to multiple address");
    return addressBytes(results[0].address);
  }
  const text = new TextDecoder().decode(name);
  if (text === "<broadcast>" || text === "255.255.255.255") {
    if (family !== AF_INET && family !== AF_UNSPEC) throw socketError("address family mismatched");
    return { family: AF_INET, bytes: new Uint8Array([255, 255, 255, 255]) };
  }
  for (const candidate of [AF_INET, AF_INET6]) {
    if (family !== candidate && family !== AF_UNSPEC) continue;
    const bytes = presentationToNetwork(candidate, name);
    if (bytes !== undefined) return { family: candidate, bytes };
  }
  const results = resolve(name, null, { family, socktype: 0, protocol: 0, flags: 0 });
  return addressBytes(results[0].address);
}

function cStringBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** A C int from an int-like argument, with PyArg's "i" overflow errors. */
function cInt(value: PyValue): number {
  const n = indexValue(value);
  if (typeof n === "bigint" || n > 2147483647) {
    throw pyError("OverflowError", "signed integer is greater than maximum");
  }
  if (n < -2147483648) throw pyError("OverflowError", "signed integer is less than minimum");
  return n;
}

function tupleItems(value: PyValue, caller: string, familyName: string): readonly PyValue[] {
  if (!(value instanceof PyTuple)) {
    throw pyError(
      "TypeError",
      `${caller}(): ${familyName} address must be tuple, not ${typeOf(value).tpName}`,
    );
  }
  return value.items;
}

function portArgument(value: PyValue, caller: string): number {
  let port: number;
  try {
    port = cInt(value);
  } catch (error) {
    if (isPyException(error) && error.cls.isSubtypeOf(ExceptionType.OverflowError)) {
      throw pyError("OverflowError", `${caller}(): port must be 0-65535.`);
    }
    throw error;
  }
  return port;
}

function checkPort(port: number, caller: string): void {
  if (port < 0 || port > 0xffff) {
    throw pyError("OverflowError", `${caller}(): port must be 0-65535.`);
  }
}

/** The sockaddr for a Python address of `family`; `caller` names the method in messages. */
export function parseAddress(
  family: number,
  value: PyValue,
  caller: string,
): Uint8Array<ArrayBuffer> {
  switch (family) {
    case AF_UNIX:
      return unixAddress(value);
    case AF_INET: {
      const items = tupleItems(value, caller, "AF_INET");
      if (items.length !== 2) {
        throw pyError("TypeError", "AF_INET address must be a pair (host, port)");
      }
      const host = hostBytes(items[0]);
      const port = portArgument(items[1], caller);
      const address = resolveHost(host, AF_INET);
      checkPort(port, caller);
      const out = new Uint8Array(16);
      const view = new DataView(out.buffer);
      view.setUint16(0, AF_INET, true);
      view.setUint16(2, port, false);
      out.set(address.bytes, 4);
      return out;
    }
    case AF_INET6: {
      const items = tupleItems(value, caller, "AF_INET6");
      if (items.length < 2 || items.length > 4) {
        throw pyError(
          "TypeError",
          "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])",
        );
      }
      const host = hostBytes(items[0]);
      const port = portArgument(items[1], caller);
      const flowinfo = items.length > 2 ? unsignedInt(items[2]) : 0;
      const scope = items.length > 3 ? unsignedInt(items[3]) : 0;
      const address = resolveHost(host, AF_INET6);
      checkPort(port, caller);
      if (flowinfo > 0xfffff) {
        throw pyError("OverflowError", `${caller}(): flowinfo must be 0-1048575.`);
      }
      const out = new Uint8Array(28);
      const view = new DataView(out.buffer);
      view.setUint16(0, AF_INET6, true);
      view.setUint16(2, port, false);
      view.setUint32(4, flowinfo, false);
      out.set(address.bytes, 8);
      view.setUint32(24, scope, true);
      return out;
    }
    default:
      throw socketError(`${caller}(): bad family`);
  }
}

/** PyArg's "I": an unsigned int, truncated without overflow checks. */
function unsignedInt(value: PyValue): number {
  const n = indexValue(value);
  return Number(BigInt.asUintN(32, BigInt(n)));
}

function unixAddress(value: PyValue): Uint8Array<ArrayBuffer> {
  let path: Uint8Array;
  if (isStr(value)) path = fsEncode(value as PyStr);
  else {
    const bytes = bufferOf(value);
    if (bytes === undefined) {
      throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
    }
    path = bytes;
  }
  const abstract = path.length > 0 && path[0] === 0;
  if (abstract ? path.length > SUN_PATH_SIZE : path.length >= SUN_PATH_SIZE) {
    throw socketError("AF_UNIX path too long");
  }
  const out = new Uint8Array(2 + path.length + (abstract ? 0 : 1));
  out[0] = AF_UNIX;
  out.set(path, 2);
  return out.subarray(0, 2 + path.length) as Uint8Array<ArrayBuffer>;
}

/** inet_ntop(3) of 4 or 16 address bytes. */
export function networkToPresentation(family: number, bytes: Uint8Array): string {
  const text = new Uint8Array(64);
  const result = libc("inet_ntop")(family, bytes.slice(), text, text.length);
  if (result === null) throw osErrorFor(EAFNOSUPPORT);
  return Deno.UnsafePointerView.getCString(result);
}

/** The dotted or colon text of the IP address in a sockaddr_in/sockaddr_in6 (inet_ntop). */
export function ipText(sockaddr: Uint8Array): string {
  const { family, bytes } = addressBytes(sockaddr);
  return networkToPresentation(family, bytes);
}

/** makesockaddr: the Python form of the first `length` bytes of a sockaddr. */
export function formatAddress(sockaddr: Uint8Array<ArrayBuffer>, length: number): PyValue {
  if (length === 0) return null;
  const data = sockaddr.subarray(0, length) as Uint8Array<ArrayBuffer>;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const family = view.getUint16(0, true);
  switch (family) {
    case AF_INET:
      return newTuple([ipText(data), view.getUint16(2, false)]);
    case AF_INET6:
      return newTuple([
        ipText(data),
        view.getUint16(2, false),
        view.getUint32(4, false),
        view.getUint32(24, true),
      ]);
    case AF_UNIX: {
      const path = data.subarray(2);
      if (path.length > 0 && path[0] === 0) return new PyBytes(path.slice());
      const end = path.indexOf(0);
      return fsDecode(end < 0 ? path : path.subarray(0, end));
    }
    default:
      return newTuple([family, new PyBytes(sockaddr.slice(2, 16))]);
  }
}
