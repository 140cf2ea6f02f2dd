/**
 * `_socket`'s pure conversions: inet_aton/inet_ntoa/inet_pton/inet_ntop
 * (the C library's parsers and printers, so accepted forms and IPv6
 * spelling match), the byte-order functions with CPython's argument
 * errors, and CMSG_LEN/CMSG_SPACE for Linux's 16-byte cmsghdr.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { bufferOf } from "../vm/objects/buffer.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import type { FunctionSpec } from "./module_helpers.ts";
import { libc } from "./libc.ts";
import { osErrorFor } from "./posix_errors.ts";
import { socketError } from "./socket_errors.ts";
import {
  AF_INET,
  AF_INET6,
  networkToPresentation,
  presentationToNetwork,
} from "./socket_address.ts";
import { cStringOf } from "./socket_resolve.ts";

const EAFNOSUPPORT = 97;

function strArgument(value: PyValue, func: string, position: number): string {
  if (!isStr(value)) {
    throw pyError(
      "TypeError",
      `${func}() argument ${position} must be str, not ${typeOf(value).tpName}`,
    );
  }
  return toJsString(value as PyStr);
}

function bytesArgument(value: PyValue): Uint8Array {
  const bytes = bufferOf(value);
  if (bytes === undefined) {
    throw pyError("TypeError", `a bytes-like object is required, not '${typeOf(value).tpName}'`);
  }
  return bytes;
}

function inetAton(text: PyValue): PyValue {
  const out = new Uint8Array(4);
  if (libc("inet_aton")(cStringOf(strArgument(text, "inet_aton", 1)), out) === 0) {
    throw socketError("illegal IP address string passed to inet_aton");
  }
  return new PyBytes(out);
}

function inetNtoa(packed: PyValue): PyValue {
  const bytes = bytesArgument(packed);
  if (bytes.length !== 4) throw socketError("packed IP wrong length for inet_ntoa");
  return Array.from(bytes).join(".");
}

function inetPton(family: PyValue, text: PyValue): PyValue {
  const af = Number(indexValue(family));
  const source = new TextEncoder().encode(strArgument(text, "inet_pton", 2));
  if (af !== AF_INET && af !== AF_INET6) throw osErrorFor(EAFNOSUPPORT);
  const bytes = presentationToNetwork(af, source);
  if (bytes === undefined) throw socketError("illegal IP address string passed to inet_pton");
  return new PyBytes(bytes);
}

function inetNtop(family: PyValue, packed: PyValue): PyValue {
  const af = Number(indexValue(family));
  const bytes = bytesArgument(packed);
  const expected = af === AF_INET ? 4 : af === AF_INET6 ? 16 : -1;
  if (expected < 0) throw pyError("ValueError", `unknown address family ${af}`);
  if (bytes.length !== expected) {
    throw pyError("ValueError", "invalid length of packed IP address string");
  }
  return networkToPresentation(af, bytes);
}

const swap16 = (x: number) => ((x & 0xff) << 8) | (x >> 8);
const swap32 = (x: number) =>
  (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;

function short(name: string, value: PyValue): number {
  const n = indexValue(value);
  if (n < 0) {
    throw pyError(
      "OverflowError",
      `${name}: can't convert negative Python int to C 16-bit unsigned integer`,
    );
  }
  if (typeof n === "bigint" || n > Number.MAX_SAFE_INTEGER) {
    throw pyError("OverflowError", "Python int too large to convert to C long");
  }
  if (n > 0xffff) {
    throw pyError(
      "OverflowError",
      `${name}: Python int too large to convert to C 16-bit unsigned integer`,
    );
  }
  return swap16(n);
}

function long(value: PyValue): number {
  const n = intOperand(value);
  if (n === undefined) throw pyError("TypeError", `expected int, ${typeOf(value).tpName} found`);
  if (n < 0) throw pyError("OverflowError", "can't convert negative value to unsigned int");
  if (n > 0xffffffff) throw pyError("OverflowError", "int larger than 32 bits");
  return swap32(Number(n));
}

const CMSG_HEADER = 16;
const SOCKLEN_LIMIT = 0x7fffffff;

/** CMSG_LEN/CMSG_SPACE, refusing lengths whose result could exceed socklen_t's int range. */
function cmsgLength(name: string, value: PyValue, space: boolean): number {
  const n = indexValue(value);
  if (typeof n === "bigint" || n > Number.MAX_SAFE_INTEGER) {
    throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
  }
  const limit = SOCKLEN_LIMIT - (space ? CMSG_HEADER + 8 : CMSG_HEADER);
  if (n < 0 || n > limit) throw pyError("OverflowError", `${name}() argument out of range`);
  return CMSG_HEADER + (space ? Math.ceil(n / 8) * 8 : n);
}

export const INET_FUNCTIONS: Record<string, FunctionSpec> = {
  inet_aton: ["string, /", inetAton, { tupleArguments: true }],
  inet_ntoa: ["packed_ip, /", inetNtoa, { tupleArguments: true }],
  inet_pton: ["address_family, ip_string, /", inetPton, { style: "parsetuple" }],
  inet_ntop: ["address_family, packed_ip, /", inetNtop, { style: "parsetuple" }],
  htons: ["x, /", (x: PyValue) => short("htons", x), { tupleArguments: true }],
  ntohs: ["x, /", (x: PyValue) => short("ntohs", x), { tupleArguments: true }],
  htonl: ["x, /", long],
  ntohl: ["x, /", long],
  CMSG_LEN: ["length, /", (n: PyValue) => cmsgLength("CMSG_LEN", n, false), {
    tupleArguments: true,
  }],
  CMSG_SPACE: ["length, /", (n: PyValue) => cmsgLength("CMSG_SPACE", n, true), {
    tupleArguments: true,
  }],
};
