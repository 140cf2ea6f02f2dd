/**
 * `_sre`, the C half of the `re` package. re/_parser.py and re/_compiler.py
 * (unmodified, pure Python) turn a pattern into a list of code words and
 * call `_sre.compile`; everything that runs that code is here:
 *
 *   sre_constants.ts   opcode, AT and category numbers; MAGIC and limits
 *   sre_chars.ts       \d \s \w and case mappings (ASCII, locale, Unicode)
 *   sre_ops.ts         AT positions, set membership, group references
 *   sre_state.ts       one matching session: subject, marks, stacks
 *   sre_engine.ts      the backtracking matcher (an explicit frame stack)
 *   sre_plan.ts        per-pattern tables: op tables, start sets, run skip
 *   sre_codegen.ts     simple patterns compiled to JavaScript matchers
 *   sre_search.ts      the leftmost-match scan with the INFO shortcuts
 *   sre_validate.ts    the check of code words that _sre.compile makes
 *   sre_subject.ts     str/bytes subjects and their slices
 *   sre_pattern.ts     re.Pattern and _sre.SRE_Scanner
 *   sre_match_type.ts  re.Match
 */
import type { PyValue } from "../vm/objects/object.ts";
import { pyError } from "../vm/objects/exceptions.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyDict } from "../vm/objects/dict.ts";
import { PyTuple } from "../vm/objects/tuple.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { typeOf } from "../vm/objects/typeof.ts";
import { asCInt, asSize } from "../vm/objects/str_args.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addValues, newModule } from "./module_helpers.ts";
import { SRE_CODESIZE, SRE_MAGIC, SRE_MAXGROUPS, SRE_MAXREPEAT } from "./sre_constants.ts";
import { isAsciiAlpha, lowerAscii, lowerUnicode, upperUnicode } from "./sre_chars.ts";
import { expectSubject } from "./sre_subject.ts";
import { PyPattern } from "./sre_pattern.ts";
import { validateCode } from "./sre_validate.ts";

const COPYRIGHT = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

function argumentTypeError(name: string, expected: string, value: PyValue) {
  return pyError(
    "TypeError",
    `compile() argument '${name}' must be ${expected}, not ${typeOf(value).tpName}`,
  );
}

/** The code list as words; any item that is not a 32-bit unsigned int is refused. */
function codeWords(code: PyList): Uint32Array {
  const words = new Uint32Array(code.items.length);
  for (let i = 0; i < words.length; i++) {
    const value = intOperand(code.items[i]);
    if (value === undefined || value < 0 || value > SRE_MAXREPEAT) {
      throw pyError("OverflowError", "regular expression code size limit exceeded");
    }
    words[i] = Number(value);
  }
  return words;
}

function compile(
  pattern: PyValue,
  flagsValue: PyValue,
  code: PyValue,
  groupsValue: PyValue,
  groupindex: PyValue,
  indexgroup: PyValue,
): PyPattern {
  const flags = asCInt(flagsValue);
  if (!(code instanceof PyList)) throw argumentTypeError("code", "list", code);
  const groups = asSize(groupsValue);
  if (!(groupindex instanceof PyDict)) throw argumentTypeError("groupindex", "dict", groupindex);
  if (!(indexgroup instanceof PyTuple)) {
    throw argumentTypeError("indexgroup", "tuple", indexgroup);
  }
  return patternFromWords(pattern, flags, codeWords(code), groups, groupindex, indexgroup);
}

/** _sre.compile's Pattern from arguments already checked (sre_compile_cache.ts's too). */
export function patternFromWords(
  pattern: PyValue,
  flags: number,
  words: Uint32Array,
  groups: number,
  groupindex: PyDict,
  indexgroup: PyTuple,
): PyPattern {
  const isBytes = pattern === null ? -1 : expectSubject(pattern).isBytes ? 1 : 0;
  const named = groupindex.size > 0;
  const facts = validateCode(words, groups);
  if (facts === null) throw pyError("RuntimeError", "invalid SRE code");
  return new PyPattern(
    pattern,
    flags,
    words,
    groups,
    named ? groupindex : null,
    named && indexgroup.items.length > 0 ? indexgroup : null,
    isBytes,
    facts,
  );
}

/** A code point argument (a C int, used as unsigned); out-of-range values map to themselves. */
function character(value: PyValue): number {
  return asCInt(value) >>> 0;
}

const inUnicodeRange = (ch: number) => ch <= 0x10ffff;

export function createSreModule(): PyModule {
  const module = newModule("_sre");
  addFunctions(module, {
    compile: ["pattern, flags, code, groups, groupindex, indexgroup", compile],
    getcodesize: ["", () => SRE_CODESIZE],
    ascii_iscased: ["character, /", (value: PyValue) => {
      const ch = character(value);
      return ch < 128 && isAsciiAlpha(ch);
    }],
    unicode_iscased: ["character, /", (value: PyValue) => {
      const ch = character(value);
      return inUnicodeRange(ch) && (ch !== lowerUnicode(ch) || ch !== upperUnicode(ch));
    }],
    ascii_tolower: ["character, /", (value: PyValue) => lowerAscii(character(value)) | 0],
    unicode_tolower: ["character, /", (value: PyValue) => {
      const ch = character(value);
      return (inUnicodeRange(ch) ? lowerUnicode(ch) : ch) | 0;
    }],
  });
  addValues(module, {
    MAGIC: SRE_MAGIC,
    CODESIZE: SRE_CODESIZE,
    MAXREPEAT: SRE_MAXREPEAT,
    MAXGROUPS: SRE_MAXGROUPS,
    copyright: COPYRIGHT,
  });
  return module;
}
