/**
 * The services and protocols databases (/etc/services, /etc/protocols)
 * through the C library: getservbyname, getservbyport, getprotobyname.
 * Read from `struct servent` (s_name at 0, s_port in network order at 16)
 * and `struct protoent` (p_proto at 16). The C functions return static
 * storage, which a single-threaded interpreter reads before the next call.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { isStr, type PyStr, toJsString } from "../vm/objects/str_wide.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import type { FunctionSpec } from "./module_helpers.ts";
import { libc } from "./libc.ts";
import { socketError } from "./socket_errors.ts";
import { cStringOf } from "./socket_resolve.ts";
import { cIntArgument } from "./socket_object.ts";

function text(value: PyValue, func: string, position: number): string {
  if (!isStr(value)) {
    throw pyError(
      "TypeError",
      `${func}() argument ${position} must be str, not ${typeOf(value).tpName}`,
    );
  }
  return toJsString(value as PyStr);
}

function protocolArgument(value: PyValue | undefined, func: string): Uint8Array | null {
  return value === undefined ? null : cStringOf(text(value, func, 2));
}

function getservbyname(name: PyValue, protocol?: PyValue): PyValue {
  const service = cStringOf(text(name, "getservbyname", 1));
  const entry = libc("getservbyname")(service, protocolArgument(protocol, "getservbyname"));
  if (entry === null) throw socketError("service/proto not found");
  const port = new Deno.UnsafePointerView(entry).getUint32(16);
  return ((port & 0xff) << 8) | ((port >> 8) & 0xff);
}

function getservbyport(port: PyValue, protocol?: PyValue): PyValue {
  const number = cIntArgument(port);
  const proto = protocolArgument(protocol, "getservbyport");
  if (number < 0 || number > 0xffff) {
    throw pyError("OverflowError", "getservbyport: port must be 0-65535.");
  }
  const networkOrder = ((number & 0xff) << 8) | (number >> 8);
  const entry = libc("getservbyport")(networkOrder, proto);
  if (entry === null) throw socketError("port/proto not found");
  const name = new Deno.UnsafePointerView(entry).getPointer(0);
  return name === null ? "" : Deno.UnsafePointerView.getCString(name);
}

function getprotobyname(name: PyValue): PyValue {
  const entry = libc("getprotobyname")(cStringOf(text(name, "getprotobyname", 1)));
  if (entry === null) throw socketError("protocol not found");
  return new Deno.UnsafePointerView(entry).getInt32(16);
}

export const SERVICE_FUNCTIONS: Record<string, FunctionSpec> = {
  getservbyname: ["servicename, protocolname=?, /", getservbyname, { style: "parsetuple" }],
  getservbyport: ["port, protocolname=?, /", getservbyport, { style: "parsetuple" }],
  getprotobyname: ["protocolname, /", getprotobyname, { tupleArguments: true }],
};
