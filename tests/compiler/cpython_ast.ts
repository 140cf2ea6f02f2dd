/**
 * Loads ASTs produced by CPython itself (tools/py_ast_json.py) into our node
 * objects, so the compiler can be tested on trees whose correctness does not
 * depend on our own parser.
 */
import {
  type ConstantValue,
  Ellipsis,
  type Mod,
  type NodeKind,
  NODES,
  PyBytes,
  PyComplex,
  PyFloat,
  singleton,
} from "../../vm/compiler/ast.ts";

const PYTHON = "/usr/bin/python3.11";
const DUMPER = new URL("../../tools/py_ast_json.py", import.meta.url).pathname;

export type ParseMode = "exec" | "eval" | "single";

export interface DumpRecord {
  file: string;
  ast?: Mod;
  error?: [string, string, number | null, number | null];
}

function parseFloatRepr(text: string): number {
  if (text === "inf") return Infinity;
  if (text === "-inf") return -Infinity;
  if (text === "nan" || text === "-nan") return NaN;
  return Number(text);
}

function decodeConstant(value: unknown): ConstantValue {
  if (value === null || typeof value !== "object") return value as ConstantValue;
  const tagged = value as Record<string, unknown>;
  if ("$float" in tagged) return new PyFloat(parseFloatRepr(tagged.$float as string));
  if ("$int" in tagged) return BigInt(tagged.$int as string);
  if ("$complex" in tagged) {
    const [real, imag] = tagged.$complex as [string, string];
    return new PyComplex(parseFloatRepr(real), parseFloatRepr(imag));
  }
  if ("$bytes" in tagged) {
    const hex = tagged.$bytes as string;
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    return new PyBytes(bytes);
  }
  if ("$ellipsis" in tagged) return Ellipsis;
  if ("$tuple" in tagged) return (tagged.$tuple as unknown[]).map(decodeConstant);
  throw new Error(`unknown constant encoding ${JSON.stringify(value)}`);
}

function decodeNode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeNode);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const kind = record._type as NodeKind;
  const spec = NODES[kind];
  if (spec === undefined) throw new Error(`unknown node kind ${kind}`);
  const fields = spec.fields as Record<string, string>;
  if (Object.keys(fields).length === 0 && !("lineno" in record)) {
    return singleton(kind as Parameters<typeof singleton>[0]);
  }
  const out: Record<string, unknown> = { _type: kind };
  for (const [key, raw] of Object.entries(record)) {
    if (key === "_type") continue;
    out[key] = fields[key] === "constant" ? decodeConstant(raw) : decodeNode(raw);
  }
  return out;
}

export function decodeRecord(line: string): DumpRecord {
  const record = JSON.parse(line) as { file: string; ast?: unknown; error?: DumpRecord["error"] };
  return {
    file: record.file,
    ast: record.ast === undefined ? undefined : decodeNode(record.ast) as Mod,
    error: record.error,
  };
}

async function runDumper(args: string[]): Promise<DumpRecord[]> {
  const output = await new Deno.Command(PYTHON, { args: [DUMPER, ...args] }).output();
  if (!output.success) throw new Error(new TextDecoder().decode(output.stderr));
  const text = new TextDecoder().decode(output.stdout);
  return text.split("\n").filter((line) => line !== "").map(decodeRecord);
}

/** CPython's AST of one source string. */
export async function cpythonParse(source: string, mode: ParseMode = "exec"): Promise<Mod> {
  const [record] = await runDumper(["--mode", mode, "-c", source]);
  if (record.ast === undefined) throw new Error(`CPython rejects source: ${record.error}`);
  return record.ast;
}

/** CPython's ASTs of several files (one Python process for all of them). */
export function cpythonParseFiles(paths: string[]): Promise<DumpRecord[]> {
  return runDumper(paths);
}

/** Decodes one node of tools/py_ast_json.py's output (already JSON-parsed). */
export function decodeAstNode<T>(value: unknown): T {
  return decodeNode(value) as T;
}
