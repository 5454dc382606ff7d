// Writes that bypass the kernel's page cache (Linux's O_DIRECT), for a calls.csv of
// gigabytes: copying it into the cache costs the kernel more time than the rows cost to make,
// and the cache gains nothing from a file written once. O_DIRECT is a GNU name, which Swift's
// Glibc module does not show, hence this file.
#define _GNU_SOURCE
#include "UncachedWrites.h"

#include <fcntl.h>

int ccsim_set_uncached(int descriptor, int on) {
#if defined(__linux__) && defined(O_DIRECT)
  int flags = fcntl(descriptor, F_GETFL);
  if (flags < 0) return 0;
  flags = on ? (flags | O_DIRECT) : (flags & ~O_DIRECT);
  return fcntl(descriptor, F_SETFL, flags) == 0;
#else
  (void)descriptor;
  return !on;
#endif
}
