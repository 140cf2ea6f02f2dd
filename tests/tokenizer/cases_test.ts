/**
 * Differential tests: each case of cases.py against what CPython 3.11 produced
 * (cases_expected.json, written by cpython_tokens.py). Compared: the token
 * stream of the C tokenizer, the error it raises, or for errors the parser
 * formats from a tokenizer status code, the SyntaxError ast.parse reports; the
 * warnings emitted; and with typeComments, the type comments the AST records.
 */
import { assert, assertEquals, assertThrows } from "../assert.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { Tokenizer } from "../../vm/compiler/tokenizer.ts";
import { T } from "../../vm/compiler/tokens.ts";

interface ExpectedError {
  class: string;
  msg: string;
  lineno: number;
  offset: number;
  text: string;
  endLineno: number;
  endOffset: number;
}

interface Case {
  name: string;
  source: string;
  typeComments: boolean;
  warningsAsErrors: boolean;
  tokens: [number, string, number, number, number, number][];
  tokenizerError: ExpectedError | null;
  compileError: ExpectedError | null;
  warnings: [string, string, number][];
  typeCommentSummary?: { comments: [number, string][]; ignores: [number, string][] };
}

interface ParserStateCase {
  source: string;
  consumed?: number;
  errorLine?: number;
  compileError: ExpectedError | null;
}

const EXPECTED: {
  cases: Case[];
  laterErrors: ParserStateCase[];
  cursor: ParserStateCase[];
  eval: ParserStateCase[];
} = JSON.parse(Deno.readTextFileSync(new URL("./cases_expected.json", import.meta.url)));
const CASES = EXPECTED.cases;

function describe(error: PySyntaxError): ExpectedError {
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

function run(testCase: Case) {
  const warnings: [string, string, number][] = [];
  const tokenizer = new Tokenizer(testCase.source, "<case>", {
    typeComments: testCase.typeComments,
    warn: (category, message, lineno) => {
      warnings.push([category, message, lineno]);
      return testCase.warningsAsErrors;
    },
  });
  const tokens: [number, string, number, number, number, number][] = [];
  let error: PySyntaxError | null = null;
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
  } catch (thrown) {
    if (!(thrown instanceof PySyntaxError)) throw thrown;
    error = thrown;
  }
  return { tokens, error, warnings };
}

for (const testCase of CASES) {
  Deno.test(`tokenizer: ${testCase.name}`, () => {
    const { tokens, error, warnings } = run(testCase);
    const actualError = error === null ? null : describe(error);

    if (testCase.typeComments) {
      assertEquals(actualError, testCase.compileError);
      const summary = testCase.typeCommentSummary!;
      const comments = tokens.filter((token) => token[0] === T.TYPE_COMMENT).map((token) =>
        token[1]
      );
      assertEquals(comments.sort(), summary.comments.map(([, text]) => text).sort());
      const ignores = tokens.filter((token) => token[0] === T.TYPE_IGNORE);
      assertEquals(ignores.map((token) => [token[2], token[1]]), summary.ignores);
      return;
    }

    if (testCase.tokenizerError !== null) {
      assertEquals(actualError, testCase.tokenizerError);
      assertEquals(tokens, testCase.tokens);
    } else if (testCase.warningsAsErrors) {
      assertEquals(actualError, testCase.compileError);
      assertEquals(tokens, testCase.tokens.slice(0, tokens.length));
    } else {
      // CPython's TokenizerIter stops silently where its parser formats the error.
      if (actualError !== null) assertEquals(actualError, testCase.compileError);
      assertEquals(tokens, testCase.tokens);
    }
    if (actualError === null && testCase.compileError === null) {
      assertEquals(warnings, testCase.warnings);
    }
  });
}

Deno.test("tokenizer: the case list covers errors and successes", () => {
  assert(CASES.length > 100);
  assert(CASES.some((testCase) => testCase.tokenizerError !== null));
  assert(
    CASES.some((testCase) => testCase.tokenizerError === null && testCase.compileError !== null),
  );
});

function consume(tokenizer: Tokenizer, count: number): void {
  for (let i = 0; i < count; i++) tokenizer.next();
}

for (const testCase of EXPECTED.laterErrors) {
  Deno.test(`tokenizer: findLaterError ${JSON.stringify(testCase.source)}`, () => {
    const tokenizer = new Tokenizer(testCase.source, "<case>", { warn: () => false });
    consume(tokenizer, testCase.consumed!);
    const later = tokenizer.findLaterError(testCase.errorLine!);
    // "invalid syntax" is the parser's own error, which stands when nothing replaces it.
    const expected = testCase.compileError!.msg === "invalid syntax" ? null : testCase.compileError;
    assertEquals(later === null ? null : describe(later), expected);
  });
}

for (const testCase of EXPECTED.cursor) {
  Deno.test(`tokenizer: cursorCol ${JSON.stringify(testCase.source)}`, () => {
    const tokenizer = new Tokenizer(testCase.source, "<case>");
    consume(tokenizer, testCase.consumed!);
    assertEquals(
      [tokenizer.cursorLineno, tokenizer.cursorCol],
      [testCase.compileError!.lineno, testCase.compileError!.offset],
    );
  });
}

for (const testCase of EXPECTED.eval) {
  Deno.test(`tokenizer: eval input ${JSON.stringify(testCase.source)}`, () => {
    const tokenizer = new Tokenizer(testCase.source, "<case>", { implicitNewline: false });
    const error = assertThrows(() => {
      while (tokenizer.next().type !== T.ENDMARKER);
    }, PySyntaxError) as PySyntaxError;
    assertEquals(describe(error), testCase.compileError);
  });
}

Deno.test("tokenizer: startingLineno shifts every line number", () => {
  const source = "x = (1,\n  2)\ny = '''a\nb'''\n";
  const plain = run({ ...CASES[0], source, typeComments: false }).tokens;
  const tokenizer = new Tokenizer(source, "<case>", { startingLineno: 10 });
  const shifted = [];
  for (let token = tokenizer.next(); token.type !== T.ENDMARKER; token = tokenizer.next()) {
    shifted.push([
      token.type,
      token.string,
      token.lineno - 9,
      token.col,
      token.endLineno - 9,
      token.endCol,
    ]);
  }
  assertEquals(shifted, plain);
  assertEquals(tokenizer.lineText(11), "  2)");
  assertEquals(tokenizer.lineText(9), "");
});

Deno.test("tokenizer: errors are sticky and lineText serves error messages", () => {
  const tokenizer = new Tokenizer("x = 1\ny = \x01\nz = 'abc\n", "<case>");
  consume(tokenizer, 6);
  const first = assertThrows(() => tokenizer.next(), PySyntaxError);
  assertEquals(assertThrows(() => tokenizer.next(), PySyntaxError), first);
  assertEquals(tokenizer.lineText(2), "y = \x01");
  assertEquals(tokenizer.lineText(4), "");
});

Deno.test("tokenizer: openBrackets lists unclosed brackets with byte columns", () => {
  const tokenizer = new Tokenizer("é = [1, (\n{", "<case>");
  consume(tokenizer, 7);
  assertEquals(tokenizer.openBrackets, [
    { char: "[", lineno: 1, col: 5 },
    { char: "(", lineno: 1, col: 9 },
    { char: "{", lineno: 2, col: 0 },
  ]);
});
