/**
 * Compiles real Python files (CPython's own ASTs of them) and compares with
 * what CPython says about the same files: compile errors, code object
 * attributes, symbol tables; plus our structural checks (verify.ts).
 */
import { compileModule } from "../../vm/compiler/compile.ts";
import { PySyntaxError } from "../../vm/compiler/errors.ts";
import { scanFutureImports } from "../../vm/compiler/future.ts";
import { buildSymbolTable } from "../../vm/compiler/symtable.ts";
import { cpythonParseFiles } from "./cpython_ast.ts";
import { cpythonFacts } from "./oracle.ts";
import { type CodeDump, dumpCode } from "./code_dump.ts";
import { dumpTable, type TableDump } from "./symtable_dump.ts";
import { verifyCode } from "./verify.ts";

type ErrorFact = { error: [string, string, number, number] } | null;

export function pythonFilesUnder(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of Deno.readDirSync(dir)) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory) walk(path);
      else if (entry.isFile && entry.name.endsWith(".py")) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

function firstDifference(actual: unknown, expected: unknown, path = ""): string | null {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return null;
  if (typeof actual === "object" && actual !== null && typeof expected === "object" && expected) {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of keys) {
      const difference = firstDifference(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (difference !== null) return difference;
    }
  }
  return `${path}: ours ${JSON.stringify(actual)?.slice(0, 300)} vs CPython ${
    JSON.stringify(expected)?.slice(0, 300)
  }`;
}

export interface CorpusReport {
  files: number;
  compiled: number;
  expectedErrors: number;
  problems: string[];
}

export async function checkCorpus(files: string[], batchSize = 50): Promise<CorpusReport> {
  const report: CorpusReport = {
    files: files.length,
    compiled: 0,
    expectedErrors: 0,
    problems: [],
  };
  for (let start = 0; start < files.length; start += batchSize) {
    const batch = files.slice(start, start + batchSize);
    const [records, errors, codes, tables] = await Promise.all([
      cpythonParseFiles(batch),
      cpythonFacts<ErrorFact>(batch.map((file) => ({ what: "error", file }))),
      cpythonFacts<CodeDump | ErrorFact>(batch.map((file) => ({ what: "code", file }))),
      cpythonFacts<TableDump | ErrorFact>(batch.map((file) => ({ what: "symtable", file }))),
    ]);
    records.forEach((record, i) => {
      const file = record.file;
      if (record.ast === undefined) return; // CPython cannot parse it either
      const expectedError = errors[i];
      let code;
      try {
        code = compileModule(record.ast, file, "exec", { optimize: 0 });
      } catch (error) {
        if (!(error instanceof PySyntaxError)) {
          report.problems.push(`${file}: crashed: ${error}`);
          return;
        }
        const actual = [error.pyClass, error.msg, error.lineno, error.offset];
        if (expectedError === null) {
          report.problems.push(`${file}: we reject ${JSON.stringify(actual)}, CPython compiles`);
        } else if (JSON.stringify(actual) !== JSON.stringify(expectedError.error)) {
          report.problems.push(
            `${file}: error ${JSON.stringify(actual)} vs ${JSON.stringify(expectedError.error)}`,
          );
        } else {
          report.expectedErrors++;
        }
        return;
      }
      if (expectedError !== null) {
        report.problems.push(`${file}: we compile, CPython: ${JSON.stringify(expectedError)}`);
        return;
      }
      report.compiled++;
      report.problems.push(...verifyCode(code));
      const codeDifference = firstDifference(dumpCode(code), codes[i]);
      if (codeDifference !== null) report.problems.push(`${file}: code ${codeDifference}`);
      // The symtable module analyses the unoptimized tree (no __debug__ folding).
      const table = dumpTable(
        buildSymbolTable(record.ast, file, scanFutureImports(record.ast, file).flags).top,
      );
      const tableDifference = firstDifference(table, tables[i]);
      if (tableDifference !== null) report.problems.push(`${file}: symtable ${tableDifference}`);
    });
  }
  return report;
}
