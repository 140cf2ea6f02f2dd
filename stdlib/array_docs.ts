/**
 * Docstrings of array.array, its methods and attribute descriptors, and
 * arrayiterator's methods: CPython 3.11's text, keyed by qualified name as
 * builtin_docs.ts documentType reads them (slot methods such as __len__
 * take the shared slot docstrings there).
 */
export const ARRAY_DOCS: Readonly<Record<string, string>> = {
  array:
    "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'         signed integer     2\n    'I'         unsigned integer   2\n    'l'         signed integer     4\n    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer   8 (see note)\n    'f'         floating point     4\n    'd'         floating point     8\n\nNOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in bytes of one array item\n",
  "array.__new__": "Create and return a new object.  See help(type) for accurate signature.",
  "array.append": "Append new value v to the end of the array.",
  "array.buffer_info":
    "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe buffer length in bytes.",
  "array.byteswap":
    "Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, RuntimeError is\nraised.",
  "array.__copy__": "Return a copy of the array.",
  "array.count": "Return number of occurrences of v in the array.",
  "array.__deepcopy__": "Return a copy of the array.",
  "array.extend": "Append items to the end of the array.",
  "array.fromfile":
    "Read n objects from the file object f and append them to the end of the array.",
  "array.fromlist": "Append items to array from list.",
  "array.frombytes":
    "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method.",
  "array.fromunicode":
    "Extends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\nsome other type.",
  "array.index":
    "Return index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present.",
  "array.insert": "Insert a new item v into the array before position i.",
  "array.pop": "Return the i-th element and delete it from the array.\n\ni defaults to -1.",
  "array.__reduce_ex__": "Return state information for pickling.",
  "array.remove": "Remove the first occurrence of v in the array.",
  "array.reverse": "Reverse the order of the items in the array.",
  "array.tofile": "Write all items (as machine values) to the file object f.",
  "array.tolist": "Convert array to an ordinary list with the same items.",
  "array.tobytes":
    "Convert the array to an array of machine values and return the bytes representation.",
  "array.tounicode":
    "Extends this array with data from the unicode string ustr.\n\nConvert the array to a unicode string.  The array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to obtain a\nunicode string from an array of some other type.",
  "array.__sizeof__": "Size of the array in memory, in bytes.",
  "array.typecode": "the typecode character used to create the array",
  "array.itemsize": "the size, in bytes, of one array item",
  "arrayiterator.__reduce__": "Return state information for pickling.",
  "arrayiterator.__setstate__": "Set state information for unpickling.",
};

export const RECONSTRUCTOR_DOC = "Internal. Used for pickling support.";
