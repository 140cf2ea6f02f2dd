/**
 * The `posix` module, which os.py imports as the operating system layer on
 * Linux: assembled here from
 *   posix_path.ts      path arguments (str/bytes/PathLike/fd), fspath
 *   posix_normpath.ts  _path_normpath (posixpath.normpath's C half)
 *   posix_errors.ts    OSError subclasses from errno, EINTR retries
 *   posix_stat.ts      stat/lstat/fstat/statvfs and their result types
 *   posix_dir.ts       listdir, scandir, DirEntry
 *   posix_fs.ts        operations on paths (mkdir, rename, chmod, utime, ...)
 *   posix_fd.ts        operations on descriptors (open, read, pipe, dup2, ...)
 *   posix_process.ts   the process (ids, uname, kill, waitpid, system, exec)
 *   posix_linux.ts     eventfd, memfd_create, copy_file_range, splice, readv/writev, xattrs
 *   posix_spawn.ts     spawnv/spawnve/spawnvp/spawnvpe (os.py's are built on fork)
 *   posix_environ.ts   environ, putenv, unsetenv
 *   posix_ids.ts       user/group ids, process groups, priorities, device numbers
 *   posix_conf.ts      sysconf, confstr, pathconf
 *   posix_constants.ts the integer constants and configuration names
 * Everything goes through libc (stdlib/libc.ts), so descriptors are real and
 * errors carry the real errno.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { ExceptionType } from "../vm/objects/exceptions.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import {
  CONFSTR_NAMES,
  PATHCONF_NAMES,
  POSIX_CONSTANTS,
  SYSCONF_NAMES,
} from "./posix_constants.ts";
import { CONF_FUNCTIONS, namesDict } from "./posix_conf.ts";
import { fspath } from "./posix_path.ts";
import { pathNormpath } from "./posix_normpath.ts";
import { lstat, stat, statResultType, statvfs, statvfsResultType } from "./posix_stat.ts";
import { dirEntryType, listdir, scandir } from "./posix_dir.ts";
import { PATH_FUNCTIONS } from "./posix_fs.ts";
import { FD_FUNCTIONS, terminalSizeType } from "./posix_fd.ts";
import { PROCESS_FUNCTIONS, timesResultType, unameResultType } from "./posix_process.ts";
import { ENVIRON_FUNCTIONS, environDict } from "./posix_environ.ts";
import { ID_FUNCTIONS } from "./posix_ids.ts";
import { LINUX_CONSTANTS, LINUX_FUNCTIONS } from "./posix_linux.ts";
import { P_NOWAIT, P_NOWAITO, P_WAIT, SPAWN_FUNCTIONS } from "./posix_spawn.ts";
import { PyList } from "../vm/objects/list.ts";

/** What os.py's supports_dir_fd/supports_fd/supports_follow_symlinks are computed from. */
const HAVE_FUNCTIONS = [
  "HAVE_FACCESSAT",
  "HAVE_FCHDIR",
  "HAVE_FCHMOD",
  "HAVE_FCHMODAT",
  "HAVE_FCHOWN",
  "HAVE_FCHOWNAT",
  "HAVE_FDOPENDIR",
  "HAVE_FSTATAT",
  "HAVE_FSTATVFS",
  "HAVE_FTRUNCATE",
  "HAVE_FUTIMENS",
  "HAVE_LINKAT",
  "HAVE_LSTAT",
  "HAVE_MKDIRAT",
  "HAVE_MKFIFOAT",
  "HAVE_OPENAT",
  "HAVE_READLINKAT",
  "HAVE_RENAMEAT",
  "HAVE_SYMLINKAT",
  "HAVE_UNLINKAT",
  "HAVE_UTIMENSAT",
];

export function createPosixModule(): PyModule {
  const module = newModule(
    "posix",
    "This module provides access to operating system functionality that is\n" +
      "standardized by the C Standard and the POSIX standard (a thinly\n" +
      "disguised Unix interface).  Refer to the library manual and\n" +
      "corresponding Unix manual entries for more information on calls.",
  );
  addValues(module, {
    ...POSIX_CONSTANTS,
    ...LINUX_CONSTANTS,
    environ: environDict(),
    error: ExceptionType.OSError,
    _have_functions: new PyList([...HAVE_FUNCTIONS]),
    sysconf_names: namesDict(SYSCONF_NAMES),
    pathconf_names: namesDict(PATHCONF_NAMES),
    confstr_names: namesDict(CONFSTR_NAMES),
    P_WAIT,
    P_NOWAIT,
    P_NOWAITO,
  });
  addFunctions(module, {
    stat: ["path, *, dir_fd=None, follow_symlinks=True", stat],
    lstat: ["path, *, dir_fd=None", lstat],
    statvfs: ["path", statvfs],
    fstatvfs: ["fd, /", (fd: PyValue) => statvfs(fd, false)],
    listdir: ["path=None", listdir],
    scandir: ["path=None, /", scandir],
    fspath: ["path", fspath],
    _path_normpath: ["path", pathNormpath],
    ...PATH_FUNCTIONS,
    ...FD_FUNCTIONS,
    ...PROCESS_FUNCTIONS,
    ...SPAWN_FUNCTIONS,
    ...LINUX_FUNCTIONS,
    ...ENVIRON_FUNCTIONS,
    ...ID_FUNCTIONS,
    ...CONF_FUNCTIONS,
  });
  addTypes(module, [statResultType, statvfsResultType, terminalSizeType]);
  // Their __module__ is "os" (stat_result...) or "posix" (uname_result, times_result), as in CPython.
  for (const type of [statResultType, statvfsResultType, terminalSizeType]) {
    type.dict.set("__module__", "os");
    type.invalidate();
  }
  addTypes(module, [timesResultType, unameResultType, dirEntryType]);
  return module;
}
