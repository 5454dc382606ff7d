/// Counts a structure's operations under `CCSIM_CHECKS` (debug builds and tests), so that its
/// invariant is checked over the whole structure every 1,024 operations: often enough to catch
/// a broken one near where it broke, rarely enough that the tests stay fast.
@usableFromInline
struct PeriodicCheck {
  @usableFromInline var operations = 0

  @inlinable init() {}

  /// Counts an operation; true at every 1,024th.
  @inlinable @inline(__always) mutating func isDue() -> Bool {
    operations &+= 1
    return operations & 1023 == 0
  }
}
