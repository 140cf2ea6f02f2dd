/**
 * The bundle as pure ASCII, for a cheaper start.
 *
 * V8 keeps a script's source as a string in its heap: one byte per character
 * when every character is Latin-1, two bytes otherwise. The bundler escapes
 * non-ASCII characters in string literals, but not in the comments it keeps
 * (a few em-dashes in JSDoc), so the whole 3.5 MB source became a two-byte
 * string: 7 MB converted from UTF-8 and touched at every start, about 2,900
 * more page faults and 5-8 ms more CPU for `-c pass` than the same bundle
 * in ASCII (bench: importing the bundle alone, 15 alternating runs).
 *
 * Each non-ASCII character becomes its `\uXXXX` escape (a UTF-16 surrogate
 * pair for astral characters). That means the same character in a string,
 * template or regular-expression literal and in an identifier, and is plain
 * text in a comment. The one place it would not: right after a backslash
 * (`"\é"` is `"é"`, `"\\u00e9"` is not); then the text is left as it is.
 * The builder runs the result before publishing it, like any bundle.
 */

/** `text` with every non-ASCII character escaped, or `text` itself when that is not safe. */
export function asciiOnly(text: string): string {
  let safe = true;
  const escaped = text.replace(/[^\0-\x7f]/g, (character, offset: number) => {
    if (offset > 0 && text[offset - 1] === "\\") safe = false;
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return safe ? escaped : text;
}
