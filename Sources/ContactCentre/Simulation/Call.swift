import SimKernel

/// One call in flight, held in a reusable slot of the centre's call table.
struct Call: BitwiseCopyable {
  enum Phase: UInt8, BitwiseCopyable {
    case free
    case waiting
    case talking
    case wrappingUp
  }

  var generation: UInt32 = 0
  var phase = Phase.free
  /// Counted in the statistics: it arrived after the warm-up.
  var counted = false
  var queue: Int32 = 0
  var interval: Int32 = 0
  var queuedAt = SimInstant.zero
  /// When the caller hangs up if still waiting.
  var abandonAt = SimInstant.distantFuture
  var wait = SimDuration.zero
  var talk = SimDuration.zero
  var acw = SimDuration.zero
}
