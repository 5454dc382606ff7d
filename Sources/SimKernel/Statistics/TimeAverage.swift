/// The time-weighted average of a piecewise-constant quantity (queue length, agents busy, …).
public struct TimeAverage: Sendable, Equatable {
  /// The current value.
  public private(set) var value: Double
  /// The instant the observation window opened.
  public private(set) var origin: SimInstant
  @usableFromInline var lastChange: SimInstant
  @usableFromInline var area: Double = 0

  /// Starts observing at `origin` with `value`.
  public init(value: Double = 0, at origin: SimInstant = .zero) {
    self.value = value
    self.origin = origin
    self.lastChange = origin
  }

  /// Records that the quantity becomes `newValue` at `now`.
  ///
  /// - Complexity: O(1)
  public mutating func set(_ newValue: Double, at now: SimInstant) {
    if now > lastChange {
      area += value * (now - lastChange).seconds
      lastChange = now
    }
    value = newValue
  }

  /// Forgets the history before `now` (the end of a warm-up), keeping the current value.
  public mutating func reset(at now: SimInstant) {
    area = 0
    origin = now
    lastChange = now
  }

  /// The integral of the quantity from the origin to `now`, in value × seconds.
  public func integral(until now: SimInstant) -> Double {
    area + value * max(0, (now - lastChange).seconds)
  }

  /// The average from the origin to `now`; nil over an empty window.
  public func average(until now: SimInstant) -> Double? {
    let span = (now - origin).seconds
    return span > 0 ? integral(until: now) / span : nil
  }
}
