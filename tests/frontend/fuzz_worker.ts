/**
 * Runs fuzz cases for fuzz_test.ts in a worker, so that a case on which parse()
 * never finishes (exponential backtracking, an endless loop) can be stopped by
 * terminating the worker. Posts `{ ready: true }` once loaded, then one
 * FuzzResult per case.
 */
import { parse } from "../../vm/compiler/parse.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { loadCorpus, makeCase } from "./fuzz_cases.ts";
import type { WorkerReady } from "../../tools/ast_diff_protocol.ts";

export interface FuzzRequest {
  seed: number;
  indices: number[];
}

export interface FuzzResult {
  index: number;
  /** Null when parse() behaved, else what it did wrong. */
  problem: string | null;
  preview: string;
}

function misbehaviour(source: Uint8Array): string | null {
  try {
    const tree = parse(source, "<fuzz>", "exec", { typeComments: true });
    return tree._type === "Module" ? null : `returned a ${tree._type}`;
  } catch (error) {
    if (error instanceof PySyntaxError) return null;
    return error instanceof Error ? `${error.name}: ${error.message}` : `threw ${String(error)}`;
  }
}

const scope = self as unknown as {
  onmessage: (event: MessageEvent<FuzzRequest>) => void;
  postMessage(message: FuzzResult | WorkerReady): void;
};
const corpus = loadCorpus();
scope.onmessage = ({ data: { seed, indices } }) => {
  for (const index of indices) {
    const source = makeCase(seed, index, corpus);
    const problem = misbehaviour(source);
    const preview = problem === null
      ? ""
      : JSON.stringify(new TextDecoder().decode(source.subarray(0, 160)));
    scope.postMessage({ index, problem, preview });
  }
};
scope.postMessage({ ready: true });
