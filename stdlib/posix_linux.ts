/**
 * The Linux-specific `posix` functions, through libc as CPython calls them:
 * eventfd and its read/write helpers, memfd_create, copy_file_range and
 * splice, scatter/gather readv and writev, and the extended attributes
 * (getxattr, setxattr, removexattr, listxattr: a descriptor goes to the f*
 * call, follow_symlinks=False to the l* call). Arguments are converted with
 * the checks and messages of CPython's converters for each parameter.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyList } from "../vm/objects/list.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { intOperand, normalizeBigInt } from "../vm/objects/int_value.ts";
import { asCInt, asSize } from "../vm/objects/str_args.ts";
import { bufferLayoutOf, bufferOf, expectBuffer } from "../vm/objects/buffer.ts";
import { lengthOf } from "../vm/runtime/builtin_functions.ts";
import { getSubscript, isSequence } from "../vm/runtime/subscript.ts";
import { cString, errno, libc } from "./libc.ts";
import { lastOsError, osErrorFor, retrying } from "./posix_errors.ts";
import { fileDescriptorOf } from "./posix_fd.ts";
import { fsConverter, fsDecode, type PathArgument, pathArgument } from "./posix_path.ts";
import type { FunctionSpec } from "./module_helpers.ts";

const EFD_CLOEXEC = 0o2000000;
const MFD_CLOEXEC = 1;
const ERANGE = 34;
const XATTR_SIZE_MAX = 65536;
const XATTR_LIST_MAX = 65536;
const DOT = new Uint8Array([0x2e]);

export const LINUX_CONSTANTS: Readonly<Record<string, number>> = {
  EFD_CLOEXEC,
  EFD_NONBLOCK: 0o4000,
  EFD_SEMAPHORE: 1,
  MFD_CLOEXEC,
  MFD_ALLOW_SEALING: 2,
  MFD_HUGETLB: 4,
  MFD_HUGE_SHIFT: 26,
  MFD_HUGE_MASK: 0x3f,
  MFD_HUGE_64KB: 16 << 26,
  MFD_HUGE_512KB: 19 << 26,
  MFD_HUGE_1MB: 20 << 26,
  MFD_HUGE_2MB: 21 << 26,
  MFD_HUGE_8MB: 23 << 26,
  MFD_HUGE_16MB: 24 << 26,
  MFD_HUGE_32MB: 25 << 26,
  MFD_HUGE_256MB: 28 << 26,
  MFD_HUGE_512MB: 29 << 26,
  MFD_HUGE_1GB: 30 << 26,
  MFD_HUGE_2GB: 31 << 26,
  MFD_HUGE_16GB: 34 * 2 ** 26,
  SPLICE_F_MOVE: 1,
  SPLICE_F_NONBLOCK: 2,
  SPLICE_F_MORE: 4,
  XATTR_CREATE: 1,
  XATTR_REPLACE: 2,
  XATTR_SIZE_MAX,
};

/** An exact int (bool included) for the unsigned converters, which call no __index__. */
function exactInt(value: PyValue): number | bigint {
  const n = typeof value === "object" ? undefined : intOperand(value);
  if (n === undefined) throw pyError("TypeError", "an integer is required");
  return n;
}

/** CPython's _PyLong_UnsignedInt_Converter. */
function unsignedInt(value: PyValue): number {
  const n = BigInt(exactInt(value));
  if (n < 0n) throw pyError("ValueError", "value must be positive");
  if (n > 0xffffffffn) {
    if (n > 0xffffffffffffffffn) {
      throw pyError("OverflowError", "Python int too large to convert to C unsigned long");
    }
    throw pyError("OverflowError", "Python int too large for C unsigned int");
  }
  return Number(n);
}

/** CPython's _PyLong_UnsignedLongLong_Converter. */
function unsignedLongLong(value: PyValue): bigint {
  const n = BigInt(exactInt(value));
  if (n < 0n) throw pyError("ValueError", "value must be positive");
  if (n > 0xffffffffffffffffn) throw pyError("OverflowError", "int too big to convert");
  return n;
}

/** An `unsigned int(bitwise=True)` argument: any index, kept modulo 2**32. */
function unsignedIntBitwise(value: PyValue): number {
  return Number(BigInt.asUintN(32, BigInt(indexValue(value))));
}

/** Py_off_t_converter: a C long. */
function offset(value: PyValue): bigint {
  const n = BigInt(indexValue(value));
  if (n !== BigInt.asIntN(64, n)) {
    throw pyError("OverflowError", "Python int too large to convert to C long");
  }
  return n;
}

/** A `loff_t *` argument: NULL for None, else the offset in an 8-byte cell. */
function offsetCell(value: PyValue): Uint8Array<ArrayBuffer> | null {
  if (value === null) return null;
  const cell = new BigInt64Array([offset(value)]);
  return new Uint8Array(cell.buffer);
}

function count(value: PyValue): bigint {
  const n = asSize(value);
  if (n < 0) throw pyError("ValueError", "negative value for 'count' not allowed");
  return BigInt(n);
}

function eventfdRead(fd: PyValue): PyValue {
  const value = new BigUint64Array(1);
  const result = libc("eventfd_read")(fileDescriptorOf(fd), new Uint8Array(value.buffer));
  if (result < 0) throw lastOsError();
  return normalizeBigInt(value[0]);
}

/** The memory of each item of a readv/writev sequence, as an iovec array. */
function ioVectors(
  func: string,
  buffers: PyValue,
  writable: boolean,
): { vectors: Uint8Array<ArrayBuffer>; count: number } {
  if (!isSequence(buffers)) {
    throw pyError("TypeError", `${func}() arg 2 must be a sequence`);
  }
  const n = Number(lengthOf(buffers));
  const vectors = new BigUint64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const item = getSubscript(buffers, i);
    let memory: Uint8Array;
    if (writable) {
      const layout = bufferLayoutOf(item);
      if (layout === undefined) {
        throw pyError(
          "TypeError",
          `a bytes-like object is required, not '${typeOf(item).tpName}'`,
        );
      }
      if (layout.readonly) throw pyError("BufferError", "Object is not writable.");
      memory = bufferOf(item)!;
    } else memory = expectBuffer(item);
    vectors[2 * i] = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(memory)));
    vectors[2 * i + 1] = BigInt(memory.length);
  }
  return { vectors: new Uint8Array(vectors.buffer), count: n };
}

/**
 * The descriptor or path an xattr function works on. As in CPython, only a
 * descriptor >= 0 goes to the f* call; otherwise the path call gets the path,
 * or NULL (a negative descriptor: EFAULT), which listxattr replaces by ".".
 */
function xattrTarget(func: string, path: PyValue, nullable = false): PathArgument {
  const target = pathArgument(func, path, { allowFd: true, nullable });
  if (nullable && target.cString === null && target.fd < 0) {
    return { ...target, cString: cString(DOT) };
  }
  return target;
}

/**
 * Call `read(buffer, size)` with growing buffers as CPython does (`sizes`,
 * then the error), returning the bytes it filled.
 */
function readGrowing(
  sizes: readonly number[],
  read: (buffer: Uint8Array<ArrayBuffer>, size: bigint) => number | bigint,
  filename: PyValue,
): Uint8Array {
  for (const size of sizes) {
    const buffer = new Uint8Array(size);
    const n = Number(read(buffer, BigInt(size)));
    if (n >= 0) return buffer.subarray(0, n);
    if (errno() !== ERANGE) throw lastOsError(filename);
  }
  throw osErrorFor(ERANGE, filename);
}

function getxattr(path: PyValue, attribute: PyValue, follow: PyValue): PyValue {
  const target = xattrTarget("getxattr", path);
  const name = pathArgument("getxattr", attribute, { argument: "attribute" }).cString!;
  const value = readGrowing([128, XATTR_SIZE_MAX], (buffer, size) => {
    if (target.fd >= 0) return libc("fgetxattr")(target.fd, name, buffer, size);
    const call = isFollowing(follow) ? libc("getxattr") : libc("lgetxattr");
    return call(target.cString, name, buffer, size);
  }, target.object);
  return new PyBytes(value.slice());
}

function setxattr(
  path: PyValue,
  attribute: PyValue,
  value: PyValue,
  flags: PyValue,
  follow: PyValue,
): PyValue {
  const target = xattrTarget("setxattr", path);
  const name = pathArgument("setxattr", attribute, { argument: "attribute" }).cString!;
  const data = expectBuffer(value);
  const flag = asCInt(flags);
  const size = BigInt(data.length);
  const result = target.fd >= 0
    ? libc("fsetxattr")(target.fd, name, data, size, flag)
    : (isFollowing(follow) ? libc("setxattr") : libc("lsetxattr"))(
      target.cString,
      name,
      data,
      size,
      flag,
    );
  if (result < 0) throw lastOsError(target.object);
  return null;
}

function removexattr(path: PyValue, attribute: PyValue, follow: PyValue): PyValue {
  const target = xattrTarget("removexattr", path);
  const name = pathArgument("removexattr", attribute, { argument: "attribute" }).cString!;
  const result = target.fd >= 0
    ? libc("fremovexattr")(target.fd, name)
    : (isFollowing(follow) ? libc("removexattr") : libc("lremovexattr"))(target.cString, name);
  if (result < 0) throw lastOsError(target.object);
  return null;
}

function listxattr(path: PyValue, follow: PyValue): PyValue {
  const target = xattrTarget("listxattr", path, true);
  const list = readGrowing([256, XATTR_LIST_MAX], (buffer, size) => {
    if (target.fd >= 0) return libc("flistxattr")(target.fd, buffer, size);
    const call = isFollowing(follow) ? libc("listxattr") : libc("llistxattr");
    return call(target.cString, buffer, size);
  }, target.object);
  const names: PyValue[] = [];
  let start = 0;
  for (let at = 0; at < list.length; at++) {
    if (list[at] !== 0) continue;
    names.push(fsDecode(list.subarray(start, at)));
    start = at + 1;
  }
  return new PyList(names);
}

function isFollowing(value: PyValue): boolean {
  return value !== false && value !== 0 && value !== null;
}

export const LINUX_FUNCTIONS: Record<string, FunctionSpec> = {
  eventfd: [`initval, flags=${EFD_CLOEXEC}`, (initval: PyValue, flags: PyValue) => {
    const initial = unsignedInt(initval);
    const flag = asCInt(flags);
    return retrying(() => libc("eventfd")(initial, flag));
  }],
  eventfd_read: ["fd", eventfdRead],
  eventfd_write: ["fd, value", (fd: PyValue, value: PyValue) => {
    const descriptor = fileDescriptorOf(fd);
    const result = libc("eventfd_write")(descriptor, unsignedLongLong(value));
    if (result < 0) throw lastOsError();
    return null;
  }],
  memfd_create: [`name, flags=${MFD_CLOEXEC}`, (name: PyValue, flags: PyValue) => {
    const text = fsConverter(name);
    const flag = unsignedIntBitwise(flags);
    const result = libc("memfd_create")(new Uint8Array([...text, 0]), flag);
    if (result < 0) throw lastOsError();
    return result;
  }],
  copy_file_range: [
    "src, dst, count, offset_src=None, offset_dst=None",
    (src: PyValue, dst: PyValue, n: PyValue, offsetSrc: PyValue, offsetDst: PyValue) => {
      const from = asCInt(src);
      const to = asCInt(dst);
      const size = count(n);
      const fromAt = offsetCell(offsetSrc);
      const toAt = offsetCell(offsetDst);
      return normalizeBigInt(
        BigInt(retrying(() => libc("copy_file_range")(from, fromAt, to, toAt, size, 0))),
      );
    },
  ],
  splice: [
    "src, dst, count, offset_src=None, offset_dst=None, flags=0",
    (
      src: PyValue,
      dst: PyValue,
      n: PyValue,
      offsetSrc: PyValue,
      offsetDst: PyValue,
      flags: PyValue,
    ) => {
      const from = asCInt(src);
      const to = asCInt(dst);
      const size = count(n);
      const fromAt = offsetCell(offsetSrc);
      const toAt = offsetCell(offsetDst);
      const flag = unsignedInt(flags);
      return normalizeBigInt(
        BigInt(retrying(() => libc("splice")(from, fromAt, to, toAt, size, flag))),
      );
    },
  ],
  readv: ["fd, buffers, /", (fd: PyValue, buffers: PyValue) => {
    const descriptor = asCInt(fd);
    const { vectors, count } = ioVectors("readv", buffers, true);
    return normalizeBigInt(BigInt(retrying(() => libc("readv")(descriptor, vectors, count))));
  }],
  writev: ["fd, buffers, /", (fd: PyValue, buffers: PyValue) => {
    const descriptor = asCInt(fd);
    const { vectors, count } = ioVectors("writev", buffers, false);
    return normalizeBigInt(BigInt(retrying(() => libc("writev")(descriptor, vectors, count))));
  }],
  getxattr: ["path, attribute, *, follow_symlinks=True", getxattr],
  setxattr: ["path, attribute, value, flags=0, *, follow_symlinks=True", setxattr],
  removexattr: ["path, attribute, *, follow_symlinks=True", removexattr],
  listxattr: ["path=None, *, follow_symlinks=True", listxattr],
};
