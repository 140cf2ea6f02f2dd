/**
 * The `posix` functions that act on paths: the working directory, making and
 * removing files and directories, renaming, links, permissions, owners and
 * times. Each goes to libc's *at call so `dir_fd` and `follow_symlinks` cost
 * nothing, and a descriptor passed as the path goes to the f* call, as in
 * CPython on Linux.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyTuple } from "../vm/objects/tuple.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { indexValue } from "../vm/objects/int_methods.ts";
import { libc } from "./libc.ts";
import { timespecFloorOf, timespecOfNanoseconds } from "./pytime.ts";
import { check, lastOsError, retrying } from "./posix_errors.ts";
import { dirFdArgument, fsDecode, intArgument, nameOf, pathArgument } from "./posix_path.ts";
import { AT_SYMLINK_NOFOLLOW } from "./posix_stat.ts";
import type { FunctionSpec } from "./module_helpers.ts";

const AT_REMOVEDIR = 0x200;
const AT_SYMLINK_FOLLOW = 0x400;
const AT_EACCESS = 0x200;
const PATH_MAX = 4096;

function follows(value: PyValue): boolean {
  return value !== false && value !== 0 && value !== null;
}

function getcwdBytes(): Uint8Array {
  for (let size = PATH_MAX;; size *= 2) {
    const buffer = new Uint8Array(size);
    if (libc("getcwd")(buffer, BigInt(size)) !== null) return buffer.subarray(0, buffer.indexOf(0));
    const error = lastOsError();
    if (!(error.args.items[0] === 34)) throw error; // ERANGE: a longer buffer
  }
}

function readlink(path: PyValue, dirFd: PyValue): PyValue {
  const argument = pathArgument("readlink", path);
  for (let size = PATH_MAX;; size *= 2) {
    const buffer = new Uint8Array(size);
    const n = Number(retrying(
      () => libc("readlinkat")(dirFdArgument(dirFd), argument.cString, buffer, BigInt(size)),
      argument.object,
    ));
    if (n < size) return nameOf(buffer.subarray(0, n), argument.bytes);
  }
}

/** utime's times as two `struct timespec`, or null for "now". */
function timespecs(times: PyValue, ns: PyValue | undefined): Uint8Array<ArrayBuffer> | null {
  if (times !== null && ns !== undefined) {
    throw pyError("ValueError", "utime: you may specify either 'times' or 'ns' but not both");
  }
  const out = new Uint8Array(32);
  const view = new DataView(out.buffer);
  const put = (i: number, [seconds, nanos]: [bigint, bigint]) => {
    view.setBigInt64(i * 16, seconds, true);
    view.setBigInt64(i * 16 + 8, nanos, true);
  };
  if (ns !== undefined) {
    if (!(ns instanceof PyTuple) || ns.items.length !== 2) {
      throw pyError("TypeError", "utime: 'ns' must be a tuple of two ints");
    }
    ns.items.forEach((value, i) => put(i, timespecOfNanoseconds(value)));
    return out;
  }
  if (times === null) return null;
  if (!(times instanceof PyTuple) || times.items.length !== 2) {
    throw pyError("TypeError", "utime: 'times' must be either a tuple of two ints or None");
  }
  times.items.forEach((value, i) => put(i, timespecFloorOf(value)));
  return out;
}

function utime(
  path: PyValue,
  times: PyValue,
  ns: PyValue | undefined,
  dirFd: PyValue,
  followSymlinks: PyValue,
): PyValue {
  const argument = pathArgument("utime", path, { allowFd: true });
  const spec = timespecs(times, ns);
  if (argument.cString === null) return check(() => libc("futimens")(argument.fd, spec));
  const flags = follows(followSymlinks) ? 0 : AT_SYMLINK_NOFOLLOW;
  // CPython's utime names no file in its OSError.
  return check(() => libc("utimensat")(dirFdArgument(dirFd), argument.cString, spec, flags));
}

function twoPaths(
  func: string,
  src: PyValue,
  dst: PyValue,
  call: (src: Uint8Array<ArrayBuffer>, dst: Uint8Array<ArrayBuffer>) => number,
): null {
  const from = pathArgument(func, src, { argument: "src" });
  const to = pathArgument(func, dst, { argument: "dst" });
  return check(() => call(from.cString!, to.cString!), from.object, to.object);
}

function rename(src: PyValue, dst: PyValue, srcDirFd: PyValue, dstDirFd: PyValue): null {
  return twoPaths(
    "rename",
    src,
    dst,
    (from, to) => libc("renameat")(dirFdArgument(srcDirFd), from, dirFdArgument(dstDirFd), to),
  );
}

function chmod(path: PyValue, mode: PyValue, dirFd: PyValue, followSymlinks: PyValue): null {
  const argument = pathArgument("chmod", path, { allowFd: true });
  const bits = intArgument(mode);
  if (argument.cString === null) {
    return check(() => libc("fchmod")(argument.fd, bits), argument.object);
  }
  // Linux has no lchmod: fchmodat refuses AT_SYMLINK_NOFOLLOW with ENOTSUP, as CPython reports.
  const flags = follows(followSymlinks) ? 0 : AT_SYMLINK_NOFOLLOW;
  return check(
    () => libc("fchmodat")(dirFdArgument(dirFd), argument.cString, bits, flags),
    argument.object,
  );
}

function chown(
  func: string,
  path: PyValue,
  uid: PyValue,
  gid: PyValue,
  dirFd: PyValue,
  followSymlinks: boolean,
): null {
  const argument = pathArgument(func, path, { allowFd: func === "chown" });
  const owner = Number(indexValue(uid)) >>> 0;
  const group = Number(indexValue(gid)) >>> 0;
  if (argument.cString === null) {
    return check(() => libc("fchown")(argument.fd, owner, group), argument.object);
  }
  const flags = followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW;
  return check(
    () => libc("fchownat")(dirFdArgument(dirFd), argument.cString, owner, group, flags),
    argument.object,
  );
}

export const PATH_FUNCTIONS: Record<string, FunctionSpec> = {
  getcwd: ["", () => fsDecode(getcwdBytes())],
  getcwdb: ["", () => new PyBytes(getcwdBytes().slice())],
  chdir: ["path", (path: PyValue) => {
    const argument = pathArgument("chdir", path, { allowFd: true });
    if (argument.cString === null) {
      return check(() => libc("fchdir")(argument.fd), argument.object);
    }
    return check(() => libc("chdir")(argument.cString), argument.object);
  }],
  fchdir: ["fd", (fd: PyValue) => check(() => libc("fchdir")(intArgument(fd)))],
  mkdir: ["path, mode=511, *, dir_fd=None", (path: PyValue, mode: PyValue, dirFd: PyValue) => {
    const argument = pathArgument("mkdir", path);
    const bits = intArgument(mode);
    return check(
      () => libc("mkdirat")(dirFdArgument(dirFd), argument.cString, bits),
      argument.object,
    );
  }],
  mkfifo: ["path, mode=438, *, dir_fd=None", (path: PyValue, mode: PyValue, dirFd: PyValue) => {
    const argument = pathArgument("mkfifo", path);
    const bits = intArgument(mode);
    return check(
      () => libc("mkfifoat")(dirFdArgument(dirFd), argument.cString, bits),
      argument.object,
    );
  }],
  rmdir: ["path, *, dir_fd=None", (path: PyValue, dirFd: PyValue) => {
    const argument = pathArgument("rmdir", path);
    return check(
      () => libc("unlinkat")(dirFdArgument(dirFd), argument.cString, AT_REMOVEDIR),
      argument.object,
    );
  }],
  unlink: ["path, *, dir_fd=None", (path: PyValue, dirFd: PyValue) => {
    const argument = pathArgument("unlink", path);
    return check(
      () => libc("unlinkat")(dirFdArgument(dirFd), argument.cString, 0),
      argument.object,
    );
  }],
  remove: ["path, *, dir_fd=None", (path: PyValue, dirFd: PyValue) => {
    const argument = pathArgument("remove", path);
    return check(
      () => libc("unlinkat")(dirFdArgument(dirFd), argument.cString, 0),
      argument.object,
    );
  }],
  rename: ["src, dst, *, src_dir_fd=None, dst_dir_fd=None", rename],
  replace: [
    "src, dst, *, src_dir_fd=None, dst_dir_fd=None",
    (src: PyValue, dst: PyValue, srcDirFd: PyValue, dstDirFd: PyValue) =>
      twoPaths(
        "replace",
        src,
        dst,
        (from, to) => libc("renameat")(dirFdArgument(srcDirFd), from, dirFdArgument(dstDirFd), to),
      ),
  ],
  link: [
    "src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True",
    (src: PyValue, dst: PyValue, srcDirFd: PyValue, dstDirFd: PyValue, follow: PyValue) =>
      twoPaths("link", src, dst, (from, to) =>
        libc("linkat")(
          dirFdArgument(srcDirFd),
          from,
          dirFdArgument(dstDirFd),
          to,
          follows(follow) ? AT_SYMLINK_FOLLOW : 0,
        )),
  ],
  symlink: [
    "src, dst, target_is_directory=False, *, dir_fd=None",
    (src: PyValue, dst: PyValue, _directory: PyValue, dirFd: PyValue) =>
      twoPaths(
        "symlink",
        src,
        dst,
        (from, to) => libc("symlinkat")(from, dirFdArgument(dirFd), to),
      ),
  ],
  readlink: ["path, *, dir_fd=None", readlink],
  access: [
    "path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True",
    (path: PyValue, mode: PyValue, dirFd: PyValue, effective: PyValue, follow: PyValue) => {
      const argument = pathArgument("access", path);
      const flags = (follows(follow) ? 0 : AT_SYMLINK_NOFOLLOW) |
        (effective === true ? AT_EACCESS : 0);
      return libc("faccessat")(
        dirFdArgument(dirFd),
        argument.cString,
        intArgument(mode),
        flags,
      ) === 0;
    },
  ],
  chmod: ["path, mode, *, dir_fd=None, follow_symlinks=True", chmod],
  fchmod: [
    "fd, mode",
    (fd: PyValue, mode: PyValue) => check(() => libc("fchmod")(intArgument(fd), intArgument(mode))),
  ],
  chown: [
    "path, uid, gid, *, dir_fd=None, follow_symlinks=True",
    (path: PyValue, uid: PyValue, gid: PyValue, dirFd: PyValue, follow: PyValue) =>
      chown("chown", path, uid, gid, dirFd, follows(follow)),
  ],
  lchown: [
    "path, uid, gid",
    (path: PyValue, uid: PyValue, gid: PyValue) => chown("lchown", path, uid, gid, null, false),
  ],
  fchown: [
    "fd, uid, gid",
    (fd: PyValue, uid: PyValue, gid: PyValue) =>
      check(() =>
        libc("fchown")(
          intArgument(fd),
          Number(indexValue(uid)) >>> 0,
          Number(indexValue(gid)) >>> 0,
        )
      ),
  ],
  truncate: ["path, length", (path: PyValue, length: PyValue) => {
    const argument = pathArgument("truncate", path, { allowFd: true });
    const size = BigInt(indexValue(length));
    if (argument.cString === null) {
      return check(() => libc("ftruncate")(argument.fd, size));
    }
    return check(() => libc("truncate")(argument.cString, size), argument.object);
  }],
  utime: ["path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True", utime],
  chroot: ["path", (path: PyValue) => {
    const argument = pathArgument("chroot", path);
    return check(() => libc("chroot")(argument.cString), argument.object);
  }],
  mknod: [
    "path, mode=384, device=0, *, dir_fd=None",
    (path: PyValue, mode: PyValue, device: PyValue, dirFd: PyValue) => {
      const argument = pathArgument("mknod", path);
      const bits = intArgument(mode) >>> 0;
      const number = BigInt(indexValue(device));
      return check(
        () => libc("mknodat")(dirFdArgument(dirFd), argument.cString, bits, number),
        argument.object,
      );
    },
  ],
  sync: ["", () => {
    libc("sync")();
    return null;
  }],
};
