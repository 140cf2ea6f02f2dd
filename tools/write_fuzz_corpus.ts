/**
 * Writes the parser fuzz cases (tests/frontend/fuzz_cases.ts) as files, so the
 * AST differential test can compare our SyntaxErrors with CPython's on broken
 * input, not only our trees on valid input:
 *
 *   deno run -A tools/write_fuzz_corpus.ts results/fuzz_corpus 2000
 *   deno task ast-diff --timeout=5 results/fuzz_corpus
 */
import { loadCorpus, makeCase } from "../tests/frontend/fuzz_cases.ts";

const [directory = "results/fuzz_corpus", count = "2000", seed = "20261126"] = Deno.args;
const corpus = loadCorpus();
Deno.mkdirSync(directory, { recursive: true });
// Cases left from a larger earlier run would be compared too: remove them.
for (const entry of Deno.readDirSync(directory)) {
  if (/^case_\d+\.py$/.test(entry.name)) Deno.removeSync(`${directory}/${entry.name}`);
}
for (let index = 0; index < Number(count); index++) {
  const name = `case_${String(index).padStart(5, "0")}.py`;
  Deno.writeFileSync(`${directory}/${name}`, makeCase(Number(seed), index, corpus));
}
console.log(`wrote ${count} cases (seed ${seed}) to ${directory}`);
