/**
 * `_socket`'s module functions beyond the pure conversions
 * (socket_inet.ts): name resolution (getaddrinfo, getnameinfo,
 * gethostbyname[_ex], gethostbyaddr), socketpair, dup/close of raw
 * descriptors, the default timeout and the network interface names.
 *
 * gethostbyname_ex and gethostbyaddr are built on getaddrinfo/getnameinfo
 * rather than the obsolete gethostbyname_r family, so their alias lists are
 * always empty.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyList } from "../vm/objects/list.ts";
import { newTuple, PyTuple } from "../vm/objects/tuple.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { isStr, type PyStr } from "../vm/objects/str_wide.ts";
import { strEncode } from "../vm/objects/str_encode.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions } from "./module_helpers.ts";
import { errno, libc } from "./libc.ts";
import { osErrorFor } from "./posix_errors.ts";
import { fsEncode } from "./posix_path.ts";
import { ECONNRESET, hostError, lastSocketError, socketError } from "./socket_errors.ts";
import {
  AF_INET,
  AF_INET6,
  AF_UNIX,
  AF_UNSPEC,
  formatAddress,
  hostBytes,
  ipText,
  networkToPresentation,
  resolveHost,
} from "./socket_address.ts";
import { cText, nameInfo, resolve } from "./socket_resolve.ts";
import {
  cIntArgument,
  getDefaultTimeout,
  newSocket,
  parseTimeout,
  setDefaultTimeout,
  SOCK_CLOEXEC,
  timeoutValue,
} from "./socket_object.ts";
import { INET_FUNCTIONS } from "./socket_inet.ts";
import { SERVICE_FUNCTIONS } from "./socket_services.ts";

const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const AI_CANONNAME = 2;
const AI_NUMERICHOST = 4;
const NI_NAMEREQD = 8;
const F_DUPFD_CLOEXEC = 1030;

function getaddrinfo(
  host: PyValue,
  port: PyValue,
  family: PyValue,
  type: PyValue,
  proto: PyValue,
  flags: PyValue,
): PyValue {
  let hostValue: Uint8Array | null = null;
  if (host !== null) {
    if (!isStr(host) && !(host instanceof PyBytes)) {
      throw pyError("TypeError", "getaddrinfo() argument 1 must be string or None");
    }
    hostValue = hostBytes(host);
  }
  let service: Uint8Array | null = null;
  const portNumber = intOperand(port);
  if (portNumber !== undefined) service = new TextEncoder().encode(String(portNumber));
  else if (isStr(port)) service = strEncode(port as PyStr, "utf-8", "strict").bytes;
  else if (port instanceof PyBytes) service = port.bytes;
  else if (port !== null) throw socketError("Int or String expected");
  const results = resolve(hostValue, service, {
    family: cIntArgument(family),
    socktype: cIntArgument(type),
    protocol: cIntArgument(proto),
    flags: cIntArgument(flags),
  });
  return new PyList(results.map((info) =>
    newTuple([
      info.family,
      info.socktype,
      info.protocol,
      info.canonname,
      formatAddress(info.address, info.address.length),
    ])
  ));
}

function getnameinfo(address: PyValue, flags: PyValue): PyValue {
  if (!(address instanceof PyTuple)) {
    throw pyError("TypeError", "getnameinfo() argument 1 must be a tuple");
  }
  const items = address.items;
  if (items.length < 2 || items.length > 4 || !isStr(items[0])) {
    throw pyError("TypeError", "getnameinfo(): illegal sockaddr argument");
  }
  const port = cIntArgument(items[1]);
  const flowinfo = items.length > 2 ? Number(indexValue(items[2])) >>> 0 : 0;
  const scope = items.length > 3 ? Number(indexValue(items[3])) >>> 0 : 0;
  const flagValue = cIntArgument(flags);
  if (flowinfo > 0xfffff) {
    throw pyError("OverflowError", "getnameinfo(): flowinfo must be 0-1048575.");
  }
  const results = resolve(hostBytes(items[0]), new TextEncoder().encode(String(port)), {
    family: AF_UNSPEC,
    socktype: SOCK_DGRAM,
    protocol: 0,
    flags: AI_NUMERICHOST,
  });
  if (results.length !== 1) throw socketError("sockaddr resolved to multiple addresses");
  const sockaddr = results[0].address;
  const view = new DataView(sockaddr.buffer);
  if (results[0].family === AF_INET) {
    if (items.length !== 2) throw socketError("IPv4 sockaddr must be 2 tuple");
  } else if (results[0].family === AF_INET6) {
    view.setUint32(4, flowinfo, false);
    view.setUint32(24, scope, true);
  }
  return newTuple(nameInfo(sockaddr, flagValue));
}

function hostText(name: PyValue, family: number): string {
  const address = resolveHost(hostBytes(name), family);
  return networkToPresentation(address.family, address.bytes);
}

function gethostbynameEx(name: PyValue): PyValue {
  const results = resolve(hostBytes(name), null, {
    family: AF_INET,
    socktype: SOCK_STREAM,
    protocol: 0,
    flags: AI_CANONNAME,
  });
  const addresses = [...new Set(results.map((info) => ipText(info.address)))];
  const canonical = results.find((info) => info.canonname !== "")?.canonname ?? "";
  return newTuple([canonical, new PyList([]), new PyList(addresses)]);
}

function gethostbyaddr(ip: PyValue): PyValue {
  const address = resolveHost(hostBytes(ip), AF_UNSPEC);
  const sockaddr = new Uint8Array(address.family === AF_INET6 ? 28 : 16);
  sockaddr[0] = address.family;
  sockaddr.set(address.bytes, address.family === AF_INET6 ? 8 : 4);
  let name: string;
  try {
    name = nameInfo(sockaddr, NI_NAMEREQD)[0];
  } catch {
    throw hostError(1, "Unknown host");
  }
  const text = networkToPresentation(address.family, address.bytes);
  return newTuple([name, new PyList([]), new PyList([text])]);
}

function gethostname(): PyValue {
  const buffer = new Uint8Array(1024);
  if (libc("gethostname")(buffer, BigInt(buffer.length)) < 0) throw lastSocketError();
  return cText(buffer);
}

function socketpair(family?: PyValue, type?: PyValue, proto?: PyValue): PyValue {
  const af = family === undefined ? AF_UNIX : cIntArgument(family);
  const kind = type === undefined ? SOCK_STREAM : cIntArgument(type);
  const protocol = proto === undefined ? 0 : cIntArgument(proto);
  const fds = new Int32Array(2);
  if (libc("socketpair")(af, kind | SOCK_CLOEXEC, protocol, fds) < 0) throw lastSocketError();
  return newTuple([
    newSocket(fds[0], af, kind, protocol),
    newSocket(fds[1], af, kind, protocol),
  ]);
}

function ifNameindex(): PyValue {
  const head = libc("if_nameindex")();
  if (head === null) throw lastSocketError();
  const view = new Deno.UnsafePointerView(head);
  const entries: PyValue[] = [];
  for (let offset = 0;; offset += 16) {
    const index = view.getUint32(offset);
    const name = view.getPointer(offset + 8);
    if (index === 0 && name === null) break;
    entries.push(
      newTuple([index, name === null ? "" : Deno.UnsafePointerView.getCString(name)]),
    );
  }
  libc("if_freenameindex")(head);
  return new PyList(entries);
}

function nameArgument(name: PyValue): Uint8Array {
  if (isStr(name)) return fsEncode(name as PyStr);
  if (name instanceof PyBytes) return name.bytes;
  throw pyError(
    "TypeError",
    `expected str, bytes or os.PathLike object, not ${typeOf(name).tpName}`,
  );
}

export function addNetdbFunctions(module: PyModule): void {
  addFunctions(module, {
    ...INET_FUNCTIONS,
    ...SERVICE_FUNCTIONS,
    getaddrinfo: [
      "host, port, family=0, type=0, proto=0, flags=0",
      getaddrinfo,
      { style: "parsetuple" },
    ],
    getnameinfo: ["sockaddr, flags, /", getnameinfo, { style: "parsetuple" }],
    gethostbyname: ["hostname, /", (name: PyValue) => hostText(name, AF_INET), {
      tupleArguments: true,
    }],
    gethostbyname_ex: ["hostname, /", gethostbynameEx, { tupleArguments: true }],
    gethostbyaddr: ["ip_address, /", gethostbyaddr, { tupleArguments: true }],
    gethostname: ["", gethostname],
    sethostname: ["name, /", (name: PyValue) => {
      const bytes = nameArgument(name);
      if (libc("sethostname")(bytes, BigInt(bytes.length)) < 0) throw lastSocketError();
      return null;
    }, { tupleArguments: true }],
    socketpair: ["family=?, type=?, proto=?, /", socketpair, { style: "parsetuple" }],
    dup: ["fd, /", (fd: PyValue) => {
      const result = libc("fcntl")(cIntArgument(fd), F_DUPFD_CLOEXEC, 0);
      if (result < 0) throw lastSocketError();
      return result;
    }],
    close: ["fd, /", (fd: PyValue) => {
      if (libc("close")(cIntArgument(fd)) < 0) {
        const code = errno();
        if (code !== ECONNRESET) throw osErrorFor(code);
      }
      return null;
    }],
    getdefaulttimeout: ["", () => timeoutValue(getDefaultTimeout())],
    setdefaulttimeout: ["timeout, /", (timeout: PyValue) => {
      setDefaultTimeout(parseTimeout(timeout));
      return null;
    }],
    if_nameindex: ["", ifNameindex],
    if_nametoindex: ["oname, /", (name: PyValue) => {
      const index = libc("if_nametoindex")(cStringOfBytes(nameArgument(name)));
      if (index === 0) throw socketError("no interface with this name");
      return index;
    }, { tupleArguments: true }],
    if_indextoname: ["index, /", (index: PyValue) => {
      const value = intOperand(index);
      if (value === undefined) throw pyError("TypeError", "an integer is required");
      if (value < 0 || value > 0xffffffff) {
        throw pyError("OverflowError", "index is too large");
      }
      const buffer = new Uint8Array(16);
      if (libc("if_indextoname")(Number(value), buffer) === null) throw lastSocketError();
      return cText(buffer);
    }],
  });
}

function cStringOfBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}
