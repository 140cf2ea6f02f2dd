/**
 * Token kinds as the parser sees them. The tokenizer reports every word as a
 * NAME; like CPython's _PyPegen_fill_token, the parser turns hard keywords into
 * kinds of their own so a rule can test one number. Keyword kinds start after
 * the last token kind of tokens.ts.
 */
import { KEYWORDS, TOKEN_NAMES } from "../tokens.ts";

const KEYWORD_BASE = TOKEN_NAMES.length;

/** Keyword spelling -> parser kind. */
export const KEYWORD_KINDS: ReadonlyMap<string, number> = new Map(
  [...KEYWORDS].map((word, i) => [word, KEYWORD_BASE + i]),
);

function kind(word: string): number {
  const found = KEYWORD_KINDS.get(word);
  if (found === undefined) throw new Error(`not a keyword: ${word}`);
  return found;
}

/** `KW.if`, `KW.lambda`, ...: the kind of each hard keyword. */
export const KW = {
  False: kind("False"),
  None: kind("None"),
  True: kind("True"),
  and: kind("and"),
  as: kind("as"),
  assert: kind("assert"),
  async: kind("async"),
  await: kind("await"),
  break: kind("break"),
  class: kind("class"),
  continue: kind("continue"),
  def: kind("def"),
  del: kind("del"),
  elif: kind("elif"),
  else: kind("else"),
  except: kind("except"),
  finally: kind("finally"),
  for: kind("for"),
  from: kind("from"),
  global: kind("global"),
  if: kind("if"),
  import: kind("import"),
  in: kind("in"),
  is: kind("is"),
  lambda: kind("lambda"),
  nonlocal: kind("nonlocal"),
  not: kind("not"),
  or: kind("or"),
  pass: kind("pass"),
  raise: kind("raise"),
  return: kind("return"),
  try: kind("try"),
  while: kind("while"),
  with: kind("with"),
  yield: kind("yield"),
} as const;
