/** Render worker for tools/ast_diff.ts: our parser plus our ast.dump. */
import { parse } from "../vm/compiler/parse.ts";
import { serveRenderRequests } from "./ast_diff_protocol.ts";
import { renderParse } from "./ast_render.ts";

serveRenderRequests((source, file) =>
  renderParse(() => parse(source, file, "exec", { typeComments: true }))
);
