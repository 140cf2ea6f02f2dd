/*
 * SHA-256 (FIPS 180-4), streaming: the launcher checks the embedded runtime
 * against the digest the build recorded before it trusts an extraction.
 */
#ifndef TAIPAN_SHA256_H
#define TAIPAN_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  uint32_t state[8];
  uint64_t length; /* bytes hashed so far */
  uint8_t block[64];
  size_t filled; /* bytes waiting in block */
} Sha256;

void sha256_init(Sha256 *hash);
void sha256_update(Sha256 *hash, const uint8_t *data, size_t size);
/* Writes the digest as 64 lower-case hex digits and a NUL. */
void sha256_hex(Sha256 *hash, char out[65]);

#endif
