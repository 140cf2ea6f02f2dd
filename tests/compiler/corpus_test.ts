/**
 * The whole CPython 3.11 standard library and test suite, compiled twice:
 * from CPython's own ASTs (isolating the compiler) and through our parser
 * (the real pipeline). Each file must agree with CPython: same compile error
 * or none, the same code-object tree attributes and symbol tables, line
 * numbers and source positions (what tracebacks print), and bytecode that
 * passes the structural checks of verify.ts.
 */
import { assertEquals } from "../assert.ts";
import { parse } from "../../vm/compiler/parse.ts";
import { compileModule } from "../../vm/compiler/compile.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { CodeObject } from "../../vm/compiler/code.ts";
import { opName } from "../../vm/compiler/opcodes.ts";
import { checkCorpus, pythonFilesUnder } from "./corpus.ts";
import { cpythonFacts } from "./oracle.ts";
import { type CodeDump, dumpCode } from "./code_dump.ts";
import { verifyCode } from "./verify.ts";

const ROOT = "/usr/lib/python3.11";

interface LineDump {
  name: string;
  lines: number[];
  children: LineDump[];
}

interface PositionDump {
  name: string;
  ops: [string, (number | null)[]][];
  children: PositionDump[];
}

/** Our ops that correspond one to one to CPython ops tracebacks point at. */
const TRACED: Record<string, string> = {
  LOAD_ATTR: "LOAD_ATTR",
  LOAD_METHOD: "LOAD_ATTR",
  STORE_ATTR: "STORE_ATTR",
  BINARY_OP: "BINARY_OP",
  COMPARE_OP: "COMPARE_OP",
  BINARY_SUBSCR: "BINARY_SUBSCR",
  STORE_SUBSCR: "STORE_SUBSCR",
  CALL: "CALL",
  CALL_KW: "CALL",
  RAISE_VARARGS: "RAISE_VARARGS",
};

/**
 * The source positions (line, end line, columns) of the instructions a
 * traceback can point at must be CPython's, compared wherever both compilers
 * produce the same sequence of such instructions for a code object.
 */
function positionsDifferingFromCPython(
  code: CodeObject,
  expected: PositionDump,
  file: string,
  tally: { compared: number; skipped: number },
): string[] {
  const ours: [string, (number | null)[]][] = [];
  for (let i = 0; i < code.instructionCount; i++) {
    const name = TRACED[opName(code.code[2 * i])];
    if (name === undefined) continue;
    const row = Array.from(code.positions.subarray(4 * i, 4 * i + 4));
    ours.push([name, row.map((value) => (value < 0 ? null : value))]);
  }
  const theirs = expected.ops.map(([name, row]) =>
    [TRACED[name] ?? name, row] as [string, (number | null)[]]
  );
  const problems: string[] = [];
  const names = (ops: [string, unknown][]) => JSON.stringify(ops.map(([name]) => name));
  if (names(ours) !== names(theirs)) {
    tally.skipped++;
  } else {
    tally.compared++;
    ours.forEach((op, i) => {
      if (JSON.stringify(op) !== JSON.stringify(theirs[i])) {
        problems.push(`${file}: ${code.co_qualname} ${op[0]} at ${op[1]}, CPython ${theirs[i][1]}`);
      }
    });
  }
  const children = code.co_consts.filter((c) => c instanceof CodeObject) as CodeObject[];
  children.forEach((child, i) => {
    if (expected.children[i] !== undefined) {
      problems.push(...positionsDifferingFromCPython(child, expected.children[i], file, tally));
    }
  });
  return problems;
}

/**
 * The set of line numbers co_lines() reports for each code object must be
 * CPython's (what line events and coverage tools see). One known exception:
 * CPython keeps the line of a `pass` in dead code after a `return` inside a
 * `finally` body of test_sys_settrace.py; we drop all dead code.
 */
const KNOWN_LINE_DIFFERENCES = new Set([
  "JumpTestCase.test_no_jump_over_return_try_finally_in_finally_block",
]);

function linesDifferingFromCPython(code: CodeObject, expected: LineDump, file: string): string[] {
  const ours = [
    ...new Set(code.lineRanges().map(([, , line]) => line).filter((line) => line !== null)),
  ].sort((a, b) => a! - b!);
  const problems = JSON.stringify(ours) !== JSON.stringify(expected.lines) &&
      !KNOWN_LINE_DIFFERENCES.has(code.co_qualname)
    ? [`${file}: ${code.co_qualname} lines ${ours}, CPython ${expected.lines}`]
    : [];
  const children = code.co_consts.filter((c) => c instanceof CodeObject) as CodeObject[];
  children.forEach((child, i) => {
    if (expected.children[i] !== undefined) {
      problems.push(...linesDifferingFromCPython(child, expected.children[i], file));
    }
  });
  return problems;
}

/**
 * Files our front end (not the compiler) still gets wrong, reported to its
 * owners: the source decoder accepts invalid UTF-8 in badsyntax_pep3120.py.
 */
const KNOWN_FRONT_END_GAPS = new Set([`${ROOT}/test/badsyntax_pep3120.py`]);

Deno.test("stdlib corpus from CPython's ASTs matches CPython", async () => {
  const report = await checkCorpus(pythonFilesUnder(ROOT));
  assertEquals(report.problems, []);
  assertEquals(report.compiled > 1500, true, `only ${report.compiled} files compiled`);
});

Deno.test("stdlib corpus through our parser: code objects, lines and positions agree with CPython", async () => {
  const files = pythonFilesUnder(ROOT).filter((file) => !KNOWN_FRONT_END_GAPS.has(file));
  const problems: string[] = [];
  const tally = { compared: 0, skipped: 0 };
  let compiled = 0;
  for (let start = 0; start < files.length; start += 100) {
    const batch = files.slice(start, start + 100);
    const [facts, lineFacts, positionFacts] = await Promise.all([
      cpythonFacts<CodeDump | { error: unknown }>(batch.map((file) => ({ what: "code", file }))),
      cpythonFacts<LineDump>(batch.map((file) => ({ what: "lines", file }))),
      cpythonFacts<PositionDump>(batch.map((file) => ({ what: "positions", file }))),
    ]);
    batch.forEach((file, i) => {
      const expected = facts[i];
      let code;
      try {
        code = compileModule(parse(Deno.readFileSync(file), file, "exec"), file, "exec", {
          optimize: 0,
        });
      } catch (error) {
        if (!(error instanceof PySyntaxError)) problems.push(`${file}: crashed: ${error}`);
        else if (!("error" in expected)) problems.push(`${file}: rejected: ${error.message}`);
        return;
      }
      if ("error" in expected) {
        problems.push(`${file}: compiled, CPython: ${JSON.stringify(expected.error)}`);
        return;
      }
      compiled++;
      problems.push(...verifyCode(code));
      if (JSON.stringify(dumpCode(code)) !== JSON.stringify(expected)) {
        problems.push(`${file}: code objects differ from CPython's`);
      }
      problems.push(...linesDifferingFromCPython(code, lineFacts[i], file));
      problems.push(...positionsDifferingFromCPython(code, positionFacts[i], file, tally));
    });
  }
  assertEquals(problems, []);
  assertEquals(compiled > 1500, true, `only ${compiled} files compiled`);
  // While loops test their condition once here and twice in CPython, so not
  // every code object has the same sequence of traced ops; most do.
  assertEquals(
    tally.compared > 0.9 * (tally.compared + tally.skipped),
    true,
    JSON.stringify(tally),
  );
});
