/**
 * The single binary: `deno task compile`'s offline route builds it (no
 * download), it is copied alone into an empty directory, and programs run
 * under it with PATH emptied and HOME pointing at an empty directory (so the
 * first run extracts the runtime, and nothing outside the test's own
 * directories is touched). Their stdout, stderr and exit status must equal
 * CPython 3.11's, produced in the same environment.
 */
import { assertEquals } from "../assert.ts";

const root = decodeURIComponent(new URL("../../", import.meta.url).pathname);
const here = `${root}tests/binary`;
const decoder = new TextDecoder();

interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

async function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<Outcome> {
  const result = await new Deno.Command(command, { args, cwd, env, clearEnv: true }).output();
  return {
    stdout: decoder.decode(result.stdout),
    stderr: decoder.decode(result.stderr),
    status: result.code,
  };
}

Deno.test("single binary: built offline, run alone with PATH emptied", async (t) => {
  const work = Deno.makeTempDirSync({ prefix: "taipan-binary-test-" });
  try {
    const built = `${work}/build/taipan`;
    const build = await new Deno.Command(`${root}tools/deno`, {
      args: ["run", "-A", "tools/binary/build.ts", "--route", "offline", "--output", built],
      cwd: root,
    }).output();
    assertEquals(build.success, true, decoder.decode(build.stderr));

    const alone = `${work}/alone`;
    const programs = `${work}/programs`;
    for (const directory of [alone, programs, `${work}/home`]) Deno.mkdirSync(directory);
    Deno.copyFileSync(built, `${alone}/taipan`);
    Deno.chmodSync(`${alone}/taipan`, 0o755);
    const env = { PATH: "", HOME: `${work}/home` };

    const check = async (program: string) => {
      Deno.copyFileSync(`${here}/${program}`, `${programs}/${program}`);
      const args = [`${programs}/${program}`, "an argument"];
      const expected = await run("/usr/bin/python3.11", args, alone, env);
      assertEquals(await run("./taipan", args, alone, env), expected);
    };
    await t.step("json, re, collections, dataclasses, ctypes, array, unicode data", async () => {
      await check("program.py"); // the first run extracts the runtime
      await check("program.py"); // later runs use the extracted one
    });
    await t.step("nothing is written beside the binary", () => {
      assertEquals([...Deno.readDirSync(alone)].map((entry) => entry.name), ["taipan"]);
    });
  } finally {
    Deno.removeSync(work, { recursive: true });
  }
});
