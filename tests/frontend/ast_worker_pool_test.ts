import { RenderPool } from "../../tools/ast_worker_pool.ts";
import { sha256Hex } from "../../tools/ast_render.ts";
import { assertEquals } from "../assert.ts";

Deno.test("the render pool times out a hung file and goes on with the next", async () => {
  const directory = Deno.makeTempDirSync();
  const names = ["a.py", "hang.py", "b.py", "c.py"];
  for (const name of names) Deno.writeTextFileSync(`${directory}/${name}`, name);
  const pool = new RenderPool(new URL("./pool_test_worker.ts", import.meta.url), 2, 1000);
  try {
    const results = await Promise.all(names.map((name) => pool.render(`${directory}/${name}`)));
    assertEquals(results.map((result) => result.internal), [
      null,
      "timeout after 1 s",
      null,
      null,
    ]);
    assertEquals(results[0].sha256, await sha256Hex("4 bytes"));
    const withBody = await pool.render(`${directory}/c.py`, true);
    assertEquals(withBody.body, "4 bytes");
  } finally {
    pool.close();
    Deno.removeSync(directory, { recursive: true });
  }
});
