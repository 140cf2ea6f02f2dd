/**
 * `str.isprintable()` for one code point, by the Unicode 14.0 database that
 * Python 3.11 ships (unicodedata.unidata_version == "14.0.0").
 *
 * V8's `\p{...}` regex classes follow a newer Unicode version: characters
 * assigned after 14.0 (e.g. U+1E030 in Unicode 15) are letters there but
 * unassigned (Cn, non-printable) for Python 3.11, so `repr()` must escape them.
 * We therefore carry our own table (unicode14_nonprintable.ts, generated) and
 * never consult V8's tables here.
 */
import { NON_PRINTABLE_RANGES_UNICODE_14 } from "./unicode14_nonprintable.ts";

/** Decoded at the first non-ASCII code point asked about, not while Taipan loads. */
let ranges: { starts: Uint32Array; ends: Uint32Array } | null = null;

function decodeRanges(text: string): { starts: Uint32Array; ends: Uint32Array } {
  const tokens = text.split(" ");
  const starts = new Uint32Array(tokens.length);
  const ends = new Uint32Array(tokens.length);
  tokens.forEach((token, index) => {
    const [first, last = first] = token.split("-");
    starts[index] = parseInt(first, 16);
    ends[index] = parseInt(last, 16);
  });
  return { starts, ends };
}

/** True when Python 3.11's `chr(codePoint).isprintable()` is True. */
export function isPrintable(codePoint: number): boolean {
  // Hot path for repr(): printable ASCII needs no table.
  if (codePoint < 0x7f) return codePoint >= 0x20;
  const { starts: rangeStarts, ends: rangeEnds } = ranges ??= decodeRanges(
    NON_PRINTABLE_RANGES_UNICODE_14,
  );
  let low = 0;
  let high = rangeStarts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < rangeStarts[middle]) high = middle - 1;
    else if (codePoint > rangeEnds[middle]) low = middle + 1;
    else return false;
  }
  return true;
}
