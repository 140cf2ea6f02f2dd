/**
 * decodeSource against CPython 3.11 (encoding_expected.json, written by
 * cpython_encodings.py): the decoded text, or the SyntaxError that compile()
 * ("compile" origin) and running the file as a script ("file" origin) report.
 */
import { assertEquals, assertThrows } from "../assert.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import {
  declaresEncoding,
  decodeSource,
  type SourceOrigin,
} from "../../vm/compiler/source_encoding.ts";
import { Tokenizer } from "../../vm/compiler/tokenizer.ts";
import { T } from "../../vm/compiler/tokens.ts";

interface EncodingCase {
  name: string;
  bytes: string;
  compileError: { class: string; msg: string } | null;
  fileError: { class: string; msg: string } | null;
  text: string | null;
}

interface NullByteCase {
  name: string;
  bytes: string;
  fileError: {
    class: string;
    msg: string;
    lineno: number;
    offset: number;
    text: string;
    endLineno: number;
    endOffset: number;
  };
}

interface TokenizingCase {
  name: string;
  bytes: string;
  compileError: NullByteCase["fileError"] | null;
}

const EXPECTED: {
  decoding: EncodingCase[];
  nullBytes: NullByteCase[];
  tokenizing: TokenizingCase[];
  files: FileCase[];
} = JSON.parse(
  Deno.readTextFileSync(new URL("./encoding_expected.json", import.meta.url)),
);
const CASES = EXPECTED.decoding;

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/**
 * compile() of bytes that are not UTF-8 fails lazily in CPython, only when a
 * token containing them is decoded: decodeSource keeps such bytes as escapes
 * and these cases (undecodable bytes in string literals) fail in the string
 * parser, not here. Names are covered by the "tokenizing" cases below.
 */
const LAZY_UTF8_ERRORS = new Set([
  "invalid utf-8 line 1",
  "invalid utf-8 line 3",
  "overlong utf-8",
  "surrogate in utf-8",
  "cr line numbers",
]);

const FILENAME = "/tmp/case.py";

function outcome(bytes: Uint8Array, origin: SourceOrigin) {
  try {
    return { text: decodeSource(bytes, FILENAME, origin), error: null };
  } catch (error) {
    if (!(error instanceof PySyntaxError)) throw error;
    return { text: null, error: { class: error.pyClass, msg: error.msg } };
  }
}

for (const testCase of CASES) {
  const bytes = fromBase64(testCase.bytes);
  Deno.test(`decodeSource (file): ${testCase.name}`, () => {
    const expectedError = testCase.fileError === null
      ? null
      : { ...testCase.fileError, msg: testCase.fileError.msg.replace("{filename}", FILENAME) };
    const result = outcome(bytes, "file");
    assertEquals(result.error, expectedError);
    if (expectedError === null) assertEquals(result.text, testCase.text);
  });
  Deno.test({
    name: `decodeSource (compile): ${testCase.name}`,
    ignore: LAZY_UTF8_ERRORS.has(testCase.name),
    fn() {
      const result = outcome(bytes, "compile");
      assertEquals(result.error, testCase.compileError);
      if (testCase.compileError === null) assertEquals(result.text, testCase.text);
    },
  });
}

Deno.test("decodeSource: errors carry no location, as in CPython", () => {
  const error = assertThrows(
    () => decodeSource(new TextEncoder().encode("# coding: foo\n"), "f.py", "compile"),
    PySyntaxError,
  ) as PySyntaxError;
  assertEquals([error.lineno, error.offset, error.text], [0, -1, null]);
});

// A script with a NUL byte: CPython 3.11.2 loses the rest of that line, newline
// included, so the next line joins it.
Deno.test("decodeSource (file): a NUL drops the rest of its line", () => {
  // python3.11 (3.11.2) runs this script and prints 1 and 2.
  const bytes = new TextEncoder().encode("print(1)\n\0\nprint(2)\n");
  assertEquals(decodeSource(bytes, FILENAME), "print(1)\nprint(2)\n");
});

for (const testCase of EXPECTED.nullBytes) {
  Deno.test(`tokenizer (file): ${testCase.name}`, () => {
    const tokenizer = new Tokenizer(decodeSource(fromBase64(testCase.bytes), FILENAME), FILENAME);
    const error = assertThrows(() => {
      while (tokenizer.next().type !== T.ENDMARKER);
    }, PySyntaxError) as PySyntaxError;
    assertEquals(describe(error), testCase.fileError);
  });
}

function describe(error: PySyntaxError) {
  return {
    class: error.pyClass,
    msg: error.msg,
    lineno: error.lineno,
    offset: error.offset,
    text: error.text ?? "",
    endLineno: error.endLineno,
    endOffset: error.endOffset,
  };
}

// compile(bytes): decodeSource then the tokenizer, with CPython's byte offsets
// for sources that declare no encoding.
for (const testCase of EXPECTED.tokenizing) {
  Deno.test(`tokenizer (compile bytes): ${testCase.name}`, () => {
    const bytes = fromBase64(testCase.bytes);
    const source = decodeSource(bytes, FILENAME, "compile");
    const tokenizer = new Tokenizer(source, FILENAME, { byteOffsets: !declaresEncoding(bytes) });
    let error: PySyntaxError | null = null;
    try {
      while (tokenizer.next().type !== T.ENDMARKER);
    } catch (thrown) {
      if (!(thrown instanceof PySyntaxError)) throw thrown;
      error = thrown;
    }
    assertEquals(error === null ? null : describe(error), testCase.compileError);
  });
}

interface FileCase {
  kind: "script" | "module";
  name: string;
  bytes: string;
  consumed: number | null;
  error: NullByteCase["fileError"];
}

// Sources that are files: errors quote the file's lines; scripts end differently.
for (const testCase of EXPECTED.files) {
  Deno.test(`tokenizer (${testCase.kind} file): ${testCase.name}`, () => {
    const bytes = fromBase64(testCase.bytes);
    const origin = testCase.kind === "script" ? "file" : "compile";
    const tokenizer = new Tokenizer(decodeSource(bytes, FILENAME, origin), FILENAME, {
      sourceFile: testCase.kind,
      byteOffsets: !declaresEncoding(bytes),
    });
    if (testCase.consumed !== null) {
      for (let i = 0; i < testCase.consumed; i++) tokenizer.next();
      assertEquals(
        [
          tokenizer.cursorLineno,
          tokenizer.cursorCol,
          tokenizer.errorLineText(tokenizer.cursorLineno),
        ],
        [testCase.error.lineno, testCase.error.offset, testCase.error.text],
      );
      return;
    }
    const error = assertThrows(() => {
      while (tokenizer.next().type !== T.ENDMARKER);
    }, PySyntaxError) as PySyntaxError;
    assertEquals(describe(error), testCase.error);
  });
}
