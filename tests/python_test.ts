/**
 * Python-level tests: every program under tests/python/ is run with ./taipan
 * from its own directory; stdout, stderr and the exit status must equal what
 * CPython 3.11 produced (NAME.expected.json, from tests/python/make_expected.py).
 * A folder named `lib` holds modules that tests import, not tests.
 *
 * Each program runs in a private copy of its directory (so programs that
 * create files cannot disturb each other or the repository), and a few run at
 * once: when a test starts, the programs of the next tests are started too,
 * up to RUNNING_AHEAD in flight; the tests still report in order.
 */
import { assertEquals } from "./assert.ts";

const root = new URL("../", import.meta.url).pathname;
const taipan = `${root}taipan`;
const decoder = new TextDecoder();
/**
 * Options put before each program, from TAIPAN_TEST_OPTIONS (space-separated):
 * the JIT stress run passes `-X jit-threshold=1`, so every loop is traced at
 * once and every program must still give CPython's output.
 */
const EXTRA_ARGS = (Deno.env.get("TAIPAN_TEST_OPTIONS") ?? "").split(" ").filter(Boolean);
// One compiled-code cache for the whole run, so that tests also exercise it:
// the first program to import a module writes its entry, the others read it.
const codeCache = Deno.makeTempDirSync({ prefix: "taipan-test-cache-" });
globalThis.addEventListener("unload", () => {
  // A program's child process that outlives it may still be writing an entry:
  // removal is retried, and a leftover temporary directory is no failure.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      Deno.removeSync(codeCache, { recursive: true });
      return;
    } catch {
      // (retry)
    }
  }
});

function* programs(dir: string): Generator<string> {
  for (const entry of [...Deno.readDirSync(dir)].sort((a, b) => a.name < b.name ? -1 : 1)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory && entry.name !== "lib") yield* programs(path);
    else if (entry.name.endsWith(".py") && entry.name !== "make_expected.py") yield path;
  }
}

interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

async function run(program: string): Promise<Outcome> {
  const dir = program.slice(0, program.lastIndexOf("/"));
  const copy = Deno.makeTempDirSync({ prefix: "taipan-test-" });
  try {
    const copied = await new Deno.Command("cp", { args: ["-r", `${dir}/.`, copy] }).output();
    if (!copied.success) throw new Error(`could not copy ${dir}`);
    const result = await new Deno.Command(taipan, {
      args: [...EXTRA_ARGS, program.slice(dir.length + 1)],
      cwd: copy,
      stdout: "piped",
      stderr: "piped",
      env: { PYTHONHASHSEED: "0", TAIPAN_CACHE_DIR: codeCache, PYTHONDONTWRITEBYTECODE: "" },
    }).output();
    const normalise = (bytes: Uint8Array) => decoder.decode(bytes).replaceAll(copy, "{dir}");
    return {
      stdout: normalise(result.stdout),
      stderr: normalise(result.stderr),
      status: result.code,
    };
  } finally {
    Deno.removeSync(copy, { recursive: true });
  }
}

const RUNNING_AHEAD = navigator.hardwareConcurrency + 1;
const all = [...programs(`${root}tests/python`)];
const started = new Map<number, Promise<Outcome>>();

function outcome(index: number): Promise<Outcome> {
  for (let i = index; i < Math.min(all.length, index + RUNNING_AHEAD); i++) {
    if (!started.has(i)) started.set(i, run(all[i]));
  }
  return started.get(index)!;
}

all.forEach((program, index) => {
  const name = program.slice(`${root}tests/python/`.length);
  Deno.test(`python: ${name}`, async () => {
    const expected = JSON.parse(Deno.readTextFileSync(program.replace(/\.py$/, ".expected.json")));
    const result = await outcome(index);
    assertEquals(result.stderr, expected.stderr, "stderr");
    assertEquals(result.stdout, expected.stdout, "stdout");
    assertEquals(result.status, expected.status, "exit status");
  });
});
