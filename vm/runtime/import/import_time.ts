/**
 * `-X importtime` (and PYTHONPROFILEIMPORTTIME unless -E): every module the
 * import system loads (one not in sys.modules yet) prints a line to stderr
 * once it is loaded, as CPython's import_find_and_load does:
 *
 *   import time: self [us] | cumulative | imported package
 *   import time:       110 |        110 |   _io
 *
 * "cumulative" is the wall time of finding and loading the module, nested
 * imports included; "self" leaves out the nested imports' cumulative times;
 * each nesting level indents the name by two spaces. The header comes
 * before the first line. A failed import is reported too. Times are rounded
 * up to whole microseconds.
 */
import { writeStderr } from "../stdio.ts";

const state = { enabled: false, headerShown: false, level: 0, nested: 0 };

export function enableImportTime(): void {
  state.enabled = true;
}

export function importTimeEnabled(): boolean {
  return state.enabled;
}

/** Runs `load` (finding and loading `name`), reporting its time when enabled. */
export function timedImport<T>(name: string, load: () => T): T {
  if (!state.enabled) return load();
  if (!state.headerShown) {
    state.headerShown = true;
    writeStderr("import time: self [us] | cumulative | imported package\n");
  }
  const outerNested = state.nested;
  state.nested = 0;
  state.level++;
  const start = performance.now();
  try {
    return load();
  } finally {
    const elapsed = performance.now() - start;
    state.level--;
    const own = Math.ceil((elapsed - state.nested) * 1000);
    const cumulative = Math.ceil(elapsed * 1000);
    state.nested = outerNested + elapsed;
    const indent = " ".repeat(state.level * 2);
    writeStderr(
      `import time: ${String(own).padStart(9)} | ${
        String(cumulative).padStart(10)
      } | ${indent}${name}\n`,
    );
  }
}
