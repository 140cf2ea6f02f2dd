/** FORMAT_VALUE: the `{value!conversion:spec}` of an f-string. */
import type { PyValue } from "../objects/object.ts";
import { asciiOf, reprOf, strOf } from "../objects/str_convert.ts";
import { formatValue as formatWithSpec } from "../objects/str_format.ts";
import type { PyStr } from "../objects/str_wide.ts";
import { FormatValueFlag } from "../compiler/opcodes.ts";

export function formatValue(value: PyValue, conversion: number, spec: PyValue | null): PyValue {
  let converted = value;
  if (conversion === FormatValueFlag.STR) converted = strOf(value);
  else if (conversion === FormatValueFlag.REPR) converted = reprOf(value);
  else if (conversion === FormatValueFlag.ASCII) converted = asciiOf(value);
  if (spec === null && typeof converted === "string") return converted;
  return formatWithSpec(converted, (spec ?? "") as PyStr);
}
