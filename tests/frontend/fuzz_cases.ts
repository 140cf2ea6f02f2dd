/**
 * Mutated sources for the parser fuzz test (fuzz_test.ts): a window of lines
 * from a stdlib file, then one to three random mutations. Deterministic for a
 * given (seed, case index).
 */
const STDLIB = "/usr/lib/python3.11/";
const CORPUS_FILES = [
  "ast.py",
  "typing.py",
  "dataclasses.py",
  "enum.py",
  "argparse.py",
  "asyncio/tasks.py",
  "json/decoder.py",
  "re/_parser.py",
  "string.py",
  "textwrap.py",
  "test/test_grammar.py",
  "test/test_patma.py",
  "test/test_fstring.py",
  "test/test_string_literals.py",
  "test/test_syntax.py",
  "test/test_coroutines.py",
  "test/test_unicode_identifiers.py",
  "test/test_tokenize.py",
  "test/badsyntax_3131.py",
  "lib2to3/tests/data/py2_test_grammar.py",
];

/** Bytes that tend to matter to a tokenizer and parser. */
const INTERESTING_BYTES = [..."()[]{}:;,.=+-*/\\'\"#@!<>|&^%~` \t\n\r\f\x0bfbrujFBRUJ0123456789_"]
  .map((char) => char.charCodeAt(0)).concat([0x00, 0x80, 0xc3, 0xe2, 0xef, 0xbb, 0xbf, 0xff]);

/** Mulberry32: small, fast and good enough to spread mutations around. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const encoder = new TextEncoder();
const below = (random: Random, limit: number) => Math.floor(random() * limit);

function lineStarts(source: Uint8Array): number[] {
  const starts = [0];
  for (let index = 0; index < source.length; index++) {
    if (source[index] === 0x0a) starts.push(index + 1);
  }
  return starts;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A window of whole lines, so most cases are small and fast to parse. */
function window(random: Random, source: Uint8Array): Uint8Array {
  const starts = lineStarts(source);
  const first = below(random, starts.length);
  const count = 1 + below(random, 120);
  const end = starts[Math.min(first + count, starts.length - 1)] ?? source.length;
  return source.subarray(starts[first], Math.max(end, starts[first]));
}

function mutate(random: Random, source: Uint8Array, donor: Uint8Array): Uint8Array {
  const at = below(random, source.length + 1);
  const starts = lineStarts(source);
  const line = below(random, starts.length);
  const lineEnd = starts[line + 1] ?? source.length;
  switch (below(random, 11)) {
    case 0: // truncate
      return source.subarray(0, at);
    case 1: { // flip one byte
      const copy = source.slice();
      if (copy.length > 0) {
        copy[Math.min(at, copy.length - 1)] = random() < 0.7
          ? INTERESTING_BYTES[below(random, INTERESTING_BYTES.length)]
          : below(random, 256);
      }
      return copy;
    }
    case 2: { // insert bytes
      const length = 1 + below(random, 4);
      const inserted = Uint8Array.from(
        { length },
        () => INTERESTING_BYTES[below(random, INTERESTING_BYTES.length)],
      );
      return concat(source.subarray(0, at), inserted, source.subarray(at));
    }
    case 3: // delete bytes
      return concat(source.subarray(0, at), source.subarray(at + 1 + below(random, 8)));
    case 4: // delete a line
      return concat(source.subarray(0, starts[line]), source.subarray(lineEnd));
    case 5: // duplicate a line
      return concat(source.subarray(0, lineEnd), source.subarray(starts[line]));
    case 6: { // insert a line of another file
      const donorStarts = lineStarts(donor);
      const donorLine = below(random, donorStarts.length);
      const donorEnd = donorStarts[donorLine + 1] ?? donor.length;
      const inserted = donor.subarray(donorStarts[donorLine], donorEnd);
      return concat(source.subarray(0, starts[line]), inserted, source.subarray(starts[line]));
    }
    case 7: { // re-indent a line: stresses INDENT/DEDENT and tab consistency
      const indent = [" ", "    ", "\t", "", "        "][below(random, 5)];
      let start = starts[line];
      while (start < lineEnd && (source[start] === 0x20 || source[start] === 0x09)) start++;
      return concat(
        source.subarray(0, starts[line]),
        encoder.encode(indent.repeat(below(random, 3))),
        source.subarray(start),
      );
    }
    case 8: { // a type comment at the end of a line (parsed with typeComments on)
      const comment = ["  # type: int", "  # type: ignore", "  # type: (int) -> None"][
        below(random, 3)
      ];
      const end = lineEnd > starts[line] && source[lineEnd - 1] === 0x0a ? lineEnd - 1 : lineEnd;
      return concat(source.subarray(0, end), encoder.encode(comment), source.subarray(end));
    }
    case 9: { // swap two adjacent lines
      const nextEnd = starts[line + 2] ?? source.length;
      return concat(
        source.subarray(0, starts[line]),
        source.subarray(lineEnd, nextEnd),
        source.subarray(starts[line], lineEnd),
        source.subarray(nextEnd),
      );
    }
    default: { // deep nesting
      const depth = 1 + below(random, 400);
      const opener = "([{"[below(random, 3)];
      const inserted = encoder.encode(opener.repeat(depth));
      return concat(source.subarray(0, at), inserted, source.subarray(at));
    }
  }
}

export function makeCase(seed: number, index: number, corpus: Uint8Array[]): Uint8Array {
  const random = prng(seed * 1_000_003 + index);
  let source = window(random, corpus[below(random, corpus.length)]);
  const mutations = 1 + below(random, 3);
  for (let count = 0; count < mutations; count++) {
    source = mutate(random, source, corpus[below(random, corpus.length)]);
  }
  return source;
}

export function loadCorpus(): Uint8Array[] {
  return CORPUS_FILES.map((name) => Deno.readFileSync(STDLIB + name));
}
