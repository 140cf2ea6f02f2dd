/**
 * The interactive loop with a piped stdin (`-i`, PYTHONINSPECT,
 * PYTHONSTARTUP) against CPython 3.11: each case in repl_cases.json was run
 * under python3.11 (tests/cli/make_repl_cases.py) and ./taipan must print the
 * same stdout/stderr and exit with the same status. Every run gets a fresh
 * HOME, as site writes ~/.python_history there.
 */
import { assertEquals, assertMatch } from "../assert.ts";

const root = new URL("../../", import.meta.url).pathname;
const taipan = `${root}taipan`;

interface Case {
  args: string[];
  env: Record<string, string>;
  stdin: string;
  stdout: string;
  stderr: string;
  status: number;
}

const work = Deno.makeTempDirSync();
Deno.writeTextFileSync(`${work}/script.py`, "x = 41\nprint('script ran')\n");
Deno.writeTextFileSync(`${work}/bad.py`, "def f(:\n");
Deno.writeTextFileSync(`${work}/startup.py`, "y = 7\nprint('startup', __name__)\n1/0\n");

async function run(args: string[], stdin: string, extra: Record<string, string>) {
  const home = Deno.makeTempDirSync();
  const env: Record<string, string> = { ...Deno.env.toObject(), HOME: home };
  delete env.PYTHONSTARTUP;
  delete env.PYTHONINSPECT;
  for (const [name, value] of Object.entries(extra)) env[name] = value.replaceAll("{work}", work);
  const child = new Deno.Command(taipan, {
    args,
    env,
    clearEnv: true,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(stdin));
  await writer.close();
  const out = await child.output();
  Deno.removeSync(home, { recursive: true });
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  // Python's subprocess reports a death by signal N as -N.
  const status = out.signal === "SIGINT" ? -2 : out.code;
  return { stdout: decode(out.stdout), stderr: decode(out.stderr), status };
}

const { cases } = JSON.parse(Deno.readTextFileSync(`${root}tests/cli/repl_cases.json`)) as {
  cases: Case[];
};

for (const expected of cases) {
  const args = expected.args.map((a) => a.replaceAll("{work}", work));
  const env = Object.keys(expected.env).length ? ` ${JSON.stringify(expected.env)}` : "";
  Deno.test(`taipan ${JSON.stringify(expected.args)}${env} < ${JSON.stringify(expected.stdin)}`, async () => {
    const got = await run(args, expected.stdin, expected.env);
    const fill = (text: string) => text.replaceAll("{program}", taipan).replaceAll("{work}", work);
    assertEquals(got.stderr, fill(expected.stderr));
    assertEquals(got.stdout, fill(expected.stdout));
    assertEquals(got.status, expected.status);
  });
}

Deno.test("taipan -i: the banner on stderr, derived from sys.version as CPython's", async () => {
  const got = await run(["-i"], "", {});
  assertMatch(
    got.stderr,
    /^Python 3\.11\.\d+ \(taipan [^)]*\) \[[^\]]*\] on linux\nType "help", "copyright", "credits" or "license" for more information\.\n>>> \n$/,
  );
  const bare = await run(["-i", "-S"], "", {});
  assertMatch(bare.stderr, /^Python 3\.11\.\d+ \([^\n]*\) \[[^\n]*\] on linux\n>>> \n$/);
});
