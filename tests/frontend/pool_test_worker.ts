/** A render worker for ast_worker_pool_test.ts that never finishes a file named `*hang*`. */
import { serveRenderRequests } from "../../tools/ast_diff_protocol.ts";

serveRenderRequests((source, file) => {
  if (file.includes("hang")) { while (true) Math.random(); }
  return { body: `${source.length} bytes`, error: null };
});
