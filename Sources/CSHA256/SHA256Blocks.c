// SHA-256's compression with the x86 SHA extensions (SHA-NI), for the manifest of a large
// output set: a calls.csv of gigabytes is hashed at the speed it is written. Elsewhere, or on
// a processor without them, ccsim_sha256_blocks does nothing and says so, and the Swift code
// (SHA256.swift) hashes the blocks itself.
#include "SHA256Blocks.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>

static const uint32_t roundConstants[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

__attribute__((target("sha,sse4.1,ssse3")))
static void blocksWithSHAInstructions(uint32_t state[8], const uint8_t *blocks, size_t count) {
  // The state as the instructions take it: (A, B, E, F) and (C, D, G, H).
  __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);
  __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);
  __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
  __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
  __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
  __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
  // Each word of a block is big-endian.
  const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  for (size_t block = 0; block < count; block++) {
    const uint8_t *bytes = blocks + 64 * block;
    __m128i savedABEF = abef, savedCDGH = cdgh;
    __m128i words[4];
    for (int quarter = 0; quarter < 4; quarter++) {
      words[quarter] = _mm_shuffle_epi8(
        _mm_loadu_si128((const __m128i *)(bytes + 16 * quarter)), byteSwap);
    }
    // Sixteen times four rounds; the schedule makes the next four words from the last sixteen.
    for (int group = 0; group < 16; group++) {
      __m128i current = words[group % 4];
      __m128i sum = _mm_add_epi32(
        current, _mm_loadu_si128((const __m128i *)&roundConstants[4 * group]));
      cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sum);
      abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(sum, 0x0E));
      if (group < 12) {
        // words[group % 4] becomes W[4(group + 4) ..< 4(group + 4) + 4].
        __m128i next = words[(group + 1) % 4];
        __m128i third = words[(group + 2) % 4];
        __m128i last = words[(group + 3) % 4];
        __m128i partial = _mm_add_epi32(
          _mm_sha256msg1_epu32(current, next), _mm_alignr_epi8(last, third, 4));
        words[group % 4] = _mm_sha256msg2_epu32(partial, last);
      }
    }
    abef = _mm_add_epi32(abef, savedABEF);
    cdgh = _mm_add_epi32(cdgh, savedCDGH);
  }
  __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
  __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
  _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
  _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

int ccsim_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count) {
  static int supported = -1;
  if (supported < 0) {
    __builtin_cpu_init();
    supported = __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1")
      && __builtin_cpu_supports("ssse3");
  }
  if (!supported) return 0;
  blocksWithSHAInstructions(state, blocks, count);
  return 1;
}

#else

int ccsim_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count) {
  (void)state;
  (void)blocks;
  (void)count;
  return 0;
}

#endif
