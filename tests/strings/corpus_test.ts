/**
 * Every string atom of real code against CPython 3.11: the atoms of a set of
 * stdlib files (all ~1,600 .py files of /usr/lib/python3.11 when
 * TAIPAN_STRINGS_CORPUS=all) are rebuilt by strings.ts and dumped. The
 * expressions inside replacement fields are replaced by a marker on both sides
 * (see corpus_atoms.py), so this checks values, conversions, format specs and
 * positions of the string machinery without the expression parser. Where a
 * field's expression starts at its first token, the location strings.ts hands
 * to the sub-parser is checked against the position CPython gave that node.
 */
import { assertEquals } from "../assert.ts";
import { dump } from "../../vm/compiler/ast_dump.ts";
import { type Expr, type Node } from "../../vm/compiler/ast.ts";
import { Ellipsis } from "../../vm/compiler/ast.ts";
import { parseStringTokens } from "../../vm/compiler/parser/strings.ts";
import { FakeHost, makeToken } from "./fake_host.ts";

const PYTHON = "/usr/bin/python3.11";
const SCRIPT = new URL("./corpus_atoms.py", import.meta.url).pathname;
const LIB = "/usr/lib/python3.11";
const DEFAULT_FILES = [
  "test/test_fstring.py",
  "test/test_string_literals.py",
  "test/test_unicode.py",
  "test/test_ucn.py",
  "test/test_bytes.py",
  "test/test_codecs.py",
  "test/test_re.py",
  "test/test_grammar.py",
  "test/test_tokenize.py",
  "test/test_format.py",
  "test/test_unicode_identifiers.py",
  "test/test_ast.py",
  "string.py",
  "textwrap.py",
  "argparse.py",
  "logging/__init__.py",
  "dataclasses.py",
  "email/_header_value_parser.py",
  "idlelib/idle_test/test_calltip.py",
].map((name) => `${LIB}/${name}`);

/**
 * Known gap: a str constant holding a high surrogate followed by a low one (from
 * escapes such as "\\ud800\\udc02") is one astral character in a JS string, so
 * its repr differs from CPython's until constants can carry wide strings.
 */
const SURROGATE_PAIR_REPR = /\\ud[89ab][0-9a-f]{2}\\ud[c-f][0-9a-f]{2}/;

/**
 * A host whose every replacement-field expression is the marker
 * `Constant(value=Ellipsis)`, and which predicts where the real sub-parser would
 * put the field's first token from the location strings.ts computed.
 */
class MarkerHost extends FakeHost {
  readonly predicted: [number, number, string][] = [];

  override parseFStringExpression(
    source: string,
    startingLineno: number,
    startingColOffset: number,
  ): Expr {
    const first = source.slice(1).search(/[^ \t\f\n]/) + 1;
    const lineIndex = source.slice(0, first).split("\n").length - 1;
    const lineStart = source.lastIndexOf("\n", first) + 1;
    const col = new TextEncoder().encode(source.slice(lineStart, first)).length +
      (lineIndex === 0 ? startingColOffset : 0);
    this.predicted.push([startingLineno + lineIndex, col, source]);
    const marker = { _type: "Constant", value: Ellipsis, kind: null } as unknown as Node<
      "Constant"
    >;
    return marker;
  }
}

/**
 * Whether CPython's expression node starts at the field's first token: not when
 * a parenthesis comes first (the node may start inside it), nor for a bare tuple
 * (it spans the wrapping parentheses), nor for a first string token that may span
 * lines (such a token is not shifted).
 */
function startsAtFirstToken(kind: string, source: string): boolean {
  const first = source.slice(1).trimStart()[0];
  if (first === "(" || kind === "Tuple") return false;
  return !(source.includes("\n") && (first === "'" || first === '"'));
}

function allPythonFiles(dir: string, out: string[] = []): string[] {
  for (const entry of Deno.readDirSync(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory && !entry.isSymlink) allPythonFiles(path, out);
    else if (entry.isFile && entry.name.endsWith(".py")) out.push(path);
  }
  return out;
}

async function cpythonAtoms(files: string[]) {
  const child = new Deno.Command(PYTHON, {
    args: [SCRIPT],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(files.join("\n") + "\n"));
  await writer.close();
  const output = await child.output();
  if (!output.success) throw new Error(new TextDecoder().decode(output.stderr));
  return new TextDecoder().decode(output.stdout).split("\n").filter((line) => line !== "").map(
    (line) =>
      JSON.parse(line) as {
        file: string;
        atoms?: [
          [string, number, number, number, number][],
          string | null,
          [string, number, number][],
        ][];
        skip?: string;
      },
  );
}

Deno.test("string atoms of stdlib files match CPython 3.11", async () => {
  const files = Deno.env.get("TAIPAN_STRINGS_CORPUS") === "all"
    ? allPythonFiles(LIB).sort()
    : DEFAULT_FILES;
  const failures: string[] = [];
  let atomCount = 0;
  let fieldCount = 0;
  let checkedFields = 0;
  for (const result of await cpythonAtoms(files)) {
    for (const [tokens, expected, fields] of result.atoms ?? []) {
      if (expected !== null && SURROGATE_PAIR_REPR.test(expected)) continue;
      atomCount++;
      const where = `${result.file}:${tokens[0][1]}`;
      const host = new MarkerHost();
      let actual: string;
      try {
        actual = dump(parseStringTokens(host, tokens.map(makeToken)), { includeAttributes: true });
      } catch (exc) {
        actual = `raised ${exc}`;
      }
      if (actual !== expected) {
        failures.push(`${where}\n  actual:   ${actual}\n  expected: ${expected}`);
      }
      fields.forEach(([kind, lineno, col], i) => {
        const [predictedLineno, predictedCol, source] = host.predicted[i] ?? [0, 0, ""];
        fieldCount++;
        if (!startsAtFirstToken(kind, source)) return;
        checkedFields++;
        if (predictedLineno !== lineno || predictedCol !== col) {
          failures.push(
            `${where} field ${JSON.stringify(source)} (${kind}): ` +
              `predicted ${predictedLineno}:${predictedCol}, CPython ${lineno}:${col}`,
          );
        }
      });
    }
  }
  assertEquals(failures.slice(0, 20).join("\n"), "");
  if (atomCount < 1000) throw new Error(`only ${atomCount} atoms compared`);
  if (checkedFields < fieldCount * 0.9) {
    throw new Error(`only ${checkedFields} of ${fieldCount} field locations checked`);
  }
});
