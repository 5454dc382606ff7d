/// A length of simulated time, counted in whole microseconds.
///
/// Time is an integer so that a year-long run stays exact and event order never depends on
/// floating-point rounding. Sampled durations are rounded once, here, at the edge.
public struct SimDuration: Hashable, Comparable, Sendable, BitwiseCopyable {
  /// Microseconds in one second.
  @inlinable public static var ticksPerSecond: Int64 { 1_000_000 }

  /// The length in microseconds.
  public var microseconds: Int64

  /// Creates a duration of exactly `microseconds`.
  @inlinable public init(microseconds: Int64) { self.microseconds = microseconds }

  /// The zero duration.
  @inlinable public static var zero: SimDuration { SimDuration(microseconds: 0) }

  /// A duration of whole seconds.
  @inlinable public static func seconds(_ seconds: Int) -> SimDuration {
    SimDuration(microseconds: Int64(seconds) &* ticksPerSecond)
  }

  /// A duration of fractional seconds, rounded to the nearest microsecond.
  ///
  /// Negative and non-finite inputs are clamped: a sampled time can never run backwards.
  @inlinable @inline(__always)
  public static func seconds(_ seconds: Double) -> SimDuration {
    let ticks = seconds * Double(ticksPerSecond)
    guard ticks > 0 else { return .zero }
    guard ticks < 9.0e18 else { return SimDuration(microseconds: Int64.max / 4) }
    return SimDuration(microseconds: Int64(ticks + 0.5))
  }

  /// A duration of whole minutes.
  @inlinable public static func minutes(_ minutes: Int) -> SimDuration {
    .seconds(minutes &* 60)
  }

  /// A duration of whole hours.
  @inlinable public static func hours(_ hours: Int) -> SimDuration { .seconds(hours &* 3600) }

  /// The length in seconds.
  @inlinable public var seconds: Double { Double(microseconds) / Double(Self.ticksPerSecond) }

  @inlinable public static func < (lhs: SimDuration, rhs: SimDuration) -> Bool {
    lhs.microseconds < rhs.microseconds
  }

  @inlinable public static func + (lhs: SimDuration, rhs: SimDuration) -> SimDuration {
    SimDuration(microseconds: lhs.microseconds + rhs.microseconds)
  }

  @inlinable public static func - (lhs: SimDuration, rhs: SimDuration) -> SimDuration {
    SimDuration(microseconds: lhs.microseconds - rhs.microseconds)
  }

  @inlinable public static func * (lhs: SimDuration, rhs: Int64) -> SimDuration {
    SimDuration(microseconds: lhs.microseconds * rhs)
  }
}
