/// A point in simulated time: microseconds since the start of the run (t = 0).
public struct SimInstant: Hashable, Comparable, Sendable, BitwiseCopyable {
  /// Microseconds since t = 0.
  public var microseconds: Int64

  /// Creates the instant `microseconds` after t = 0.
  @inlinable public init(microseconds: Int64) { self.microseconds = microseconds }

  /// The start of the run.
  @inlinable public static var zero: SimInstant { SimInstant(microseconds: 0) }

  /// An instant later than any a run reaches.
  @inlinable public static var distantFuture: SimInstant {
    SimInstant(microseconds: Int64.max / 2)
  }

  /// The instant `duration` after t = 0.
  @inlinable public init(since zero: SimDuration) { self.microseconds = zero.microseconds }

  /// Time since t = 0.
  @inlinable public var sinceStart: SimDuration { SimDuration(microseconds: microseconds) }

  /// Seconds since t = 0.
  @inlinable public var seconds: Double { sinceStart.seconds }

  @inlinable public static func < (lhs: SimInstant, rhs: SimInstant) -> Bool {
    lhs.microseconds < rhs.microseconds
  }

  @inlinable public static func + (lhs: SimInstant, rhs: SimDuration) -> SimInstant {
    SimInstant(microseconds: lhs.microseconds + rhs.microseconds)
  }

  @inlinable public static func - (lhs: SimInstant, rhs: SimDuration) -> SimInstant {
    SimInstant(microseconds: lhs.microseconds - rhs.microseconds)
  }

  @inlinable public static func - (lhs: SimInstant, rhs: SimInstant) -> SimDuration {
    SimDuration(microseconds: lhs.microseconds - rhs.microseconds)
  }
}
