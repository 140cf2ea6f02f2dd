/**
 * The `termios` module over glibc's termios functions (libc through FFI), as
 * CPython's Modules/termios.c on Linux x86_64; tty and pty build on it.
 *
 * glibc's `struct termios` (60 bytes) is read and written in a buffer at
 * TERMIOS_LAYOUT's offsets; the speeds are left to cfgetispeed/cfsetospeed
 * (glibc keeps them in c_cflag and hidden fields), and tcsetattr starts from
 * the descriptor's current attributes so those hidden fields survive, as
 * CPython does. A failing call raises termios.error(errno, strerror).
 */
import type { PyValue } from "../vm/objects/object.ts";
import { makeBuiltinType } from "../vm/objects/core_types.ts";
import { ExceptionType, PyBaseException, pyError } from "../vm/objects/exceptions.ts";
import { PyList } from "../vm/objects/list.ts";
import { PyBytes } from "../vm/objects/bytes.ts";
import { newTuple } from "../vm/objects/tuple.ts";
import { asCInt, asInteger } from "../vm/objects/str_args.ts";
import { intOperand } from "../vm/objects/int_value.ts";
import { getSubscript, isSequence } from "../vm/runtime/subscript.ts";
import { lengthOf } from "../vm/runtime/builtin_functions.ts";
import type { PyModule } from "../vm/runtime/module.ts";
import { addFunctions, addTypes, addValues, newModule } from "./module_helpers.ts";
import { errno, libc, strerror } from "./libc.ts";
import { fileDescriptorOf } from "./posix_fd.ts";
import { TERMIOS_CONSTANTS } from "./termios_constants.ts";

const constant = new Map(TERMIOS_CONSTANTS);
const NCCS = constant.get("NCCS")!;
const VMIN = constant.get("VMIN")!;
const VTIME = constant.get("VTIME")!;
const ICANON = constant.get("ICANON")!;
const TIOCGWINSZ = constant.get("TIOCGWINSZ")!;
const TIOCSWINSZ = constant.get("TIOCSWINSZ")!;

/** glibc x86_64 `struct termios`: four u32 flag words, c_line, c_cc[NCCS], then the speeds. */
const TERMIOS_LAYOUT = { size: 60, flags: ["iflag", "oflag", "cflag", "lflag"], cc: 17 } as const;
/** `struct winsize`: ws_row, ws_col, ws_xpixel, ws_ypixel, each a u16. */
const WINSIZE_BYTES = 8;

const termiosErrorType = makeBuiltinType("error", ExceptionType.Exception);

function termiosError(): PyBaseException {
  const code = errno();
  return new PyBaseException(termiosErrorType, newTuple([code, strerror(code)]));
}

function checked(result: number): void {
  if (result === -1) throw termiosError();
}

function currentAttributes(fd: number): Uint8Array<ArrayBuffer> {
  const mode = new Uint8Array(TERMIOS_LAYOUT.size);
  checked(libc("tcgetattr")(fd, mode));
  return mode;
}

function tcgetattr(fdArgument: PyValue): PyValue {
  const fd = fileDescriptorOf(fdArgument);
  const mode = currentAttributes(fd);
  const view = new DataView(mode.buffer);
  const flags = TERMIOS_LAYOUT.flags.map((_, index) => view.getUint32(4 * index, true));
  const cc: PyValue[] = [];
  for (let i = TERMIOS_LAYOUT.cc; i < TERMIOS_LAYOUT.cc + NCCS; i++) {
    cc.push(new PyBytes(mode.slice(i, i + 1)));
  }
  const lflag = flags[3];
  // MIN and TIME share slots with EOF and EOL on some systems: ints only in non-canonical mode.
  if ((lflag & ICANON) === 0) {
    cc[VMIN] = mode[TERMIOS_LAYOUT.cc + VMIN];
    cc[VTIME] = mode[TERMIOS_LAYOUT.cc + VTIME];
  }
  return new PyList([
    ...flags,
    Number(libc("cfgetispeed")(mode)),
    Number(libc("cfgetospeed")(mode)),
    new PyList(cc),
  ]);
}

/** PyLong_AsLong: an int or `__index__`, OverflowError beyond 64 bits. */
function cLong(value: PyValue): bigint {
  const integer = BigInt(asInteger(value));
  if (integer >= 2n ** 63n || integer < -(2n ** 63n)) {
    throw pyError("OverflowError", "Python int too large to convert to C long");
  }
  return integer;
}

function tcsetattr(fdArgument: PyValue, whenArgument: PyValue, attributes: PyValue): PyValue {
  const fd = fileDescriptorOf(fdArgument);
  const when = asCInt(whenArgument);
  if (!(attributes instanceof PyList) || attributes.items.length !== 7) {
    throw pyError("TypeError", "tcsetattr, arg 3: must be 7 element list");
  }
  const mode = currentAttributes(fd);
  const view = new DataView(mode.buffer);
  const [iflag, oflag, cflag, lflag, ispeed, ospeed] = attributes.items.slice(0, 6).map(cLong);
  [iflag, oflag, cflag, lflag].forEach((flag, index) =>
    view.setUint32(4 * index, Number(BigInt.asUintN(32, flag)), true)
  );
  const cc = attributes.items[6];
  if (!(cc instanceof PyList) || cc.items.length !== NCCS) {
    throw pyError("TypeError", `tcsetattr: attributes[6] must be ${NCCS} element list`);
  }
  cc.items.forEach((item, index) => {
    let byte: bigint;
    if (item instanceof PyBytes && item.bytes.length === 1) byte = BigInt(item.bytes[0]);
    else if (intOperand(item) !== undefined) byte = cLong(item); // PyLong_Check: no __index__
    else {
      throw pyError(
        "TypeError",
        "tcsetattr: elements of attributes must be characters or integers",
      );
    }
    mode[TERMIOS_LAYOUT.cc + index] = Number(BigInt.asUintN(8, byte));
  });
  checked(libc("cfsetispeed")(mode, Number(BigInt.asUintN(32, ispeed))));
  checked(libc("cfsetospeed")(mode, Number(BigInt.asUintN(32, ospeed))));
  checked(libc("tcsetattr")(fd, when, mode));
  return null;
}

function tcgetwinsize(fdArgument: PyValue): PyValue {
  const size = new Uint16Array(WINSIZE_BYTES / 2);
  checked(libc("ioctl")(fileDescriptorOf(fdArgument), BigInt(TIOCGWINSZ), size));
  return newTuple([size[0], size[1]]);
}

function tcsetwinsize(fdArgument: PyValue, winsize: PyValue): PyValue {
  const fd = fileDescriptorOf(fdArgument);
  if (!isSequence(winsize) || lengthOf(winsize) !== 2) {
    throw pyError("TypeError", "tcsetwinsize, arg 2: must be a two-item sequence");
  }
  const rows = cLong(getSubscript(winsize, 0));
  const columns = cLong(getSubscript(winsize, 1));
  const size = new Uint16Array(WINSIZE_BYTES / 2);
  // The old size first: it may have more fields (the pixel sizes).
  checked(libc("ioctl")(fd, BigInt(TIOCGWINSZ), size));
  if (rows !== BigInt.asUintN(16, rows) || columns !== BigInt.asUintN(16, columns)) {
    throw pyError("OverflowError", "winsize value(s) out of range.");
  }
  size[0] = Number(rows);
  size[1] = Number(columns);
  checked(libc("ioctl")(fd, BigInt(TIOCSWINSZ), size));
  return null;
}

/** The calls that take a descriptor and one C int and only report failure. */
function descriptorCall(
  name: "tcsendbreak" | "tcflush" | "tcflow",
): (fd: PyValue, argument: PyValue) => PyValue {
  return (fd, argument) => {
    checked(libc(name)(fileDescriptorOf(fd), asCInt(argument)));
    return null;
  };
}

/** The functions' docstrings, CPython 3.11's text. */
const DOCS = {
  tcgetattr: "Get the tty attributes for file descriptor fd.\n" +
    "\n" +
    "Returns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]\n" +
    "where cc is a list of the tty special characters (each a string of\n" +
    "length 1, except the items with indices VMIN and VTIME, which are\n" +
    "integers when these fields are defined).  The interpretation of the\n" +
    "flags and the speeds as well as the indexing in the cc array must be\n" +
    "done using the symbolic constants defined in this module.",
  tcsetattr: "Set the tty attributes for file descriptor fd.\n" +
    "\n" +
    "The attributes to be set are taken from the attributes argument, which\n" +
    "is a list like the one returned by tcgetattr(). The when argument\n" +
    "determines when the attributes are changed: termios.TCSANOW to\n" +
    "change immediately, termios.TCSADRAIN to change after transmitting all\n" +
    "queued output, or termios.TCSAFLUSH to change after transmitting all\n" +
    "queued output and discarding all queued input.",
  tcsendbreak: "Send a break on file descriptor fd.\n" +
    "\n" +
    "A zero duration sends a break for 0.25-0.5 seconds; a nonzero duration\n" +
    "has a system dependent meaning.",
  tcdrain: "Wait until all output written to file descriptor fd has been transmitted.",
  tcflush: "Discard queued data on file descriptor fd.\n" +
    "\n" +
    "The queue selector specifies which queue: termios.TCIFLUSH for the input\n" +
    "queue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for\n" +
    "both queues.",
  tcflow: "Suspend or resume input or output on file descriptor fd.\n" +
    "\n" +
    "The action argument can be termios.TCOOFF to suspend output,\n" +
    "termios.TCOON to restart output, termios.TCIOFF to suspend input,\n" +
    "or termios.TCION to restart input.",
  tcgetwinsize: "Get the tty winsize for file descriptor fd.\n" +
    "\n" +
    "Returns a tuple (ws_row, ws_col).",
  tcsetwinsize: "Set the tty winsize for file descriptor fd.\n" +
    "\n" +
    "The winsize to be set is taken from the winsize argument, which\n" +
    "is a two-item tuple (ws_row, ws_col) like the one returned by tcgetwinsize().",
} as const;

export function createTermiosModule(): PyModule {
  const module = newModule(
    "termios",
    "This module provides an interface to the Posix calls for tty I/O control.\n" +
      "For a complete description of these calls, see the Posix or Unix manual\n" +
      "pages. It is only available for those Unix versions that support Posix\n" +
      "termios style tty I/O control.\n\n" +
      "All functions in this module take a file descriptor fd as their first\n" +
      "argument. This can be an integer file descriptor, such as returned by\n" +
      "sys.stdin.fileno(), or a file object, such as sys.stdin itself.",
  );
  addFunctions(module, {
    tcgetattr: ["fd, /", tcgetattr, { doc: DOCS.tcgetattr }],
    tcsetattr: ["fd, when, attributes, /", tcsetattr, { doc: DOCS.tcsetattr }],
    tcsendbreak: ["fd, duration, /", descriptorCall("tcsendbreak"), { doc: DOCS.tcsendbreak }],
    tcdrain: ["fd, /", (fd: PyValue) => {
      checked(libc("tcdrain")(fileDescriptorOf(fd)));
      return null;
    }, { doc: DOCS.tcdrain }],
    tcflush: ["fd, queue, /", descriptorCall("tcflush"), { doc: DOCS.tcflush }],
    tcflow: ["fd, action, /", descriptorCall("tcflow"), { doc: DOCS.tcflow }],
    tcgetwinsize: ["fd, /", tcgetwinsize, { doc: DOCS.tcgetwinsize }],
    tcsetwinsize: ["fd, winsize, /", tcsetwinsize, { doc: DOCS.tcsetwinsize }],
  });
  addValues(module, Object.fromEntries(TERMIOS_CONSTANTS));
  addTypes(module, [termiosErrorType]);
  return module;
}
