// Counts and sums here add with `&+`: a run's counts and microseconds stay far below 2^63, and
// the hot path so carries no overflow check per field.
extension CallTally {
  /// Counts a call answered after waiting `wait` microseconds (`queued`: not offered to an
  /// agent at once).
  @inline(__always)
  mutating func countAnswered(wait: Int64, withinThreshold: Bool, queued: Bool) {
    answered &+= 1
    answeredWait &+= wait
    if withinThreshold { answeredWithinThreshold &+= 1 }
    if wait > 0 { waited &+= 1 }
    if queued { notOfferedAtOnce &+= 1 }
    if wait > longestWait { longestWait = wait }
  }

  /// Counts a call whose handling (talk and ACW) took `handleTime` microseconds.
  @inline(__always)
  mutating func countHandled(handleTime: Int64) {
    handled &+= 1
    self.handleTime &+= handleTime
  }
}
