/**
 * glibc's posix_spawn(3) for `_posixsubprocess.fork_exec`: Taipan cannot
 * fork, so what CPython's forked child does between fork and exec is
 * described up front as posix_spawn file actions (close, dup2, chdir) and
 * attributes (signals reset to default, new session, process group), and
 * glibc performs them in its vfork-like child. glibc (2.24 and later)
 * reports a failure of those steps or of the exec itself as posix_spawn's
 * result, after reaping the failed child.
 *
 * The structures are opaque: they are kept in byte buffers larger than
 * glibc's (80 and 336 bytes on x86-64) and only touched through libc.
 */
import { libc } from "./libc.ts";

const FILE_ACTIONS_BYTES = 256;
const ATTRIBUTES_BYTES = 1024;
const SIGSET_BYTES = 128;

/** posix_spawnattr_setflags bits (glibc's spawn.h). */
export const SPAWN_SETPGROUP = 0x02;
export const SPAWN_SETSIGDEF = 0x04;
export const SPAWN_SETSID = 0x80;

/**
 * SIGCANCEL and SIGSETXID, the real-time signals glibc keeps for itself: its
 * spawned child ignores them unless they are reset to the default explicitly,
 * where a forked child would have them at the default.
 */
export const GLIBC_INTERNAL_SIGNALS = [32, 33];

/** One step of the child before exec, in order. */
export type FileAction =
  | { readonly kind: "close"; readonly fd: number }
  | { readonly kind: "dup2"; readonly from: number; readonly to: number }
  | { readonly kind: "chdir"; readonly path: Uint8Array<ArrayBuffer> };

export interface SpawnSetup {
  readonly actions: readonly FileAction[];
  /** SPAWN_* flags. */
  readonly flags: number;
  /** Signals whose disposition the child resets to the default (with SPAWN_SETSIGDEF). */
  readonly defaultSignals: readonly number[];
  /** The process group to join (with SPAWN_SETPGROUP); 0 makes a new one. */
  readonly processGroup: number;
}

/** A C array of pointers to NUL-terminated strings; `keep` holds the strings alive. */
export function cStringArray(strings: readonly Uint8Array<ArrayBuffer>[]): {
  array: Uint8Array<ArrayBuffer>;
  keep: readonly Uint8Array[];
} {
  const pointers = new BigUint64Array(strings.length + 1);
  strings.forEach((bytes, i) => {
    pointers[i] = BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(bytes)));
  });
  return { array: new Uint8Array(pointers.buffer), keep: strings };
}

let environLibrary: Deno.DynamicLibrary<{ environ: { type: "pointer" } }> | null | undefined;

/** The current value of libc's `environ` (what the child inherits), or null if unreachable. */
export function currentEnviron(): Deno.PointerValue {
  if (environLibrary === undefined) {
    try {
      environLibrary = Deno.dlopen("libc.so.6", { environ: { type: "pointer" } } as const);
    } catch {
      environLibrary = null;
    }
  }
  const address = environLibrary?.symbols.environ as Deno.PointerValue | undefined;
  if (!address) return null;
  return new Deno.UnsafePointerView(address).getPointer(0);
}

/** Thrown by `Spawner` when preparing the actions fails: the errno. */
export class SpawnSetupError {
  constructor(readonly code: number) {}
}

/** posix_spawn file actions and attributes, built once and used for each executable tried. */
export class Spawner {
  readonly #actions = new Uint8Array(FILE_ACTIONS_BYTES);
  readonly #attributes = new Uint8Array(ATTRIBUTES_BYTES);
  #live = false;

  constructor(setup: SpawnSetup) {
    this.#checked(libc("posix_spawn_file_actions_init")(this.#actions));
    const attributesResult = libc("posix_spawnattr_init")(this.#attributes);
    if (attributesResult !== 0) {
      libc("posix_spawn_file_actions_destroy")(this.#actions);
      throw new SpawnSetupError(attributesResult);
    }
    this.#live = true;
    try {
      for (const action of setup.actions) this.#add(action);
      if (setup.flags & SPAWN_SETSIGDEF) {
        const signals = new Uint8Array(SIGSET_BYTES);
        for (const signal of setup.defaultSignals) {
          signals[(signal - 1) >> 3] |= 1 << ((signal - 1) & 7);
        }
        this.#checked(libc("posix_spawnattr_setsigdefault")(this.#attributes, signals));
      }
      if (setup.flags & SPAWN_SETPGROUP) {
        this.#checked(libc("posix_spawnattr_setpgroup")(this.#attributes, setup.processGroup));
      }
      this.#checked(libc("posix_spawnattr_setflags")(this.#attributes, setup.flags));
    } catch (error) {
      this.destroy();
      throw error;
    }
  }

  #checked(result: number): void {
    if (result !== 0) throw new SpawnSetupError(result);
  }

  #add(action: FileAction): void {
    const actions = this.#actions;
    switch (action.kind) {
      case "close":
        return this.#checked(libc("posix_spawn_file_actions_addclose")(actions, action.fd));
      case "dup2":
        return this.#checked(
          libc("posix_spawn_file_actions_adddup2")(actions, action.from, action.to),
        );
      case "chdir":
        return this.#checked(libc("posix_spawn_file_actions_addchdir_np")(actions, action.path));
    }
  }

  /** Spawn `path`: the child's pid, or the errno of the failed step as a negative number. */
  spawn(
    path: Uint8Array<ArrayBuffer>,
    argv: Uint8Array<ArrayBuffer>,
    envp: Deno.PointerValue,
  ): number {
    const pid = new Int32Array(1);
    const result = libc("posix_spawn")(
      new Uint8Array(pid.buffer),
      path,
      this.#actions,
      this.#attributes,
      argv,
      envp,
    );
    return result === 0 ? pid[0] : -result;
  }

  destroy(): void {
    if (!this.#live) return;
    this.#live = false;
    libc("posix_spawn_file_actions_destroy")(this.#actions);
    libc("posix_spawnattr_destroy")(this.#attributes);
  }
}

/**
 * A child that only exits with `status`, standing in for CPython's forked
 * child whose exec failed: its pid, or -1 when none could be started.
 */
export function standInChild(status: number): number {
  const strings = ["/bin/sh", "sh", "-c", `exit ${status}`].map((text) =>
    new TextEncoder().encode(text + "\0")
  );
  const argv = cStringArray(strings.slice(1));
  const empty = cStringArray([]);
  const pid = new Int32Array(1);
  const result = libc("posix_spawn")(
    new Uint8Array(pid.buffer),
    strings[0],
    null,
    null,
    argv.array,
    Deno.UnsafePointer.of(empty.array),
  );
  return result === 0 ? pid[0] : -1;
}
