/**
 * The command line against CPython 3.11: each case in cases.json was run under
 * python3.11 (tests/cli/make_cases.py) and ./taipan must print the same
 * stdout/stderr and exit with the same status.
 */
import { assertEquals, assertMatch } from "../assert.ts";

const root = new URL("../../", import.meta.url).pathname;
const taipan = `${root}taipan`;

interface Case {
  args: string[];
  stdin: string;
  stdout: string;
  stderr: string;
  status: number;
}

async function run(
  args: string[],
  stdin = "",
): Promise<{ stdout: string; stderr: string; status: number }> {
  const child = new Deno.Command(taipan, {
    args,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(stdin));
  await writer.close();
  const out = await child.output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { stdout: decode(out.stdout), stderr: decode(out.stderr), status: out.code };
}

const { cases } = JSON.parse(Deno.readTextFileSync(`${root}tests/cli/cases.json`)) as {
  cases: Case[];
};
const work = Deno.makeTempDirSync();
Deno.writeTextFileSync(`${work}/bad.py`, "def f():\n    return (1,\n        2 3)\n");

for (const expected of cases) {
  const args = expected.args.map((a) => a.replaceAll("{work}", work));
  Deno.test(`taipan ${JSON.stringify(expected.args)}`, async () => {
    const got = await run(args, expected.stdin);
    const fill = (text: string) => text.replaceAll("{program}", taipan).replaceAll("{work}", work);
    assertEquals(got.stderr, fill(expected.stderr));
    assertEquals(got.stdout, fill(expected.stdout));
    assertEquals(got.status, expected.status);
  });
}

Deno.test("taipan -V and --version print the Python version", async () => {
  for (const flag of ["-V", "--version"]) {
    const got = await run([flag]);
    assertMatch(got.stdout, /^Python 3\.11\.\d+\n$/);
    assertEquals(got.status, 0);
  }
});

Deno.test("taipan -VV adds build detail on one line", async () => {
  const got = await run(["-VV"]);
  assertMatch(got.stdout, /^Python 3\.11\.\d+ \(taipan [^\n]+\n$/);
});

Deno.test("taipan -h starts with CPython's usage line and exits 0", async () => {
  for (const flag of ["-h", "-?", "--help", "--help-all"]) {
    const got = await run([flag]);
    assertEquals(
      got.stdout.split("\n")[0],
      `usage: ${taipan} [option] ... [-c cmd | -m mod | file | -] [arg] ...`,
    );
    assertEquals(got.status, 0);
  }
});
