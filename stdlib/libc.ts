/**
 * The C library, reached through Deno's FFI: the file-descriptor level of
 * `posix` and `_io` calls it so that descriptors are real kernel descriptors
 * (shared with child processes, `os.dup2`, `/proc/self/fd`, C code loaded by
 * ctypes) and errors carry the real errno.
 *
 * Binding a symbol costs 100-220 µs, so every symbol is bound on its first
 * use, one `Deno.dlopen` per symbol, and then cached. The signature table is
 * data: add a line to LIBC_SYMBOLS to make a new function callable.
 *
 * `errno` is read through glibc's `__errno_location()` right after a failing
 * call; nothing else runs on this thread between the two.
 */

/** name -> FFI signature of each libc function Taipan calls. */
export const LIBC_SYMBOLS = {
  __errno_location: { parameters: [], result: "pointer" },
  open: { parameters: ["buffer", "i32", "i32"], result: "i32" },
  close: { parameters: ["i32"], result: "i32" },
  read: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  write: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  lseek: { parameters: ["i32", "i64", "i32"], result: "i64" },
  isatty: { parameters: ["i32"], result: "i32" },
  strerror: { parameters: ["i32"], result: "pointer" },
  // posix: paths (the *at forms take AT_FDCWD or a directory descriptor)
  openat: { parameters: ["i32", "buffer", "i32", "u32"], result: "i32" },
  fstatat: { parameters: ["i32", "buffer", "buffer", "i32"], result: "i32" },
  statvfs: { parameters: ["buffer", "buffer"], result: "i32" },
  fstatvfs: { parameters: ["i32", "buffer"], result: "i32" },
  mkdirat: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  unlinkat: { parameters: ["i32", "buffer", "i32"], result: "i32" },
  renameat: { parameters: ["i32", "buffer", "i32", "buffer"], result: "i32" },
  linkat: { parameters: ["i32", "buffer", "i32", "buffer", "i32"], result: "i32" },
  symlinkat: { parameters: ["buffer", "i32", "buffer"], result: "i32" },
  readlinkat: { parameters: ["i32", "buffer", "buffer", "usize"], result: "isize" },
  fchmodat: { parameters: ["i32", "buffer", "u32", "i32"], result: "i32" },
  fchmod: { parameters: ["i32", "u32"], result: "i32" },
  fchownat: { parameters: ["i32", "buffer", "u32", "u32", "i32"], result: "i32" },
  fchown: { parameters: ["i32", "u32", "u32"], result: "i32" },
  faccessat: { parameters: ["i32", "buffer", "i32", "i32"], result: "i32" },
  utimensat: { parameters: ["i32", "buffer", "buffer", "i32"], result: "i32" },
  futimens: { parameters: ["i32", "buffer"], result: "i32" },
  truncate: { parameters: ["buffer", "i64"], result: "i32" },
  mkfifoat: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  chdir: { parameters: ["buffer"], result: "i32" },
  fchdir: { parameters: ["i32"], result: "i32" },
  getcwd: { parameters: ["buffer", "usize"], result: "pointer" },
  opendir: { parameters: ["buffer"], result: "pointer" },
  fdopendir: { parameters: ["i32"], result: "pointer" },
  readdir: { parameters: ["pointer"], result: "pointer" },
  closedir: { parameters: ["pointer"], result: "i32" },
  rewinddir: { parameters: ["pointer"], result: "void" },
  // posix: descriptors
  fsync: { parameters: ["i32"], result: "i32" },
  fdatasync: { parameters: ["i32"], result: "i32" },
  pread: { parameters: ["i32", "buffer", "usize", "i64"], result: "isize" },
  pwrite: { parameters: ["i32", "buffer", "usize", "i64"], result: "isize" },
  sendfile: { parameters: ["i32", "i32", "buffer", "usize"], result: "isize" },
  pipe2: { parameters: ["buffer", "i32"], result: "i32" },
  dup: { parameters: ["i32"], result: "i32" },
  dup3: { parameters: ["i32", "i32", "i32"], result: "i32" },
  fcntl: { parameters: ["i32", "i32", "i32"], result: "i32" },
  ioctl: { parameters: ["i32", "u64", "buffer"], result: "i32" },
  ttyname: { parameters: ["i32"], result: "pointer" },
  // posix: the process
  getpid: { parameters: [], result: "i32" },
  getppid: { parameters: [], result: "i32" },
  getuid: { parameters: [], result: "u32" },
  geteuid: { parameters: [], result: "u32" },
  getgid: { parameters: [], result: "u32" },
  getegid: { parameters: [], result: "u32" },
  getgroups: { parameters: ["i32", "buffer"], result: "i32" },
  getpgrp: { parameters: [], result: "i32" },
  getpgid: { parameters: ["i32"], result: "i32" },
  getsid: { parameters: ["i32"], result: "i32" },
  setsid: { parameters: [], result: "i32" },
  getlogin: { parameters: [], result: "pointer" },
  uname: { parameters: ["buffer"], result: "i32" },
  umask: { parameters: ["u32"], result: "u32" },
  kill: { parameters: ["i32", "i32"], result: "i32" },
  killpg: { parameters: ["i32", "i32"], result: "i32" },
  _exit: { parameters: ["i32"], result: "void" },
  waitpid: { parameters: ["i32", "buffer", "i32"], result: "i32" },
  times: { parameters: ["buffer"], result: "i64" },
  sysconf: { parameters: ["i32"], result: "i64" },
  getloadavg: { parameters: ["buffer", "i32"], result: "i32" },
  confstr: { parameters: ["i32", "buffer", "usize"], result: "usize" },
  pathconf: { parameters: ["buffer", "i32"], result: "i64" },
  fpathconf: { parameters: ["i32", "i32"], result: "i64" },
  getrandom: { parameters: ["buffer", "usize", "u32"], result: "isize" },
  setenv: { parameters: ["buffer", "buffer", "i32"], result: "i32" },
  unsetenv: { parameters: ["buffer"], result: "i32" },
  sync: { parameters: [], result: "void" },
  execve: { parameters: ["buffer", "buffer", "pointer"], result: "i32" },
  fexecve: { parameters: ["i32", "buffer", "pointer"], result: "i32" },
  setuid: { parameters: ["u32"], result: "i32" },
  setgid: { parameters: ["u32"], result: "i32" },
  seteuid: { parameters: ["u32"], result: "i32" },
  setegid: { parameters: ["u32"], result: "i32" },
  setreuid: { parameters: ["u32", "u32"], result: "i32" },
  setregid: { parameters: ["u32", "u32"], result: "i32" },
  setresuid: { parameters: ["u32", "u32", "u32"], result: "i32" },
  setresgid: { parameters: ["u32", "u32", "u32"], result: "i32" },
  getresuid: { parameters: ["buffer", "buffer", "buffer"], result: "i32" },
  getresgid: { parameters: ["buffer", "buffer", "buffer"], result: "i32" },
  setgroups: { parameters: ["usize", "buffer"], result: "i32" },
  setpgid: { parameters: ["i32", "i32"], result: "i32" },
  tcgetpgrp: { parameters: ["i32"], result: "i32" },
  tcsetpgrp: { parameters: ["i32", "i32"], result: "i32" },
  openpty: { parameters: ["buffer", "buffer", "pointer", "pointer", "pointer"], result: "i32" },
  // posix: Linux-specific (posix_linux.ts)
  eventfd: { parameters: ["u32", "i32"], result: "i32" },
  eventfd_read: { parameters: ["i32", "buffer"], result: "i32" },
  eventfd_write: { parameters: ["i32", "u64"], result: "i32" },
  memfd_create: { parameters: ["buffer", "u32"], result: "i32" },
  copy_file_range: {
    parameters: ["i32", "buffer", "i32", "buffer", "usize", "u32"],
    result: "isize",
  },
  splice: { parameters: ["i32", "buffer", "i32", "buffer", "usize", "u32"], result: "isize" },
  readv: { parameters: ["i32", "buffer", "i32"], result: "isize" },
  writev: { parameters: ["i32", "buffer", "i32"], result: "isize" },
  getxattr: { parameters: ["buffer", "buffer", "buffer", "usize"], result: "isize" },
  lgetxattr: { parameters: ["buffer", "buffer", "buffer", "usize"], result: "isize" },
  fgetxattr: { parameters: ["i32", "buffer", "buffer", "usize"], result: "isize" },
  setxattr: { parameters: ["buffer", "buffer", "buffer", "usize", "i32"], result: "i32" },
  lsetxattr: { parameters: ["buffer", "buffer", "buffer", "usize", "i32"], result: "i32" },
  fsetxattr: { parameters: ["i32", "buffer", "buffer", "usize", "i32"], result: "i32" },
  removexattr: { parameters: ["buffer", "buffer"], result: "i32" },
  lremovexattr: { parameters: ["buffer", "buffer"], result: "i32" },
  fremovexattr: { parameters: ["i32", "buffer"], result: "i32" },
  listxattr: { parameters: ["buffer", "buffer", "usize"], result: "isize" },
  llistxattr: { parameters: ["buffer", "buffer", "usize"], result: "isize" },
  flistxattr: { parameters: ["i32", "buffer", "usize"], result: "isize" },
  // termios (struct termios as a buffer)
  tcgetattr: { parameters: ["i32", "buffer"], result: "i32" },
  tcsetattr: { parameters: ["i32", "i32", "buffer"], result: "i32" },
  tcsendbreak: { parameters: ["i32", "i32"], result: "i32" },
  tcdrain: { parameters: ["i32"], result: "i32" },
  tcflush: { parameters: ["i32", "i32"], result: "i32" },
  tcflow: { parameters: ["i32", "i32"], result: "i32" },
  cfgetispeed: { parameters: ["buffer"], result: "u32" },
  cfgetospeed: { parameters: ["buffer"], result: "u32" },
  cfsetispeed: { parameters: ["buffer", "u32"], result: "i32" },
  cfsetospeed: { parameters: ["buffer", "u32"], result: "i32" },
  getpriority: { parameters: ["i32", "u32"], result: "i32" },
  setpriority: { parameters: ["i32", "u32", "i32"], result: "i32" },
  nice: { parameters: ["i32"], result: "i32" },
  sched_yield: { parameters: [], result: "i32" },
  chroot: { parameters: ["buffer"], result: "i32" },
  mknodat: { parameters: ["i32", "buffer", "u32", "u64"], result: "i32" },
  lockf: { parameters: ["i32", "i32", "i64"], result: "i32" },
  posix_fadvise: { parameters: ["i32", "i64", "i64", "i32"], result: "i32" },
  posix_fallocate: { parameters: ["i32", "i64", "i64"], result: "i32" },
  // _signal
  signal: { parameters: ["i32", "pointer"], result: "pointer" },
  sigaction: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  raise: { parameters: ["i32"], result: "i32" },
  alarm: { parameters: ["u32"], result: "u32" },
  strsignal: { parameters: ["i32"], result: "pointer" },
  pause: { parameters: [], result: "i32" },
  fstat: { parameters: ["i32", "buffer"], result: "i32" },
  // select
  poll: { parameters: ["buffer", "u64", "i32"], result: "i32" },
  ftruncate: { parameters: ["i32", "i64"], result: "i32" },
  // _posixsubprocess: posix_spawn and its file actions and attributes
  posix_spawn: {
    parameters: ["buffer", "buffer", "buffer", "buffer", "buffer", "pointer"],
    result: "i32",
  },
  posix_spawn_file_actions_init: { parameters: ["buffer"], result: "i32" },
  posix_spawn_file_actions_destroy: { parameters: ["buffer"], result: "i32" },
  posix_spawn_file_actions_adddup2: { parameters: ["buffer", "i32", "i32"], result: "i32" },
  posix_spawn_file_actions_addclose: { parameters: ["buffer", "i32"], result: "i32" },
  posix_spawn_file_actions_addchdir_np: { parameters: ["buffer", "buffer"], result: "i32" },
  posix_spawnattr_init: { parameters: ["buffer"], result: "i32" },
  posix_spawnattr_destroy: { parameters: ["buffer"], result: "i32" },
  posix_spawnattr_setflags: { parameters: ["buffer", "i16"], result: "i32" },
  posix_spawnattr_setsigdefault: { parameters: ["buffer", "buffer"], result: "i32" },
  posix_spawnattr_setpgroup: { parameters: ["buffer", "i32"], result: "i32" },
  // time
  clock_gettime: { parameters: ["i32", "buffer"], result: "i32" },
  clock_getres: { parameters: ["i32", "buffer"], result: "i32" },
  // _socket
  socket: { parameters: ["i32", "i32", "i32"], result: "i32" },
  socketpair: { parameters: ["i32", "i32", "i32", "buffer"], result: "i32" },
  bind: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  listen: { parameters: ["i32", "i32"], result: "i32" },
  accept4: { parameters: ["i32", "buffer", "buffer", "i32"], result: "i32" },
  connect: { parameters: ["i32", "buffer", "u32"], result: "i32" },
  send: { parameters: ["i32", "buffer", "usize", "i32"], result: "isize" },
  sendto: { parameters: ["i32", "buffer", "usize", "i32", "buffer", "u32"], result: "isize" },
  recv: { parameters: ["i32", "buffer", "usize", "i32"], result: "isize" },
  sendmsg: { parameters: ["i32", "buffer", "i32"], result: "isize" },
  recvmsg: { parameters: ["i32", "buffer", "i32"], result: "isize" },
  recvfrom: {
    parameters: ["i32", "buffer", "usize", "i32", "buffer", "buffer"],
    result: "isize",
  },
  shutdown: { parameters: ["i32", "i32"], result: "i32" },
  getsockname: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  getpeername: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  setsockopt: { parameters: ["i32", "i32", "i32", "buffer", "u32"], result: "i32" },
  getsockopt: { parameters: ["i32", "i32", "i32", "buffer", "buffer"], result: "i32" },
  getaddrinfo: { parameters: ["buffer", "buffer", "buffer", "buffer"], result: "i32" },
  freeaddrinfo: { parameters: ["pointer"], result: "void" },
  gai_strerror: { parameters: ["i32"], result: "pointer" },
  getnameinfo: {
    parameters: ["buffer", "u32", "buffer", "u32", "buffer", "u32", "i32"],
    result: "i32",
  },
  gethostname: { parameters: ["buffer", "usize"], result: "i32" },
  sethostname: { parameters: ["buffer", "usize"], result: "i32" },
  inet_aton: { parameters: ["buffer", "buffer"], result: "i32" },
  inet_pton: { parameters: ["i32", "buffer", "buffer"], result: "i32" },
  inet_ntop: { parameters: ["i32", "buffer", "buffer", "u32"], result: "pointer" },
  if_nameindex: { parameters: [], result: "pointer" },
  if_freenameindex: { parameters: ["pointer"], result: "void" },
  if_nametoindex: { parameters: ["buffer"], result: "u32" },
  if_indextoname: { parameters: ["u32", "buffer"], result: "pointer" },
  getservbyname: { parameters: ["buffer", "buffer"], result: "pointer" },
  getservbyport: { parameters: ["i32", "buffer"], result: "pointer" },
  getprotobyname: { parameters: ["buffer"], result: "pointer" },
} as const satisfies Record<string, Deno.ForeignFunction>;

export type LibcName = keyof typeof LIBC_SYMBOLS;
type LibcFunction<N extends LibcName> = Deno.DynamicLibrary<
  { [K in N]: (typeof LIBC_SYMBOLS)[K] }
>["symbols"][N];

const LIBC_PATHS = ["libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/libc.so.6"];
const bound = new Map<string, unknown>();
let libcPath: string | null | undefined;

/** Whether libc can be opened here (FFI permission, a glibc platform). */
export function libcAvailable(): boolean {
  if (libcPath === undefined) {
    libcPath = null;
    for (const path of LIBC_PATHS) {
      try {
        // The probe's symbol is kept: the stdio streams call isatty first.
        const probe = Deno.dlopen(path, { isatty: LIBC_SYMBOLS.isatty });
        bound.set("isatty", probe.symbols.isatty);
        libcPath = path;
        break;
      } catch {
        // not this name, or no FFI permission: try the next
      }
    }
  }
  return libcPath !== null;
}

/** The libc function `name`, bound on first use. Throws when libc is unavailable. */
export function libc<N extends LibcName>(name: N): LibcFunction<N> {
  let fn = bound.get(name) as LibcFunction<N> | undefined;
  if (fn === undefined) {
    if (!libcAvailable()) throw new Error(`libc is not available for ${name}`);
    const lib = Deno.dlopen(
      libcPath!,
      { [name]: LIBC_SYMBOLS[name] } as Record<N, (typeof LIBC_SYMBOLS)[N]>,
    );
    fn = (lib.symbols as Record<N, unknown>)[name] as LibcFunction<N>;
    bound.set(name, fn);
  }
  return fn;
}

/** The calling thread's errno, as left by the last failing libc call. */
export function errno(): number {
  const location = libc("__errno_location")();
  return location === null ? 0 : new Deno.UnsafePointerView(location).getInt32(0);
}

/** strerror(code) as a JS string, e.g. "No such file or directory". */
export function strerror(code: number): string {
  const text = libc("strerror")(code);
  return text === null ? `Unknown error ${code}` : Deno.UnsafePointerView.getCString(text);
}

/** A NUL-terminated copy of a path or other C string argument. */
export function cString(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}
