/**
 * os.spawnv, spawnve, spawnvp and spawnvpe (and through them os.py's spawnl*
 * forms), with P_WAIT, P_NOWAIT and P_NOWAITO.
 *
 * On Linux CPython's os.py builds them on fork: the child calls execv,
 * execve, execvp or execvpe and exits with status 127 if that raises
 * anything; the parent returns the pid (P_NOWAIT) or waits and returns
 * waitstatus_to_exitcode of the status. Taipan cannot fork, so `posix`
 * provides them (as `nt` does on Windows) with the same outcome: the exec's
 * arguments are checked as execv/execve check them, the program is started
 * by posix_spawn (trying each directory of the search path for the "p"
 * forms, as os._execvpe does), and when the exec would have failed, a child
 * that exits with 127 stands in for the failed fork child.
 */
import type { PyValue } from "../vm/objects/object.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyTuple } from "../vm/objects/tuple.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { equals, isTrue } from "../vm/runtime/operators.ts";
import { callObject } from "../vm/runtime/call.ts";
import { getAttribute } from "../vm/runtime/attributes.ts";
import { iterateToArray } from "../vm/runtime/iteration.ts";
import { importModuleLevel } from "../vm/runtime/import/import_module.ts";
import { cString, libc } from "./libc.ts";
import { retrying } from "./posix_errors.ts";
import { fsConverter } from "./posix_path.ts";
import { execArguments } from "./posix_process.ts";
import {
  cStringArray,
  currentEnviron,
  GLIBC_INTERNAL_SIGNALS,
  SPAWN_SETSIGDEF,
  Spawner,
  standInChild,
} from "./_posixsubprocess_spawn.ts";
import type { FunctionSpec } from "./module_helpers.ts";

export const P_WAIT = 0;
export const P_NOWAIT = 1;
export const P_NOWAITO = 1;

/** The exit status of os.py's fork child when its exec raised. */
const EXEC_FAILED = 127;

/** os._execvpe's candidates for `file`: itself when it names a directory, else one per PATH entry. */
function searchPath(file: PyValue, env: PyValue | undefined): PyValue[] {
  const name = fsConverter(file);
  if (name.includes(0x2f)) return [file];
  const os = importModuleLevel("os", null, null, 0);
  const directories = iterateToArray(
    callObject(getAttribute(os, "get_exec_path"), env === undefined ? [] : [env], null),
  );
  const join = getAttribute(getAttribute(os, "path"), "join");
  const asBytes = file instanceof PyBytes;
  const fsencode = getAttribute(os, "fsencode");
  return directories.map((directory) =>
    callObject(join, [asBytes ? callObject(fsencode, [directory], null) : directory, file], null)
  );
}

/** Start the program as the exec would: its pid, or null where the exec would have raised. */
function start(
  file: PyValue,
  argv: PyValue,
  env: PyValue | undefined,
  search: boolean,
): number | null {
  const spawner = new Spawner({
    actions: [],
    flags: SPAWN_SETSIGDEF,
    defaultSignals: GLIBC_INTERNAL_SIGNALS,
    processGroup: 0,
  });
  try {
    for (const candidate of search ? searchPath(file, env) : [file]) {
      const exec = execArguments(candidate, argv, env);
      const args = cStringArray(exec.argv);
      const environment = exec.env === null ? null : cStringArray(exec.env);
      const envp = environment === null
        ? currentEnviron()
        : Deno.UnsafePointer.of(environment.array);
      // A descriptor (spawnve's path may be one) is executed as fexecve does, by its /proc name.
      const path = exec.target.cString ??
        cString(new TextEncoder().encode(`/proc/self/fd/${exec.target.fd}`));
      const pid = spawner.spawn(path, args.array, envp);
      if (pid > 0) return pid;
    }
    return null;
  } catch (error) {
    // The forked child catches everything its exec call raises and exits.
    if (error instanceof PyBaseException) return null;
    throw error;
  } finally {
    spawner.destroy();
  }
}

/** The exit code of a wait status, as os.waitstatus_to_exitcode gives it. */
function exitCode(status: number): number {
  return (status & 0x7f) === 0 ? (status >> 8) & 0xff : -(status & 0x7f);
}

function spawn(
  mode: PyValue,
  file: PyValue,
  argv: PyValue,
  env: PyValue | undefined,
  search: boolean,
): PyValue {
  if (!(argv instanceof PyTuple) && !(argv instanceof PyList)) {
    throw pyError("TypeError", "argv must be a tuple or a list");
  }
  if (argv.items.length === 0 || !isTrue(argv.items[0])) {
    throw pyError("ValueError", "argv first element cannot be empty");
  }
  const started = start(file, argv, env, search);
  // os.py compares with ==; the other modes wait.
  const noWait = equals(mode, P_NOWAIT);
  if (started === null && !noWait) return EXEC_FAILED;
  const pid = started ?? standInChild(EXEC_FAILED);
  if (pid < 0) throw pyError("OSError", "cannot start a process");
  if (noWait) return pid;
  const status = new Int32Array(1);
  for (;;) {
    retrying(() => libc("waitpid")(pid, new Uint8Array(status.buffer), 0));
    if ((status[0] & 0xff) !== 0x7f) return exitCode(status[0]); // not WIFSTOPPED
  }
}

/** One spawn function: with an `env` argument or not, searching PATH or not. */
function spawnSpec(withEnv: boolean, search: boolean): FunctionSpec {
  return [
    withEnv ? "mode, file, args, env" : "mode, file, args",
    (mode: PyValue, file: PyValue, args: PyValue, env?: PyValue) =>
      spawn(mode, file, args, withEnv ? env : undefined, search),
  ];
}

export const SPAWN_FUNCTIONS: Record<string, FunctionSpec> = {
  spawnv: spawnSpec(false, false),
  spawnve: spawnSpec(true, false),
  spawnvp: spawnSpec(false, true),
  spawnvpe: spawnSpec(true, true),
};
