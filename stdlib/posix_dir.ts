/**
 * listdir and scandir over libc's opendir/fdopendir/readdir, so names are the
 * kernel's bytes (decoded with surrogateescape for str paths) and each
 * entry's d_type spares a stat: `DirEntry.is_dir()` and friends stat only
 * when the type is unknown or a symlink must be followed, and cache the
 * result, as CPython's DirEntry does.
 *
 * `struct dirent` on 64-bit glibc: d_ino u64 at 0, d_off at 8, d_reclen u16
 * at 16, d_type u8 at 18, d_name NUL-terminated at 19.
 */
import { PyObject, type PyValue } from "../vm/objects/object.ts";
import type { PyType } from "../vm/objects/type.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { ExceptionType, PyBaseException } from "../vm/objects/exceptions.ts";
import { normalizeBigInt } from "../vm/objects/int_value.ts";
import { defineNativeMethods } from "../vm/objects/native_function.ts";
import { defineGetSets } from "../vm/objects/getset.ts";
import { reprOf } from "../vm/objects/str_convert.ts";
import {
  type PyStr,
  strCodePointAt,
  strConcatAll,
  strLength,
  toJsString,
} from "../vm/objects/str_wide.ts";
import { PyNativeIterator } from "../vm/runtime/iteration.ts";
import { defineIteratorMethods } from "../vm/runtime/types/iterator_types.ts";
import { registerUninstantiable } from "../vm/runtime/call_type.ts";
import { cString, libc } from "./libc.ts";
import { lastOsError, retrying } from "./posix_errors.ts";
import { AT_FDCWD, nameOf, type PathArgument, pathArgument } from "./posix_path.ts";
import { type StatFields, statFields, statResult } from "./posix_stat.ts";
import { addClassGetItem } from "./module_helpers.ts";

const DT_UNKNOWN = 0;
const DT_DIR = 4;
const DT_REG = 8;
const DT_LNK = 10;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;

interface RawEntry {
  name: Uint8Array;
  type: number;
  inode: bigint;
}

/** An open directory stream. */
class DirectoryStream {
  private handle: Deno.PointerValue;
  /** Listing a descriptor leaves it rewound for the next listing, as CPython does. */
  private readonly rewind: boolean;

  constructor(path: PathArgument) {
    this.rewind = path.cString === null;
    if (path.cString === null) {
      // fdopendir takes ownership of its descriptor: give it a duplicate, as CPython does.
      const fd = retrying(() => libc("dup")(path.fd));
      this.handle = libc("fdopendir")(fd);
      if (this.handle === null) {
        const error = lastOsError(path.object);
        libc("close")(fd);
        throw error;
      }
    } else {
      const cPath = path.cString;
      this.handle = libc("opendir")(cPath);
      if (this.handle === null) throw lastOsError(path.object);
    }
  }

  /** The next entry other than "." and "..", or null at the end. */
  next(): RawEntry | null {
    while (this.handle !== null) {
      const entry = libc("readdir")(this.handle);
      if (entry === null) {
        this.close();
        return null;
      }
      const view = new Deno.UnsafePointerView(entry);
      const field = new Uint8Array(Deno.UnsafePointerView.getArrayBuffer(entry, 256, 19));
      const name = field.subarray(0, field.indexOf(0));
      if (name.length === 1 && name[0] === 0x2e) continue;
      if (name.length === 2 && name[0] === 0x2e && name[1] === 0x2e) continue;
      return { name: name.slice(), type: view.getUint8(18), inode: view.getBigUint64(0) };
    }
    return null;
  }

  close(): void {
    if (this.handle === null) return;
    if (this.rewind) libc("rewinddir")(this.handle);
    libc("closedir")(this.handle);
    this.handle = null;
  }
}

const DEFAULT_PATH = ".";

export function listdir(path: PyValue): PyValue {
  const argument = pathArgument("listdir", path ?? DEFAULT_PATH, {
    allowFd: true,
    nullable: true,
  });
  const stream = new DirectoryStream(argument);
  const names: PyValue[] = [];
  for (let entry = stream.next(); entry !== null; entry = stream.next()) {
    names.push(nameOf(entry.name, argument.bytes));
  }
  return new PyList(names);
}

export const dirEntryType: PyType = makeBuiltinType("DirEntry", undefined, {
  subclassable: false,
});
export const scandirIteratorType: PyType = makeBuiltinType("ScandirIterator", undefined, {
  subclassable: false,
});

export class PyDirEntry extends PyObject {
  private statCache: StatFields | null = null;
  private lstatCache: StatFields | null = null;

  constructor(
    readonly name: PyValue,
    readonly path: PyValue,
    private readonly rawName: Uint8Array,
    private readonly dType: number,
    readonly inode: bigint,
    /** The descriptor scandir was given, or AT_FDCWD for a path. */
    private readonly dirFd: number,
  ) {
    super(dirEntryType);
  }

  private fetch(follow: boolean): StatFields {
    const argument = this.dirFd === AT_FDCWD
      ? pathArgument("stat", this.path)
      : { cString: cString(this.rawName), fd: -1, object: this.path, bytes: false };
    return statFields(argument, this.dirFd, follow);
  }

  /** The stat of the entry itself (a symlink is not followed). */
  lstat(): StatFields {
    return this.lstatCache ??= this.fetch(false);
  }

  stat(follow: boolean): StatFields {
    if (follow && this.isSymlink()) return this.statCache ??= this.fetch(true);
    return this.lstat();
  }

  isSymlink(): boolean {
    if (this.dType !== DT_UNKNOWN) return this.dType === DT_LNK;
    return (this.lstat().mode & S_IFMT) === S_IFLNK;
  }

  /** Whether the entry has file type `format` (DT_* `type`), following symlinks if asked. */
  isType(follow: boolean, type: number, format: number): boolean {
    if (this.dType !== DT_UNKNOWN && !(follow && this.dType === DT_LNK)) {
      return this.dType === type;
    }
    try {
      return (this.stat(follow).mode & S_IFMT) === format;
    } catch (error) {
      if (
        error instanceof PyBaseException && error.cls.isSubtypeOf(ExceptionType.FileNotFoundError)
      ) {
        return false;
      }
      throw error;
    }
  }
}

/** `directory/name` (no "/" added after one), as str or bytes; the bare name for a descriptor. */
function joinName(directory: PyValue, name: Uint8Array, asBytes: boolean): PyValue {
  if (directory === null) return nameOf(name, asBytes);
  if (directory instanceof PyBytes) {
    const base = directory.bytes;
    const slash = base.length > 0 && base[base.length - 1] !== 0x2f;
    const out = new Uint8Array(base.length + (slash ? 1 : 0) + name.length);
    out.set(base);
    if (slash) out[base.length] = 0x2f;
    out.set(name, out.length - name.length);
    return new PyBytes(out);
  }
  const text = directory as PyStr;
  const length = strLength(text);
  const slash = length > 0 && strCodePointAt(text, length - 1) !== 0x2f;
  return strConcatAll(
    slash ? [text, "/", nameOf(name, false) as PyStr] : [
      text,
      nameOf(name, false) as PyStr,
    ],
  );
}

class PyScandirIterator extends PyNativeIterator {
  constructor(readonly stream: DirectoryStream, advance: () => PyValue | undefined) {
    super(scandirIteratorType, advance);
  }
}

export function scandir(path: PyValue): PyValue {
  const argument = pathArgument("scandir", path ?? DEFAULT_PATH, {
    allowFd: true,
    nullable: true,
  });
  const stream = new DirectoryStream(argument);
  // The directory part of each entry's path: the argument's bytes, as str or bytes like it.
  const directory = argument.cString === null
    ? null
    : nameOf(argument.cString.subarray(0, argument.cString.length - 1), argument.bytes);
  const dirFd = argument.cString === null ? argument.fd : AT_FDCWD;
  return new PyScandirIterator(stream, () => {
    const entry = stream.next();
    if (entry === null) return undefined;
    return new PyDirEntry(
      nameOf(entry.name, argument.bytes),
      joinName(directory, entry.name, argument.bytes),
      entry.name,
      entry.type,
      entry.inode,
      dirFd,
    );
  });
}

defineIteratorMethods(scandirIteratorType);
defineNativeMethods(scandirIteratorType, {
  close: ["", (self: PyScandirIterator) => {
    self.stream.close();
    return null;
  }],
  __enter__: ["", (self: PyScandirIterator) => self],
  __exit__: ["*args", (self: PyScandirIterator) => {
    self.stream.close();
    return null;
  }],
});
scandirIteratorType.dict.set("__module__", "posix");

function followArgument(value: PyValue): boolean {
  return value !== false && value !== 0 && value !== null;
}

defineGetSets(dirEntryType, {
  name: [(self: PyDirEntry) => self.name],
  path: [(self: PyDirEntry) => self.path],
});
defineNativeMethods(dirEntryType, {
  is_dir: [
    "*, follow_symlinks=True",
    (self: PyDirEntry, follow: PyValue) => self.isType(followArgument(follow), DT_DIR, S_IFDIR),
  ],
  is_file: [
    "*, follow_symlinks=True",
    (self: PyDirEntry, follow: PyValue) => self.isType(followArgument(follow), DT_REG, S_IFREG),
  ],
  is_symlink: ["", (self: PyDirEntry) => self.isSymlink()],
  stat: [
    "*, follow_symlinks=True",
    (self: PyDirEntry, follow: PyValue) => statResult(self.stat(followArgument(follow))),
  ],
  inode: ["", (self: PyDirEntry) => normalizeBigInt(self.inode)],
  __fspath__: ["", (self: PyDirEntry) => self.path],
  __repr__: ["", (self: PyDirEntry) => `<DirEntry ${toJsString(reprOf(self.name))}>`],
});
dirEntryType.dict.set("__module__", "posix");
// Only scandir makes them (CPython: no tp_new).
registerUninstantiable(dirEntryType);
registerUninstantiable(scandirIteratorType);
addClassGetItem([dirEntryType]);
