/*
 * DEFLATE decompression (RFC 1951, raw: no zlib or gzip wrapper), whole
 * buffer to whole buffer: the launcher unpacks the payload files the build
 * compressed with node:zlib's deflateRawSync.
 */
#ifndef TAIPAN_INFLATE_H
#define TAIPAN_INFLATE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decompresses `in` into `out`, which must receive exactly `out_size` bytes.
 * Returns NULL on success, else what was wrong with the data.
 */
const char *inflate_raw(const uint8_t *in, size_t in_size, uint8_t *out, size_t out_size);

#endif
