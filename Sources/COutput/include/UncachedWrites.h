#ifndef CCSIM_UNCACHED_WRITES_H
#define CCSIM_UNCACHED_WRITES_H

/// Turns uncached (direct) reads and writes of the open file `descriptor` on or off: returns 1
/// when done, 0 when the system or its file system has none (then nothing changed). While on,
/// each read or write must start at an offset, and from an address, that are multiples of the
/// file system's block size, and have a length that is one too.
int ccsim_set_uncached(int descriptor, int on);

#endif
