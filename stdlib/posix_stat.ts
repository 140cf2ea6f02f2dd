/**
 * stat, lstat, fstat and statvfs: the kernel's `struct stat` read through
 * libc's fstatat/fstat into `os.stat_result`, a struct sequence whose ten
 * tuple items are (mode, ino, dev, nlink, uid, gid, size, atime, mtime,
 * ctime) with integer times, and whose attributes add float times, _ns
 * times, st_blksize, st_blocks and st_rdev, as CPython on Linux.
 *
 * The layout of `struct stat` differs between x86-64 and the generic 64-bit
 * layout (aarch64, riscv64): mode/nlink order and widths; both are read here.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyFloat } from "../vm/objects/float.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import type { PyType } from "../vm/objects/type.ts";
import { libc } from "./libc.ts";
import { check } from "./posix_errors.ts";
import { AT_FDCWD, dirFdArgument, type PathArgument, pathArgument } from "./posix_path.ts";
import { defineStructSequence, newStructSequence } from "./struct_sequence.ts";

export const AT_SYMLINK_NOFOLLOW = 0x100;
const STAT_SIZE = 144;

export const statResultType: PyType = defineStructSequence({
  name: "os.stat_result",
  fields: [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    null,
    null,
    null,
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
  ],
  visible: 10,
  doc: "stat_result: Result from stat, fstat, or lstat.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n" +
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n" +
    "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n" +
    "or st_flags, they are available as attributes only.\n\n" +
    "See os.stat for more information.",
  // A stat_result built from a 10-tuple takes its float times from the integer ones.
  complete: (items, hidden) => {
    for (let i = 0; i < 3; i++) if (hidden[i] === null) hidden[i] = items[7 + i] ?? null;
  },
});

export const statvfsResultType: PyType = defineStructSequence({
  name: "os.statvfs_result",
  fields: [
    "f_bsize",
    "f_frsize",
    "f_blocks",
    "f_bfree",
    "f_bavail",
    "f_files",
    "f_ffree",
    "f_favail",
    "f_flag",
    "f_namemax",
    "f_fsid",
  ],
  visible: 10,
});

function unsigned(view: DataView, at: number): PyValue {
  return normalizeBigInt(view.getBigUint64(at, true));
}

/** Decoded `struct stat`. */
export interface StatFields {
  mode: number;
  ino: PyValue;
  dev: PyValue;
  nlink: number;
  uid: number;
  gid: number;
  size: PyValue;
  times: [bigint, number][];
  blksize: number;
  blocks: PyValue;
  rdev: PyValue;
}

function decodeStat(buffer: Uint8Array<ArrayBuffer>): StatFields {
  const view = new DataView(buffer.buffer);
  const x64 = Deno.build.arch === "x86_64";
  const time = (at: number): [bigint, number] => [
    view.getBigInt64(at, true),
    Number(view.getBigInt64(at + 8, true)),
  ];
  return {
    dev: unsigned(view, 0),
    ino: unsigned(view, 8),
    nlink: x64 ? Number(view.getBigUint64(16, true)) : view.getUint32(20, true),
    mode: view.getUint32(x64 ? 24 : 16, true),
    uid: view.getUint32(x64 ? 28 : 24, true),
    gid: view.getUint32(x64 ? 32 : 28, true),
    rdev: unsigned(view, x64 ? 40 : 32),
    size: normalizeBigInt(view.getBigInt64(48, true)),
    blksize: x64 ? Number(view.getBigInt64(56, true)) : view.getInt32(56, true),
    blocks: normalizeBigInt(view.getBigInt64(64, true)),
    times: [time(72), time(88), time(104)],
  };
}

export function statResult(fields: StatFields): PyValue {
  const seconds = fields.times.map(([sec]) => normalizeBigInt(sec));
  const floats = fields.times.map(([sec, nsec]) => new PyFloat(Number(sec) + nsec * 1e-9));
  const nanos = fields.times.map(([sec, nsec]) =>
    normalizeBigInt(sec * 1000000000n + BigInt(nsec))
  );
  return newStructSequence(statResultType, [
    fields.mode,
    fields.ino,
    fields.dev,
    fields.nlink,
    fields.uid,
    fields.gid,
    fields.size,
    ...seconds,
    ...floats,
    ...nanos,
    fields.blksize,
    fields.blocks,
    fields.rdev,
  ]);
}

/** fstatat(2) (or fstat(2) for a descriptor); throws OSError naming the path. */
export function statFields(
  path: PathArgument,
  dirFd = AT_FDCWD,
  followSymlinks = true,
): StatFields {
  const buffer = new Uint8Array(STAT_SIZE);
  if (path.cString === null) {
    check(() => libc("fstat")(path.fd, buffer), path.object);
  } else {
    const flags = followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW;
    check(() => libc("fstatat")(dirFd, path.cString, buffer, flags), path.object);
  }
  return decodeStat(buffer);
}

export function stat(path: PyValue, dirFd: PyValue, followSymlinks: PyValue): PyValue {
  const argument = pathArgument("stat", path, { allowFd: true });
  return statResult(statFields(argument, dirFdArgument(dirFd), followSymlinks !== false));
}

export function lstat(path: PyValue, dirFd: PyValue): PyValue {
  const argument = pathArgument("lstat", path);
  return statResult(statFields(argument, dirFdArgument(dirFd), false));
}

export function fstat(fd: number): PyValue {
  return statResult(statFields({ cString: null, fd, object: null, bytes: false }));
}

const STATVFS_SIZE = 112;

/** statvfs; `fstatvfs` passes its descriptor with `named` false (no filename in its errors). */
export function statvfs(path: PyValue, named = true): PyValue {
  const argument = pathArgument("statvfs", path, { allowFd: true });
  const filename = named ? argument.object : null;
  const buffer = new Uint8Array(STATVFS_SIZE);
  if (argument.cString === null) check(() => libc("fstatvfs")(argument.fd, buffer), filename);
  else check(() => libc("statvfs")(argument.cString, buffer), argument.object);
  const view = new DataView(buffer.buffer);
  const field = (i: number) => unsigned(view, i * 8);
  // bsize frsize blocks bfree bavail files ffree favail fsid flag namemax
  return newStructSequence(statvfsResultType, [
    field(0),
    field(1),
    field(2),
    field(3),
    field(4),
    field(5),
    field(6),
    field(7),
    field(9),
    field(10),
    field(8),
  ]);
}
