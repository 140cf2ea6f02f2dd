/**
 * End-to-end checks of compiler semantics: each program in programs/ runs
 * under ./taipan and must print exactly what CPython 3.11 printed
 * (NAME.out, generated with `python3.11 NAME.py > NAME.out 2>&1`, with the
 * programs' directory written as {dir}). The
 * programs stick to builtins the runtime already has, and exercise scoping,
 * closures, unwinding through finally/with, except*, generators, pattern
 * matching and class bodies.
 */
import { assertEquals } from "../assert.ts";

const root = new URL("../../", import.meta.url).pathname;
const dir = new URL("./programs/", import.meta.url).pathname;

const programs = [...Deno.readDirSync(dir)].map((e) => e.name).filter((name) =>
  name.endsWith(".py")
);
for (const name of programs.sort()) {
  Deno.test(`compiled program: ${name}`, async () => {
    const result = await new Deno.Command(`${root}taipan`, {
      args: [name],
      cwd: dir,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const output = (new TextDecoder().decode(result.stdout) +
      new TextDecoder().decode(result.stderr)).replaceAll(dir.replace(/\/$/, ""), "{dir}");
    assertEquals(output, Deno.readTextFileSync(`${dir}${name.replace(/\.py$/, ".out")}`));
  });
}
