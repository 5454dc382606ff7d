/// How the figures of calls are counted, chosen to match the ACD a planner compares the
/// simulation with: whether the service-level threshold is inclusive, what abandons do to the
/// service level, whether short abandons are abandons in the abandon rate, and in which interval
/// an answered call counts. The standard conventions are ccsim's own (and every figure's before
/// they could be chosen).
public struct ReportingConventions: Sendable, Equatable, BitwiseCopyable {
  /// Whether a call answered after exactly the threshold is within it.
  public enum Threshold: String, Sendable, CaseIterable, BitwiseCopyable {
    /// wait ≤ threshold (Avaya CMS, Cisco Unified CCE).
    case inclusive
    /// wait < threshold (Genesys, whose time ranges exclude their upper bound).
    case exclusive
  }

  /// What abandons within the threshold (short abandons aside) do to the service level: Cisco
  /// Unified CCE's service-level types 1, 2 and 3.
  public enum AbandonsInServiceLevel: String, Sendable, CaseIterable, BitwiseCopyable {
    /// Counted against: in the denominator, not the numerator (type 2, negative impact).
    case counted
    /// Left out of both (type 1, ignore abandoned calls).
    case ignored
    /// Counted as met: in both (type 3, positive impact).
    case met
  }

  /// Whether short abandons are abandons in the abandon rate.
  public enum ShortAbandonsInAbandonRate: String, Sendable, CaseIterable, BitwiseCopyable {
    /// abandoned / (answered + abandoned).
    case counted
    /// Left out of both counts, as Cisco's short-call timer (abandon wait time) does.
    case removed
  }

  /// When, and in which reporting interval, an answered call counts.
  public enum AnsweredCounted: String, Sendable, CaseIterable, BitwiseCopyable {
    /// Once its talk is over, in the interval it queued (with its abandon, in the interval
    /// the abandoning call queued); a call still talking at the end is unresolved.
    case atEndOfTalk
    /// At the moment of answer, in the interval it was answered (and an abandon in the interval
    /// the caller hung up), as an ACD counts; a call still waiting at the end after the
    /// threshold counts as missed in the service level of the last interval.
    case atAnswer
  }

  public var threshold: Threshold
  public var abandonsInServiceLevel: AbandonsInServiceLevel
  public var shortAbandonsInAbandonRate: ShortAbandonsInAbandonRate
  public var answeredCounted: AnsweredCounted

  /// Creates conventions; each left out is the standard one.
  public init(
    threshold: Threshold = .inclusive, abandonsInServiceLevel: AbandonsInServiceLevel = .counted,
    shortAbandonsInAbandonRate: ShortAbandonsInAbandonRate = .counted,
    answeredCounted: AnsweredCounted = .atEndOfTalk
  ) {
    self.threshold = threshold
    self.abandonsInServiceLevel = abandonsInServiceLevel
    self.shortAbandonsInAbandonRate = shortAbandonsInAbandonRate
    self.answeredCounted = answeredCounted
  }

  /// ccsim's own: inclusive threshold, abandons counted against, short abandons counted in the
  /// abandon rate, answered counted at the end of talk.
  public static let standard = ReportingConventions()

  /// Whether a wait of `wait` is within `threshold` (both in microseconds).
  @inline(__always)
  public func isWithin(_ wait: Int64, threshold limit: Int64) -> Bool {
    threshold == .inclusive ? wait <= limit : wait < limit
  }
}
