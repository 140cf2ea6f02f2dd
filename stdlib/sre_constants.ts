/**
 * The numbers shared by re/_compiler.py and the `_sre` engine, declared once
 * in the order of Python 3.11's re/_constants.py (each code is its index):
 * opcodes, AT positions, character categories, INFO flags, and the module's
 * limits. `SRE_MAGIC` is what re/_compiler.py asserts: 3.11's MAGIC.
 */

/** re/_constants.py MAGIC for 3.11 (3.12 moved to 20221023 with new opcodes). */
export const SRE_MAGIC = 20220615;
/** sizeof(SRE_CODE): code words are 32-bit unsigned. */
export const SRE_CODESIZE = 4;
/** (SRE_CODE)-1: "no upper bound" in repeat operands. */
export const SRE_MAXREPEAT = 0xffffffff;
/** CPython 3.11 on 64-bit: INT32_MAX / 2 (mark indices are C ints). */
export const SRE_MAXGROUPS = 0x3fffffff;

const OPCODE_NAMES = [
  "FAILURE",
  "SUCCESS",
  "ANY",
  "ANY_ALL",
  "ASSERT",
  "ASSERT_NOT",
  "AT",
  "BRANCH",
  "CATEGORY",
  "CHARSET",
  "BIGCHARSET",
  "GROUPREF",
  "GROUPREF_EXISTS",
  "IN",
  "INFO",
  "JUMP",
  "LITERAL",
  "MARK",
  "MAX_UNTIL",
  "MIN_UNTIL",
  "NOT_LITERAL",
  "NEGATE",
  "RANGE",
  "REPEAT",
  "REPEAT_ONE",
  "SUBPATTERN",
  "MIN_REPEAT_ONE",
  "ATOMIC_GROUP",
  "POSSESSIVE_REPEAT",
  "POSSESSIVE_REPEAT_ONE",
  "GROUPREF_IGNORE",
  "IN_IGNORE",
  "LITERAL_IGNORE",
  "NOT_LITERAL_IGNORE",
  "GROUPREF_LOC_IGNORE",
  "IN_LOC_IGNORE",
  "LITERAL_LOC_IGNORE",
  "NOT_LITERAL_LOC_IGNORE",
  "GROUPREF_UNI_IGNORE",
  "IN_UNI_IGNORE",
  "LITERAL_UNI_IGNORE",
  "NOT_LITERAL_UNI_IGNORE",
  "RANGE_UNI_IGNORE",
] as const;

const AT_NAMES = [
  "BEGINNING",
  "BEGINNING_LINE",
  "BEGINNING_STRING",
  "BOUNDARY",
  "NON_BOUNDARY",
  "END",
  "END_LINE",
  "END_STRING",
  "LOC_BOUNDARY",
  "LOC_NON_BOUNDARY",
  "UNI_BOUNDARY",
  "UNI_NON_BOUNDARY",
] as const;

const CATEGORY_NAMES = [
  "DIGIT",
  "NOT_DIGIT",
  "SPACE",
  "NOT_SPACE",
  "WORD",
  "NOT_WORD",
  "LINEBREAK",
  "NOT_LINEBREAK",
  "LOC_WORD",
  "LOC_NOT_WORD",
  "UNI_DIGIT",
  "UNI_NOT_DIGIT",
  "UNI_SPACE",
  "UNI_NOT_SPACE",
  "UNI_WORD",
  "UNI_NOT_WORD",
  "UNI_LINEBREAK",
  "UNI_NOT_LINEBREAK",
] as const;

/** A name -> number table from names listed in code order. */
export function codes<Name extends string>(
  names: readonly Name[],
): { readonly [K in Name]: number } {
  return Object.fromEntries(names.map((name, index) => [name, index])) as {
    readonly [K in Name]: number;
  };
}

export const Op = codes(OPCODE_NAMES);
export const At = codes(AT_NAMES);
export const Category = codes(CATEGORY_NAMES);

/** INFO block flags. */
export const INFO_PREFIX = 1;
export const INFO_LITERAL = 2;
export const INFO_CHARSET = 4;

/** Compile flags (re.I, re.L, ...), in the order Pattern's repr lists them. */
export const FLAG_NAMES: readonly (readonly [string, number])[] = [
  ["re.TEMPLATE", 1],
  ["re.IGNORECASE", 2],
  ["re.LOCALE", 4],
  ["re.MULTILINE", 8],
  ["re.DOTALL", 16],
  ["re.UNICODE", 32],
  ["re.VERBOSE", 64],
  ["re.DEBUG", 128],
  ["re.ASCII", 256],
];
export const FLAG_LOCALE = 4;
export const FLAG_UNICODE = 32;
export const FLAG_ASCII = 256;
