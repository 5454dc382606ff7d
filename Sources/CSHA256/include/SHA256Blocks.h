#ifndef CCSIM_SHA256_BLOCKS_H
#define CCSIM_SHA256_BLOCKS_H

#include <stddef.h>
#include <stdint.h>

/// Hashes `count` 64-byte blocks at `blocks` into the SHA-256 `state` (eight words, H0 first)
/// with the processor's SHA instructions: returns 1, or 0 (nothing done) when it has none.
int ccsim_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count);

#endif
