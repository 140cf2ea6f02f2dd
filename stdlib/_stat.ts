/**
 * `_stat`: the file-mode constants, the S_IS* tests, S_IMODE/S_IFMT and
 * `filemode`, with Linux's values (CPython's _stat.c on Linux). stat.py
 * imports it over its own pure-Python definitions.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, type FunctionSpec, newModule } from "./module_helpers.ts";

const FILE_TYPES = {
  S_IFDIR: 0o040000,
  S_IFCHR: 0o020000,
  S_IFBLK: 0o060000,
  S_IFREG: 0o100000,
  S_IFIFO: 0o010000,
  S_IFLNK: 0o120000,
  S_IFSOCK: 0o140000,
  // Solaris doors, event ports and BSD whiteouts: none on Linux.
  S_IFDOOR: 0,
  S_IFPORT: 0,
  S_IFWHT: 0,
} as const;

const CONSTANTS: Record<string, number> = {
  ...FILE_TYPES,
  S_ISUID: 0o4000,
  S_ISGID: 0o2000,
  S_ENFMT: 0o2000,
  S_ISVTX: 0o1000,
  S_IREAD: 0o400,
  S_IWRITE: 0o200,
  S_IEXEC: 0o100,
  S_IRWXU: 0o700,
  S_IRUSR: 0o400,
  S_IWUSR: 0o200,
  S_IXUSR: 0o100,
  S_IRWXG: 0o070,
  S_IRGRP: 0o040,
  S_IWGRP: 0o020,
  S_IXGRP: 0o010,
  S_IRWXO: 0o007,
  S_IROTH: 0o004,
  S_IWOTH: 0o002,
  S_IXOTH: 0o001,
  UF_NODUMP: 0x1,
  UF_IMMUTABLE: 0x2,
  UF_APPEND: 0x4,
  UF_OPAQUE: 0x8,
  UF_NOUNLINK: 0x10,
  UF_COMPRESSED: 0x20,
  UF_HIDDEN: 0x8000,
  SF_ARCHIVED: 0x10000,
  SF_IMMUTABLE: 0x20000,
  SF_APPEND: 0x40000,
  SF_NOUNLINK: 0x100000,
  SF_SNAPSHOT: 0x200000,
  ST_MODE: 0,
  ST_INO: 1,
  ST_DEV: 2,
  ST_NLINK: 3,
  ST_UID: 4,
  ST_GID: 5,
  ST_SIZE: 6,
  ST_ATIME: 7,
  ST_MTIME: 8,
  ST_CTIME: 9,
};

const S_IFMT = 0o170000;
const MODE_MAX = 0xffffffff; // mode_t is a 32-bit unsigned int on Linux
const ULONG_MAX = 2n ** 64n - 1n;

/** _PyLong_AsMode_t: an exact int (no __index__) that fits mode_t. */
function modeOf(value: PyValue): number {
  const int = intOperand(value);
  if (int === undefined) throw pyError("TypeError", "an integer is required");
  if (int < 0) throw pyError("OverflowError", "can't convert negative value to unsigned int");
  if (typeof int === "bigint" && int > ULONG_MAX) {
    throw pyError("OverflowError", "Python int too large to convert to C unsigned long");
  }
  if (int > MODE_MAX) throw pyError("OverflowError", "mode out of range");
  return Number(int);
}

/** filemode's type letter, tested in CPython's order. */
const TYPE_LETTERS: readonly [number, string][] = [
  [FILE_TYPES.S_IFREG, "-"],
  [FILE_TYPES.S_IFDIR, "d"],
  [FILE_TYPES.S_IFLNK, "l"],
  [FILE_TYPES.S_IFBLK, "b"],
  [FILE_TYPES.S_IFCHR, "c"],
  [FILE_TYPES.S_IFIFO, "p"],
  [FILE_TYPES.S_IFSOCK, "s"],
];

/** One "rwx" triple; `special` (setuid, setgid, sticky) shows as `set`/`unset` in the x place. */
function permissions(mode: number, shift: number, special: boolean, set: string, unset: string) {
  const bits = (mode >> shift) & 7;
  const x = special ? (bits & 1 ? set : unset) : (bits & 1 ? "x" : "-");
  return (bits & 4 ? "r" : "-") + (bits & 2 ? "w" : "-") + x;
}

function filemode(mode: number): string {
  const type = TYPE_LETTERS.find(([bits]) => (mode & S_IFMT) === bits)?.[1] ?? "?";
  return type +
    permissions(mode, 6, (mode & 0o4000) !== 0, "s", "S") +
    permissions(mode, 3, (mode & 0o2000) !== 0, "s", "S") +
    permissions(mode, 0, (mode & 0o1000) !== 0, "t", "T");
}

const isType = (bits: number) => (value: PyValue) =>
  bits !== 0 && (modeOf(value) & S_IFMT) === bits;

export function createStatModule(): PyModule {
  const module = newModule("_stat", STAT_DOC);
  const tests: Record<string, FunctionSpec> = {};
  for (const kind of ["DIR", "CHR", "BLK", "REG", "FIFO", "LNK", "SOCK", "DOOR", "PORT", "WHT"]) {
    const constant = kind === "FIFO" ? "S_IFIFO" : `S_IF${kind}`;
    tests[`S_IS${kind}`] = ["mode, /", isType(FILE_TYPES[constant as keyof typeof FILE_TYPES])];
  }
  addFunctions(module, {
    ...tests,
    S_IMODE: ["mode, /", (value: PyValue) => modeOf(value) & 0o7777],
    S_IFMT: ["mode, /", (value: PyValue) => modeOf(value) & S_IFMT],
    filemode: ["mode, /", (value: PyValue) => filemode(modeOf(value))],
  });
  addValues(module, CONSTANTS);
  return module;
}

const STAT_DOC = `S_IFMT_: file type bits
S_IFDIR: directory
S_IFCHR: character device
S_IFBLK: block device
S_IFREG: regular file
S_IFIFO: fifo (named pipe)
S_IFLNK: symbolic link
S_IFSOCK: socket file
S_IFDOOR: door
S_IFPORT: event port
S_IFWHT: whiteout

S_ISUID: set UID bit
S_ISGID: set GID bit
S_ENFMT: file locking enforcement
S_ISVTX: sticky bit
S_IREAD: Unix V7 synonym for S_IRUSR
S_IWRITE: Unix V7 synonym for S_IWUSR
S_IEXEC: Unix V7 synonym for S_IXUSR
S_IRWXU: mask for owner permissions
S_IRUSR: read by owner
S_IWUSR: write by owner
S_IXUSR: execute by owner
S_IRWXG: mask for group permissions
S_IRGRP: read by group
S_IWGRP: write by group
S_IXGRP: execute by group
S_IRWXO: mask for others (not in group) permissions
S_IROTH: read by others
S_IWOTH: write by others
S_IXOTH: execute by others

UF_NODUMP: do not dump file
UF_IMMUTABLE: file may not be changed
UF_APPEND: file may only be appended to
UF_OPAQUE: directory is opaque when viewed through a union stack
UF_NOUNLINK: file may not be renamed or deleted
UF_COMPRESSED: OS X: file is hfs-compressed
UF_HIDDEN: OS X: file should not be displayed
SF_ARCHIVED: file may be archived
SF_IMMUTABLE: file may not be changed
SF_APPEND: file may only be appended to
SF_NOUNLINK: file may not be renamed or deleted
SF_SNAPSHOT: file is a snapshot file

ST_MODE
ST_INO
ST_DEV
ST_NLINK
ST_UID
ST_GID
ST_SIZE
ST_ATIME
ST_MTIME
ST_CTIME

FILE_ATTRIBUTE_*: Windows file attribute constants
                   (only present on Windows)
`;
