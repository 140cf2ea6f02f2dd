/**
 * The C library's resolver for `_socket`: getaddrinfo(3) and getnameinfo(3)
 * over FFI, with `struct addrinfo` read field by field (x86-64 glibc
 * layout: four ints, socklen_t, then the ai_addr, ai_canonname and ai_next
 * pointers at 24, 32 and 40). Results are plain records; socket_netdb.ts
 * turns them into Python values.
 */
import { libc } from "./libc.ts";
import { gaiError } from "./socket_errors.ts";

/** One entry of getaddrinfo's list. */
export interface AddrInfo {
  family: number;
  socktype: number;
  protocol: number;
  canonname: string;
  /** The socket address, `ai_addrlen` bytes. */
  address: Uint8Array<ArrayBuffer>;
}

export interface AddrInfoHints {
  family: number;
  socktype: number;
  protocol: number;
  flags: number;
}

const ADDRINFO_SIZE = 48;
const encoder = new TextEncoder();

/** A NUL-terminated C string, or null for NULL. */
export function cStringOf(bytes: Uint8Array | string | null): Uint8Array<ArrayBuffer> | null {
  if (bytes === null) return null;
  const data = typeof bytes === "string" ? encoder.encode(bytes) : bytes;
  const out = new Uint8Array(data.length + 1);
  out.set(data);
  return out;
}

/** getaddrinfo(host, service, hints); raises gaierror on failure. */
export function resolve(
  host: Uint8Array | null,
  service: Uint8Array | null,
  hints: AddrInfoHints,
): AddrInfo[] {
  const hintBuffer = new Uint8Array(ADDRINFO_SIZE);
  const view = new DataView(hintBuffer.buffer);
  view.setInt32(0, hints.flags, true);
  view.setInt32(4, hints.family, true);
  view.setInt32(8, hints.socktype, true);
  view.setInt32(12, hints.protocol, true);
  const out = new BigUint64Array(1);
  const code = libc("getaddrinfo")(cStringOf(host), cStringOf(service), hintBuffer, out);
  if (code !== 0) throw gaiError(code);
  const results: AddrInfo[] = [];
  const head = Deno.UnsafePointer.create(out[0]);
  let entry = head;
  while (entry !== null) {
    const info = new Deno.UnsafePointerView(entry);
    const length = info.getUint32(16);
    const addressPointer = info.getPointer(24);
    const canonPointer = info.getPointer(32);
    const address = new Uint8Array(length);
    if (addressPointer !== null && length > 0) {
      new Deno.UnsafePointerView(addressPointer).copyInto(address);
    }
    results.push({
      family: info.getInt32(4),
      socktype: info.getInt32(8),
      protocol: info.getInt32(12),
      canonname: canonPointer === null ? "" : Deno.UnsafePointerView.getCString(canonPointer),
      address,
    });
    entry = info.getPointer(40);
  }
  if (head !== null) libc("freeaddrinfo")(head);
  return results;
}

const NI_MAXHOST = 1025;
const NI_MAXSERV = 32;

/** getnameinfo(address, flags) as [host, service]; raises gaierror on failure. */
export function nameInfo(address: Uint8Array<ArrayBuffer>, flags: number): [string, string] {
  const host = new Uint8Array(NI_MAXHOST);
  const service = new Uint8Array(NI_MAXSERV);
  const code = libc("getnameinfo")(
    address,
    address.length,
    host,
    host.length,
    service,
    service.length,
    flags,
  );
  if (code !== 0) throw gaiError(code);
  return [cText(host), cText(service)];
}

/** The text before the first NUL of a C buffer (ASCII/UTF-8). */
export function cText(buffer: Uint8Array): string {
  const end = buffer.indexOf(0);
  return new TextDecoder().decode(end < 0 ? buffer : buffer.subarray(0, end));
}
