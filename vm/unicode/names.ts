/**
 * Unicode character names (Unicode 14.0.0, the database of Python 3.11), as
 * CPython's `unicodedata` `_getcode` resolves them for the `\N{...}` escape.
 *
 * A name resolves when it is, in this order:
 * 1. `HANGUL SYLLABLE ` followed by jamo short names (case-sensitive): the
 *    syllable is computed, not stored. Each of the leading consonant, vowel and
 *    trailing consonant is matched greedily by the longest short name, exactly as
 *    CPython's `find_syllable` does; the leading and trailing consonants may be
 *    empty, the vowel may not.
 * 2. `CJK UNIFIED IDEOGRAPH-` followed by 4 or 5 upper-case hex digits naming a
 *    code point inside one of the unified-ideograph blocks (case-sensitive).
 * 3. A character name or a formal alias (NameAliases.txt: corrections, control
 *    names, alternates, figments and abbreviations), compared ignoring ASCII case.
 * Named sequences are not code points, so they are not accepted here (only
 * `unicodedata.lookup` takes them).
 *
 * The data comes from the npm package `@unicode/unicode-14.0.0` (see
 * `readPackageData`). Building the index costs tens of milliseconds, so it is
 * built on the first lookup only: a program that never writes `\N{...}` never
 * pays for it.
 */
import { nodeBuiltin, requireFrom } from "../runtime/node_builtins.ts";

const HANGUL_PREFIX = "HANGUL SYLLABLE ";
const CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
const HANGUL_BASE = 0xac00;

/** Jamo short names (Unicode Jamo.txt), by position in the syllable. */
const LEADING_JAMO = [
  "G",
  "GG",
  "N",
  "D",
  "DD",
  "R",
  "M",
  "B",
  "BB",
  "S",
  "SS",
  "",
  "J",
  "JJ",
  "C",
  "K",
  "T",
  "P",
  "H",
]; // deno-fmt-ignore
const VOWEL_JAMO = [
  "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
  "WI", "YU", "EU", "YI", "I",
]; // deno-fmt-ignore
const TRAILING_JAMO = [
  "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
  "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
]; // deno-fmt-ignore

/** Sub-modules of the package's Names folder that hold formal aliases. */
const ALIAS_KINDS = ["Correction", "Control", "Alternate", "Figment", "Abbreviation"] as const;

/** Range labels the package uses for unified ideographs (every other label is skipped). */
const CJK_LABEL_PREFIX = "CJK Ideograph";

/** A real character name: upper-case letters, digits, space and hyphen. */
const REAL_NAME = /^[A-Z0-9 -]+$/;

interface NameTables {
  byName: Map<string, number>;
  /** Inclusive [first, last] pairs, sorted. */
  unifiedIdeographs: number[];
}

let tables: NameTables | undefined;

const PACKAGE = "@unicode/unicode-14.0.0/Names";

/**
 * The JSON data inside one module of the package. Each module is
 * `JSON.parse(gunzipSync(Buffer.from('<base64>', 'base64')))`, optionally run
 * through the package's range expander; the data is read without evaluating the
 * module, because the expander turns the names into a Map of all 284,278
 * assigned code points (ranges included), which costs far more than the 35,000
 * names needed here.
 */
function readPackageData(require: NodeJS.Require, module: string): unknown {
  const source = Deno.readTextFileSync(require.resolve(`${PACKAGE}/${module}`));
  const payload = /Buffer\.from\('([A-Za-z0-9+/=]*)', 'base64'\)/.exec(source);
  if (payload === null) throw new Error(`unexpected layout of ${PACKAGE}/${module}`);
  const { Buffer } = nodeBuiltin<typeof import("node:buffer")>("node:buffer");
  const { gunzipSync } = nodeBuiltin<typeof import("node:zlib")>("node:zlib");
  return JSON.parse(gunzipSync(Buffer.from(payload[1], "base64")).toString("utf8"));
}

function loadTables(): NameTables {
  const require = requireFrom(import.meta.url);
  // Runs of [code points skipped, run length, name]: a name shared by a run is a
  // range label such as "CJK Ideograph Extension A" or "<control>".
  const runs = readPackageData(require, "index.mjs") as (number | string)[];
  const byName = new Map<string, number>();
  const unifiedIdeographs: number[] = [];
  let codePoint = 0;
  for (let i = 0; i + 2 < runs.length; i += 3) {
    codePoint += runs[i] as number;
    const length = runs[i + 1] as number;
    const name = runs[i + 2] as string;
    if (REAL_NAME.test(name)) {
      byName.set(name, codePoint);
    } else if (name.startsWith(CJK_LABEL_PREFIX)) {
      unifiedIdeographs.push(codePoint, codePoint + length - 1);
    }
    codePoint += length;
  }
  for (const kind of ALIAS_KINDS) {
    const aliases = readPackageData(require, `${kind}/index.mjs`) as Record<string, string[]>;
    for (const [codePoint, list] of Object.entries(aliases)) {
      for (const alias of list) byName.set(alias, Number(codePoint));
    }
  }
  return { byName, unifiedIdeographs };
}

/**
 * The code point that `\N{name}` denotes in Python 3.11, or undefined when the
 * name is unknown.
 */
export function lookupCharacterName(name: string): number | undefined {
  tables ??= loadTables();
  if (name.startsWith(HANGUL_PREFIX)) return hangulSyllable(name, HANGUL_PREFIX.length);
  if (name.startsWith(CJK_PREFIX)) return unifiedIdeograph(name, tables.unifiedIdeographs);
  return tables.byName.get(upperAscii(name));
}

/** ASCII-only upper-casing (CPython compares names with `Py_TOUPPER`). */
function upperAscii(name: string): string {
  return name.replace(/[a-z]+/g, (run) => run.toUpperCase());
}

function unifiedIdeograph(name: string, ranges: number[]): number | undefined {
  const digits = name.slice(CJK_PREFIX.length);
  if (!/^[0-9A-F]{4,5}$/.test(digits)) return undefined;
  const codePoint = parseInt(digits, 16);
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i] <= codePoint && codePoint <= ranges[i + 1]) return codePoint;
  }
  return undefined;
}

function hangulSyllable(name: string, start: number): number | undefined {
  const leading = longestJamo(name, start, LEADING_JAMO);
  const vowel = longestJamo(name, leading.end, VOWEL_JAMO);
  const trailing = longestJamo(name, vowel.end, TRAILING_JAMO);
  if (leading.index < 0 || vowel.index < 0 || trailing.index < 0) return undefined;
  if (trailing.end !== name.length) return undefined;
  const index = (leading.index * VOWEL_JAMO.length + vowel.index) * TRAILING_JAMO.length +
    trailing.index;
  return HANGUL_BASE + index;
}

/** The longest short name of `table` at `start` (an empty name matches anywhere). */
function longestJamo(name: string, start: number, table: readonly string[]) {
  let index = -1;
  let length = -1;
  for (let i = 0; i < table.length; i++) {
    const candidate = table[i];
    if (candidate.length > length && name.startsWith(candidate, start)) {
      index = i;
      length = candidate.length;
    }
  }
  return { index, end: start + Math.max(length, 0) };
}

let namesByCodePoint: Map<number, string> | undefined;

/**
 * The name `unicodedata.name` gives `codePoint` (Unicode 14.0.0), or
 * undefined: listed names, Hangul syllables and unified ideographs, never
 * aliases. The reverse table is built on the first call.
 */
export function characterName(codePoint: number): string | undefined {
  if (codePoint >= HANGUL_BASE && codePoint < HANGUL_BASE + 11172) {
    const index = codePoint - HANGUL_BASE;
    const trailing = index % TRAILING_JAMO.length;
    const vowel = Math.floor(index / TRAILING_JAMO.length) % VOWEL_JAMO.length;
    const leading = Math.floor(index / (TRAILING_JAMO.length * VOWEL_JAMO.length));
    return HANGUL_PREFIX + LEADING_JAMO[leading] + VOWEL_JAMO[vowel] + TRAILING_JAMO[trailing];
  }
  tables ??= loadTables();
  const ranges = tables.unifiedIdeographs;
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i] <= codePoint && codePoint <= ranges[i + 1]) {
      return CJK_PREFIX + codePoint.toString(16).toUpperCase();
    }
  }
  if (namesByCodePoint === undefined) {
    namesByCodePoint = new Map();
    const runs = readPackageData(
      requireFrom(import.meta.url),
      "index.mjs",
    ) as (number | string)[];
    let next = 0;
    for (let i = 0; i + 2 < runs.length; i += 3) {
      next += runs[i] as number;
      const name = runs[i + 2] as string;
      if (REAL_NAME.test(name)) namesByCodePoint.set(next, name);
      next += runs[i + 1] as number;
    }
  }
  return namesByCodePoint.get(codePoint);
}

/** True when `name` is a formal alias (NameAliases.txt) rather than a character's name. */
export function isNameAlias(name: string): boolean {
  const codePoint = lookupCharacterName(name);
  return codePoint !== undefined && characterName(codePoint) !== upperAscii(name) &&
    !name.startsWith(HANGUL_PREFIX) && !name.startsWith(CJK_PREFIX);
}
