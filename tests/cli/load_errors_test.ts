/**
 * Loading Taipan (main.ts's module graph, which the cached bundle evaluates
 * as one top-level function) must not make an Error: V8 loads the bundle from
 * its code cache without source positions, and the stack an Error captures
 * through the top level makes V8 parse the whole 3.5 MB top-level function
 * again to find them, ~60 ms of every start (a json sentinel made at load
 * did; docs/performance.md, "Start-up"). Run in a child process that counts
 * the Errors (and subclasses) constructed while main.ts is imported.
 */
import { assertEquals } from "../assert.ts";

const root = new URL("../../", import.meta.url).pathname;

const CHILD = `
const made = [];
for (const name of ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError"]) {
  const original = globalThis[name];
  globalThis[name] = new Proxy(original, {
    construct(target, args, newTarget) {
      const error = Reflect.construct(target, args, newTarget === globalThis[name] ? target : newTarget);
      made.push(name + ": " + String(args[0]).slice(0, 80));
      return error;
    },
  });
}
await import(${JSON.stringify(`file://${root}main.ts`)});
console.log(JSON.stringify(made));
`;

Deno.test("loading main.ts makes no Error", async () => {
  const script = Deno.makeTempFileSync({ suffix: ".js" });
  Deno.writeTextFileSync(script, CHILD);
  const args = ["run", "--quiet", "--allow-all", "--no-prompt", "--config", `${root}deno.json`];
  const { success, stdout } = await new Deno.Command(Deno.execPath(), {
    args: [...args, script],
    stderr: "inherit",
  }).output();
  Deno.removeSync(script);
  assertEquals(success, true);
  assertEquals(JSON.parse(new TextDecoder().decode(stdout)), []);
});
