/** Render worker for tools/ast_diff.ts: our parser plus our ast.dump. */
import { parseWithWarnings } from "../vm/compiler/parse.ts";
import { serveRenderRequests } from "./ast_diff_protocol.ts";
import { renderParse, renderParseWithWarnings } from "./ast_render.ts";

serveRenderRequests((source, file, request) => {
  const produce = () => parseWithWarnings(source, file, "exec", { typeComments: true });
  return request.withWarnings ? renderParseWithWarnings(produce) : renderParse(() => produce().mod);
});
