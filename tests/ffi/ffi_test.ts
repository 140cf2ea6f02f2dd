/**
 * ctypes against a C library built for the test: tests/ffi/fixture.c is
 * compiled with the system C compiler into a temporary directory and
 * fixture_calls.py runs under ./taipan with FIXTURE_LIB pointing at it; its
 * output must equal CPython's (fixture_calls.expected.json, made by
 * tests/python/make_expected.py with the library built beside the program).
 * Without a C compiler the test is skipped.
 */
import { assertEquals } from "../assert.ts";

const here = new URL(".", import.meta.url).pathname;
const taipan = new URL("../../taipan", import.meta.url).pathname;

function compiler(): string | null {
  for (const candidate of ["cc", "gcc", "clang"]) {
    try {
      const probe = new Deno.Command(candidate, {
        args: ["--version"],
        stdout: "null",
        stderr: "null",
      })
        .outputSync();
      if (probe.success) return candidate;
    } catch {
      // not installed
    }
  }
  return null;
}

const cc = compiler();

Deno.test({
  name: "ffi: ctypes calls into a compiled fixture library",
  ignore: cc === null,
  async fn() {
    const work = Deno.makeTempDirSync({ prefix: "taipan-ffi-" });
    try {
      const library = `${work}/libfixture.so`;
      const built = await new Deno.Command(cc!, {
        args: ["-shared", "-fPIC", "-O1", "-o", library, `${here}fixture.c`],
      }).output();
      assertEquals(built.success, true, new TextDecoder().decode(built.stderr));
      Deno.copyFileSync(`${here}fixture_calls.py`, `${work}/fixture_calls.py`);
      const result = await new Deno.Command(taipan, {
        args: ["fixture_calls.py"],
        cwd: work,
        env: { FIXTURE_LIB: library, PYTHONHASHSEED: "0" },
        stdout: "piped",
        stderr: "piped",
      }).output();
      const decode = (bytes: Uint8Array) =>
        new TextDecoder().decode(bytes).replaceAll(work, "{dir}");
      const expected = JSON.parse(Deno.readTextFileSync(`${here}fixture_calls.expected.json`));
      assertEquals(
        { stdout: decode(result.stdout), stderr: decode(result.stderr), status: result.code },
        expected,
      );
    } finally {
      Deno.removeSync(work, { recursive: true });
    }
  },
});
