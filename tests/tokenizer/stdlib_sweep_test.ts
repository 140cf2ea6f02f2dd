/**
 * Differential sweep over every .py file of CPython's standard library and test
 * suite: our token stream must hash exactly like the C tokenizer's (see
 * cpython_tokens.py), and the tokenizer must never throw anything but a
 * PySyntaxError. Also reports throughput.
 *
 * Slow (runs python3.11 over ~1,600 files), so it only runs when
 * TAIPAN_STDLIB_SWEEP is set:
 *   TAIPAN_STDLIB_SWEEP=1 deno test -A tests/tokenizer/stdlib_sweep_test.ts
 */
import { assertEquals } from "../assert.ts";
import { createHash } from "node:crypto";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { decodeSource } from "../../vm/compiler/source_encoding.ts";
import { Tokenizer } from "../../vm/compiler/tokenizer.ts";
import { T, type Token } from "../../vm/compiler/tokens.ts";

const PYTHON = "/usr/bin/python3.11";
const STDLIB = Deno.env.get("TAIPAN_STDLIB") ?? "/usr/lib/python3.11";
const ORACLE = new URL("./cpython_tokens.py", import.meta.url).pathname;

function dumpLine(token: Token): string {
  return `${token.type} ${token.lineno} ${token.col} ${token.endLineno} ${token.endCol} ${token.string}\n`;
}

/** Hash the token stream as cpython_tokens.py does; raised errors are part of it. */
function tokenHash(source: string, filename: string): string {
  const hash = createHash("sha256");
  const tokenizer = new Tokenizer(source, filename);
  try {
    for (let token = tokenizer.next(); token.type !== T.ENDMARKER; token = tokenizer.next()) {
      hash.update(dumpLine(token));
    }
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    // Status errors end CPython's TokenizerIter silently.
    const statusMessages = [
      "unindent does not match any outer indentation level",
      "inconsistent use of tabs and spaces in indentation",
      "too many levels of indentation",
      "unexpected character after line continuation character",
      "unexpected EOF while parsing",
    ];
    if (!statusMessages.includes(error.msg) && !error.msg.endsWith("was never closed")) {
      hash.update(`error ${error.msg} ${error.lineno} ${error.offset}\n`);
    }
  }
  return hash.digest("hex");
}

Deno.test({
  name: "tokenizer: every stdlib file tokenizes exactly as CPython's C tokenizer",
  ignore: !Deno.env.get("TAIPAN_STDLIB_SWEEP"),
  async fn() {
    const output = await new Deno.Command(PYTHON, { args: [ORACLE, "corpus", STDLIB] }).output();
    const expected = new TextDecoder().decode(output.stdout).trim().split("\n").map((line) => {
      const space = line.indexOf(" ");
      return { hash: line.slice(0, space), path: line.slice(space + 1) };
    });
    const sources = expected.map(({ path }) => decodeSource(Deno.readFileSync(path), path));
    const mismatches: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      if (tokenHash(sources[i], expected[i].path) !== expected[i].hash) {
        mismatches.push(expected[i].path);
      }
    }
    assertEquals(mismatches, []);

    // Throughput: tokens only, sources already decoded.
    let characters = 0;
    for (const source of sources) characters += source.length;
    const started = performance.now();
    let tokens = 0;
    for (const source of sources) {
      const tokenizer = new Tokenizer(source, "<sweep>");
      try {
        while (tokenizer.next().type !== T.ENDMARKER) tokens++;
      } catch (error) {
        if (!(error instanceof PySyntaxError)) throw error;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `tokenized ${sources.length} files, ${(characters / 1e6).toFixed(1)} M chars, ` +
        `${tokens} tokens in ${seconds.toFixed(2)} s: ${
          (characters / 1e6 / seconds).toFixed(1)
        } MB/s`,
    );
  },
});
