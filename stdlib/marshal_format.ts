/**
 * The marshal format's type codes (CPython's Python/marshal.c, version 4)
 * plus Taipan's own code-object record.
 *
 * TYPE_TAIPAN_CODE ('C', never used by CPython) holds a Taipan code object:
 * a 4-byte little-endian length, then that many bytes of UTF-8 JSON
 * `[compiler fingerprint, code]` where `code` is the code cache's encoding
 * (vm/runtime/import/code_cache.ts). CPython reading it reports "bad marshal
 * data (unknown type code)"; Taipan reading CPython's TYPE_CODE ('c') reports
 * that CPython code objects cannot be loaded. The fingerprint makes a record
 * written by another compiler version fail to load instead of running
 * mismatched bytecode.
 */
export const TYPE_NULL = 0x30; // '0'
export const TYPE_NONE = 0x4e; // 'N'
export const TYPE_FALSE = 0x46; // 'F'
export const TYPE_TRUE = 0x54; // 'T'
export const TYPE_STOPITER = 0x53; // 'S'
export const TYPE_ELLIPSIS = 0x2e; // '.'
export const TYPE_INT = 0x69; // 'i'
export const TYPE_INT64 = 0x49; // 'I' (read only, as in CPython)
export const TYPE_FLOAT = 0x66; // 'f'
export const TYPE_BINARY_FLOAT = 0x67; // 'g'
export const TYPE_COMPLEX = 0x78; // 'x'
export const TYPE_BINARY_COMPLEX = 0x79; // 'y'
export const TYPE_LONG = 0x6c; // 'l'
export const TYPE_STRING = 0x73; // 's'
export const TYPE_INTERNED = 0x74; // 't'
export const TYPE_REF = 0x72; // 'r'
export const TYPE_TUPLE = 0x28; // '('
export const TYPE_LIST = 0x5b; // '['
export const TYPE_DICT = 0x7b; // '{'
export const TYPE_CODE = 0x63; // 'c'
export const TYPE_UNICODE = 0x75; // 'u'
export const TYPE_SET = 0x3c; // '<'
export const TYPE_FROZENSET = 0x3e; // '>'
export const TYPE_ASCII = 0x61; // 'a'
export const TYPE_ASCII_INTERNED = 0x41; // 'A'
export const TYPE_SMALL_TUPLE = 0x29; // ')'
export const TYPE_SHORT_ASCII = 0x7a; // 'z'
export const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'
export const TYPE_TAIPAN_CODE = 0x43; // 'C': Taipan's code objects (see above)

export const FLAG_REF = 0x80;

export const MARSHAL_VERSION = 4;
/** CPython's MAX_MARSHAL_STACK_DEPTH. */
export const MAX_DEPTH = 2000;
/** Sizes are signed 32-bit values in the format. */
export const SIZE32_MAX = 0x7fffffff;
