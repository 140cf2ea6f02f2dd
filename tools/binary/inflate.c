/*
 * DEFLATE decompression as RFC 1951 states it; see inflate.h.
 *
 * A stream is a run of blocks: stored, or Huffman-coded with the fixed codes
 * or with codes the block header describes (as code lengths, themselves
 * Huffman-coded). Each code is decoded through one lookup table indexed by
 * the next `bits` input bits, `bits` being the longest code's length: DEFLATE
 * packs codes starting at their most significant bit into a least-significant-
 * bit-first stream, so an entry sits at the bit-reversed code and repeats at
 * every index sharing those low bits. An entry holds the symbol and its
 * length, so a symbol costs one lookup. Building a 2^15-entry table per block
 * is cheap next to decoding the block.
 *
 * The input is read through a 64-bit buffer refilled a byte at a time; past
 * the end it is padded with zeros, and consuming padding is reported as
 * truncated input. Output never goes beyond `out_size`, so damaged input
 * ends in an error, never in a write out of bounds or an endless loop.
 */
#include "inflate.h"

#include <string.h>

#define MAX_BITS 15

typedef struct {
  const uint8_t *in;
  size_t in_size;
  size_t position;
  uint64_t bit_buffer;
  int bit_count;
  size_t padding; /* zero bytes supplied past the end */
} BitReader;

typedef struct {
  uint16_t entries[1 << MAX_BITS]; /* symbol << 4 | code length; 0: no such code */
  int bits;
} Table;

static const uint16_t LENGTH_BASE[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,
                                         15, 17, 19, 23, 27, 31, 35, 43, 51,  59,
                                         67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t LENGTH_EXTRA[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                         2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t DISTANCE_BASE[30] = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t DISTANCE_EXTRA[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                           6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
/* The order in which a dynamic block lists the code-length code's lengths. */
static const uint8_t CODE_LENGTH_ORDER[19] = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                              11, 4,  12, 3, 13, 2, 14, 1, 15};

static void refill(BitReader *reader) {
  while (reader->bit_count <= 56) {
    uint64_t byte = 0;
    if (reader->position < reader->in_size) {
      byte = reader->in[reader->position++];
    } else {
      reader->padding++;
    }
    reader->bit_buffer |= byte << reader->bit_count;
    reader->bit_count += 8;
  }
}

static uint32_t take_bits(BitReader *reader, int count) {
  if (reader->bit_count < count) refill(reader);
  uint32_t value = (uint32_t)(reader->bit_buffer & ((1ull << count) - 1));
  reader->bit_buffer >>= count;
  reader->bit_count -= count;
  return value;
}

static int truncated(const BitReader *reader) {
  return reader->padding * 8 > (size_t)reader->bit_count;
}

static const char *build_table(Table *table, const uint8_t *lengths, int count) {
  int per_length[MAX_BITS + 1] = {0};
  for (int symbol = 0; symbol < count; symbol++) per_length[lengths[symbol]]++;
  per_length[0] = 0;
  int unused = 1, longest = 0;
  for (int length = 1; length <= MAX_BITS; length++) {
    unused = unused * 2 - per_length[length];
    if (unused < 0) return "a Huffman code has more codes than fit";
    if (per_length[length] > 0) longest = length;
  }
  table->bits = longest > 0 ? longest : 1;
  memset(table->entries, 0, sizeof table->entries[0] << table->bits);
  int next_code[MAX_BITS + 1];
  int code = 0;
  for (int length = 1; length <= MAX_BITS; length++) {
    code = (code + per_length[length - 1]) << 1;
    next_code[length] = code;
  }
  for (int symbol = 0; symbol < count; symbol++) {
    int length = lengths[symbol];
    if (length == 0) continue;
    int assigned = next_code[length]++, reversed = 0;
    for (int bit = 0; bit < length; bit++) {
      reversed |= ((assigned >> bit) & 1) << (length - 1 - bit);
    }
    for (int index = reversed; index < 1 << table->bits; index += 1 << length) {
      table->entries[index] = (uint16_t)(symbol << 4 | length);
    }
  }
  return NULL;
}

/* The next symbol, or -1 for bits that are no code. */
static int decode(BitReader *reader, const Table *table) {
  if (reader->bit_count < table->bits) refill(reader);
  uint16_t entry = table->entries[reader->bit_buffer & ((1u << table->bits) - 1)];
  if (entry == 0) return -1;
  reader->bit_buffer >>= entry & 15;
  reader->bit_count -= entry & 15;
  return entry >> 4;
}

static Table literal_table, distance_table, code_length_table;

static const char *fixed_tables(void) {
  uint8_t lengths[288];
  memset(lengths, 8, 144);
  memset(lengths + 144, 9, 112);
  memset(lengths + 256, 7, 24);
  memset(lengths + 280, 8, 8);
  const char *error = build_table(&literal_table, lengths, 288);
  memset(lengths, 5, 30);
  return error ? error : build_table(&distance_table, lengths, 30);
}

static const char *dynamic_tables(BitReader *reader) {
  int literals = (int)take_bits(reader, 5) + 257;
  int distances = (int)take_bits(reader, 5) + 1;
  int code_lengths = (int)take_bits(reader, 4) + 4;
  if (literals > 286 || distances > 30) return "a block declares too many codes";
  uint8_t lengths[286 + 30] = {0};
  for (int i = 0; i < code_lengths; i++) {
    lengths[CODE_LENGTH_ORDER[i]] = (uint8_t)take_bits(reader, 3);
  }
  const char *error = build_table(&code_length_table, lengths, 19);
  if (error) return error;
  memset(lengths, 0, 19);
  for (int filled = 0; filled < literals + distances;) {
    int symbol = decode(reader, &code_length_table);
    if (symbol < 0) return "bad code-length code";
    if (symbol < 16) {
      lengths[filled++] = (uint8_t)symbol;
      continue;
    }
    uint8_t value = 0;
    int repeat;
    if (symbol == 16) {
      if (filled == 0) return "a code length repeats nothing";
      value = lengths[filled - 1];
      repeat = 3 + (int)take_bits(reader, 2);
    } else if (symbol == 17) {
      repeat = 3 + (int)take_bits(reader, 3);
    } else {
      repeat = 11 + (int)take_bits(reader, 7);
    }
    if (filled + repeat > literals + distances) return "code lengths overflow the block's codes";
    while (repeat-- > 0) lengths[filled++] = value;
  }
  if (lengths[256] == 0) return "a block has no end-of-block code";
  error = build_table(&literal_table, lengths, literals);
  return error ? error : build_table(&distance_table, lengths + literals, distances);
}

static const char *decode_block(BitReader *reader, uint8_t *out, size_t out_size, size_t *written) {
  for (;;) {
    int symbol = decode(reader, &literal_table);
    if (symbol < 0) return "bad literal/length code";
    if (symbol < 256) {
      if (*written == out_size) return "more data than recorded";
      out[(*written)++] = (uint8_t)symbol;
      continue;
    }
    if (symbol == 256) return NULL;
    symbol -= 257;
    if (symbol >= 29) return "bad length code";
    size_t length = LENGTH_BASE[symbol] + take_bits(reader, LENGTH_EXTRA[symbol]);
    int code = decode(reader, &distance_table);
    if (code < 0 || code >= 30) return "bad distance code";
    size_t distance = DISTANCE_BASE[code] + take_bits(reader, DISTANCE_EXTRA[code]);
    if (distance > *written) return "a distance reaches before the start";
    if (length > out_size - *written) return "more data than recorded";
    uint8_t *to = out + *written;
    const uint8_t *from = to - distance;
    for (size_t i = 0; i < length; i++) to[i] = from[i]; /* overlap repeats the pattern */
    *written += length;
  }
}

const char *inflate_raw(const uint8_t *in, size_t in_size, uint8_t *out, size_t out_size) {
  BitReader reader = {in, in_size, 0, 0, 0, 0};
  size_t written = 0;
  for (int last = 0; !last;) {
    last = (int)take_bits(&reader, 1);
    int type = (int)take_bits(&reader, 2);
    const char *error = NULL;
    if (type == 0) {
      take_bits(&reader, reader.bit_count & 7); /* stored blocks start on a byte boundary */
      uint32_t length = take_bits(&reader, 16), complement = take_bits(&reader, 16);
      if (length != (~complement & 0xffff)) return "bad stored block length";
      if (length > out_size - written) return "more data than recorded";
      for (uint32_t i = 0; i < length; i++) out[written++] = (uint8_t)take_bits(&reader, 8);
    } else if (type == 1 || type == 2) {
      error = type == 1 ? fixed_tables() : dynamic_tables(&reader);
      if (!error) error = decode_block(&reader, out, out_size, &written);
    } else {
      error = "bad block type";
    }
    if (error) return error;
    if (truncated(&reader)) return "truncated data";
  }
  return written == out_size ? NULL : "less data than recorded";
}
