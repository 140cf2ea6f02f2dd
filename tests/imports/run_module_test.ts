/**
 * `taipan -m` and `taipan DIRECTORY` against CPython 3.11: each case in
 * run_module_cases.json was run
 * under python3.11 from tests/python/imports/lib (make_cases.py); ./taipan
 * must print the same and exit with the same status.
 */
import { assertEquals } from "../assert.ts";

const root = new URL("../../", import.meta.url).pathname;
const taipan = `${root}taipan`;
const lib = `${root}tests/python/imports/lib`;
const decoder = new TextDecoder();

interface Case {
  args: string[];
  stdout: string;
  stderr: string;
  status: number;
}

const { cases } = JSON.parse(
  Deno.readTextFileSync(`${root}tests/imports/run_module_cases.json`),
) as { cases: Case[] };

for (const expected of cases) {
  Deno.test(`taipan ${expected.args.join(" ")}`, async () => {
    const result = await new Deno.Command(taipan, {
      args: expected.args,
      cwd: lib,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const fill = (text: string) => text.replaceAll("{program}", taipan).replaceAll("{dir}", lib);
    assertEquals(decoder.decode(result.stderr), fill(expected.stderr), "stderr");
    assertEquals(decoder.decode(result.stdout), fill(expected.stdout), "stdout");
    assertEquals(result.code, expected.status, "exit status");
  });
}
