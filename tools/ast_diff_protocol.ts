/**
 * Messages between tools/ast_diff.ts and its render workers. A worker renders
 * one file at a time (so the pool can time out a single file that hangs) and
 * answers with the SHA-256 of the block body, or the body itself on request.
 */
import { describeInternalError, type RenderedFile, sha256Hex } from "./ast_render.ts";

export interface RenderRequest {
  id: number;
  file: string;
  /** Send the whole body back (for the detailed diff of a mismatch). */
  wantBody: boolean;
  /** Append the parser's warnings to the dump (`ast_diff.ts --warnings`). */
  withWarnings: boolean;
}

export interface RenderResult {
  id: number;
  file: string;
  sha256: string | null;
  error: string | null;
  /** A failure that is not a Python exception (a bug in Taipan), else null. */
  internal: string | null;
  body: string | null;
  milliseconds: number;
}

/** The worker's first message: its modules are loaded, so timing a file can start. */
export interface WorkerReady {
  ready: true;
}

/** Worker side: answers RenderRequests with `render` until terminated. */
export function serveRenderRequests(
  render: (
    source: Uint8Array,
    file: string,
    request: RenderRequest,
  ) => RenderedFile | Promise<RenderedFile>,
): void {
  const scope = self as unknown as {
    onmessage: (event: MessageEvent<RenderRequest>) => void;
    postMessage(message: RenderResult | WorkerReady): void;
  };
  scope.onmessage = async ({ data: request }) => {
    const started = performance.now();
    const result: RenderResult = {
      id: request.id,
      file: request.file,
      sha256: null,
      error: null,
      internal: null,
      body: null,
      milliseconds: 0,
    };
    try {
      const rendered = await render(Deno.readFileSync(request.file), request.file, request);
      result.sha256 = await sha256Hex(rendered.body);
      result.error = rendered.error;
      if (request.wantBody) result.body = rendered.body;
    } catch (error) {
      result.internal = describeInternalError(error);
    }
    result.milliseconds = performance.now() - started;
    scope.postMessage(result);
  };
  scope.postMessage({ ready: true });
}
