/**
 * Docstrings of _struct: CPython 3.11's text. STRUCT_DOCS is keyed by
 * qualified name, as builtin_docs.ts documentType reads it; the module's
 * Argument Clinic functions take FUNCTION_DOCS, and pack/pack_into, which
 * CPython writes without Clinic (no __text_signature__), PLAIN_FUNCTION_DOCS.
 */
export const STRUCT_DOCS: Readonly<Record<string, string>> = {
  Struct: "Struct(fmt) --> compiled struct object\n\n",
  "Struct.iter_unpack":
    "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.",
  "Struct.pack":
    "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.",
  "Struct.pack_into":
    "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.",
  "Struct.unpack":
    "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.",
  "Struct.unpack_from":
    "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.",
  "Struct.__sizeof__": "S.__sizeof__() -> size of S in memory, in bytes",
  "Struct.format": "struct format string",
  "Struct.size": "struct size in bytes",
};

export const FUNCTION_DOCS: Readonly<Record<string, string>> = {
  _clearcache: "Clear the internal cache.",
  calcsize: "Return size in bytes of the struct described by the format string.",
  iter_unpack:
    "Return an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.",
  unpack:
    "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.",
  unpack_from:
    "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.",
};

export const PLAIN_FUNCTION_DOCS: Readonly<Record<string, string>> = {
  pack:
    "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.",
  pack_into:
    "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.",
};
