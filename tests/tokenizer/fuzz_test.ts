/**
 * Differential fuzzing against CPython's C tokenizer: slices of stdlib files
 * with random edits (quotes, brackets, backslashes, tabs, digits, non-ASCII,
 * ...) must give the same tokens and the same raised error. Status errors
 * (which CPython's TokenizerIter ends on silently) only have to stop at the
 * same token. Runs python3.11 live, so only with TAIPAN_STDLIB_SWEEP set
 * (TAIPAN_FUZZ_SEED and TAIPAN_FUZZ_COUNT vary the run).
 */
import { assertEquals } from "../assert.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { Tokenizer } from "../../vm/compiler/tokenizer.ts";
import { T } from "../../vm/compiler/tokens.ts";

const PYTHON = "/usr/bin/python3.11";
const ORACLE = new URL("./cpython_tokens.py", import.meta.url).pathname;
const SEED_FILES = [
  "/usr/lib/python3.11/tokenize.py",
  "/usr/lib/python3.11/test/test_grammar.py",
  "/usr/lib/python3.11/test/test_fstring.py",
  "/usr/lib/python3.11/test/test_unicode_identifiers.py",
  "/usr/lib/python3.11/argparse.py",
];
const EDITS = [
  "'",
  '"',
  "'''",
  '"""',
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "\\",
  "\\\n",
  "\n",
  "\t",
  "    ",
  "\x0c",
  "#",
  "# type: int",
  "0",
  "0x",
  "0o",
  "0b",
  "1_",
  "1e",
  "1j",
  ".",
  "...",
  "_",
  "é",
  "€",
  "\u00a0",
  "𝔘",
  "😀",
  "r",
  "b",
  "f",
  "u",
  "!",
  "$",
  "?",
  "<>",
  "->",
  ":=",
  "\r\n",
  "\r",
  "if",
  "else",
  "\x01",
]; // deno-fmt-ignore

/** Mulberry32: a small seeded generator, so failures reproduce. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutants(count: number): string[] {
  const next = random(Number(Deno.env.get("TAIPAN_FUZZ_SEED") ?? 20261126));
  const texts = SEED_FILES.map((path) => Deno.readTextFileSync(path));
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = texts[Math.floor(next() * texts.length)];
    const start = Math.floor(next() * text.length);
    let sample = text.slice(start, start + 40 + Math.floor(next() * 400));
    const editCount = 1 + Math.floor(next() * 3);
    for (let e = 0; e < editCount; e++) {
      const at = Math.floor(next() * (sample.length + 1));
      const edit = EDITS[Math.floor(next() * EDITS.length)];
      const removed = next() < 0.3 ? 1 + Math.floor(next() * 3) : 0;
      sample = sample.slice(0, at) + edit + sample.slice(at + removed);
    }
    result.push(sample.toWellFormed());
  }
  return result;
}

function ours(source: string) {
  const tokenizer = new Tokenizer(source, "<string>", { warn: () => false });
  const tokens: [number, string, number, number, number, number][] = [];
  try {
    for (let token = tokenizer.next(); token.type !== T.ENDMARKER; token = tokenizer.next()) {
      tokens.push([
        token.type,
        token.string,
        token.lineno,
        token.col,
        token.endLineno,
        token.endCol,
      ]);
    }
    return { tokens, error: null, status: false };
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    const status =
      /^(unindent does not|inconsistent use|too many levels|unexpected character after|unexpected EOF|'.' was never)/
        .test(error.msg);
    const raised = {
      class: error.pyClass,
      msg: error.msg,
      lineno: error.lineno,
      offset: error.offset,
      text: error.text,
      endLineno: error.endLineno,
      endOffset: error.endOffset,
    };
    return { tokens, error: status ? null : raised, status };
  }
}

Deno.test({
  name: "tokenizer: random edits of real code tokenize as in CPython",
  ignore: !Deno.env.get("TAIPAN_STDLIB_SWEEP"),
  async fn() {
    const sources = mutants(Number(Deno.env.get("TAIPAN_FUZZ_COUNT") ?? 4000));
    const child = new Deno.Command(PYTHON, {
      args: [ORACLE, "stdin"],
      stdin: "piped",
      stdout: "piped",
    }).spawn();
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(JSON.stringify(sources)));
    await writer.close();
    const expected = JSON.parse(new TextDecoder().decode((await child.output()).stdout));
    const failures: string[] = [];
    for (let i = 0; i < sources.length; i++) {
      const actual = ours(sources[i]);
      const same = JSON.stringify(actual.tokens) === JSON.stringify(expected[i].tokens) &&
        JSON.stringify(actual.error) === JSON.stringify(expected[i].error);
      if (!same) failures.push(JSON.stringify(sources[i]));
    }
    assertEquals(failures.slice(0, 5), []);
  },
});

Deno.test({
  name: "tokenizer: random edits never crash, in every mode",
  ignore: !SEED_FILES.every((path) => {
    try {
      return Deno.statSync(path).isFile;
    } catch {
      return false;
    }
  }),
  fn() {
    for (const source of mutants(1500)) {
      for (const typeComments of [false, true]) {
        for (const implicitNewline of [false, true]) {
          const tokenizer = new Tokenizer(source, "<fuzz>", { typeComments, implicitNewline });
          try {
            let count = 0;
            while (tokenizer.next().type !== T.ENDMARKER) {
              if (++count > 3 * source.length + 10) {
                throw new Error(`no progress: ${JSON.stringify(source)}`);
              }
            }
          } catch (error) {
            if (!(error instanceof PySyntaxError)) throw error;
          }
        }
      }
    }
  },
});
