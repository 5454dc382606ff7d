import SimKernel

/// Counts and sums of the calls of one queue, team, interval or the whole run.
///
/// Sums of times are integer microseconds, so merging tallies in any order gives the same bits.
public struct CallTally: Sendable, Equatable, BitwiseCopyable {
  /// Calls that entered a queue.
  public var offered = 0
  /// Calls answered whose talk ended before the end of the run.
  public var answered = 0
  /// Callers who hung up while waiting.
  public var abandoned = 0
  /// Abandoned with a wait no longer than the short-abandon limit.
  public var shortAbandoned = 0
  /// Answered with a wait within the service-level threshold.
  public var answeredWithinThreshold = 0
  /// Abandoned with a wait within the service-level threshold, short abandons aside: what
  /// `ReportingConventions.AbandonsInServiceLevel` ignores or counts as met.
  public var abandonedWithinThreshold = 0
  /// Still waiting (or ringing) when the run ended, after a wait past the threshold: missed in
  /// the service level when answered calls count at answer (`AnsweredCounted.atAnswer`); 0
  /// otherwise. They are unresolved at the end too.
  public var missedAtEnd = 0
  /// Answered after a wait longer than zero, plus abandoned.
  public var waited = 0
  /// Answered or abandoned, and not offered to an agent at once when it entered the queue (no
  /// agent was Ready for it): it queued. With no ring time, `waited` by another name.
  public var notOfferedAtOnce = 0
  /// Offers withdrawn after the RONA timeout and put back in the queue.
  public var redirectedOnNoAnswer = 0
  /// Calls transferred on.
  public var transferred = 0
  /// Offered calls that were a caller ringing again (after an outcome such as Lost Connection,
  /// or after abandoning): offered − redials is the number of first attempts.
  public var redials = 0
  /// Offered calls that were a transferred caller's new leg (offered again, in the transfer
  /// queue): a line's arrivals + transfer legs = offered + IVR hang-ups + still in the IVR.
  public var transferLegs = 0
  /// Calls still waiting, ringing or talking when the run ended.
  public var unresolvedAtEnd = 0
  /// Calls whose handling (talk and ACW) finished.
  public var handled = 0
  /// Total wait of answered calls, microseconds.
  public var answeredWait: Int64 = 0
  /// Total talk + hold + ACW of handled calls, microseconds.
  public var handleTime: Int64 = 0
  /// The longest wait of an answered or abandoned call, microseconds.
  public var longestWait: Int64 = 0

  /// Creates an empty tally.
  public init() {}

  /// Adds `other`'s counts and sums to these.
  public mutating func merge(_ other: CallTally) {
    offered += other.offered
    answered += other.answered
    abandoned += other.abandoned
    shortAbandoned += other.shortAbandoned
    answeredWithinThreshold += other.answeredWithinThreshold
    abandonedWithinThreshold += other.abandonedWithinThreshold
    missedAtEnd += other.missedAtEnd
    waited += other.waited
    notOfferedAtOnce += other.notOfferedAtOnce
    redirectedOnNoAnswer += other.redirectedOnNoAnswer
    transferred += other.transferred
    redials += other.redials
    transferLegs += other.transferLegs
    unresolvedAtEnd += other.unresolvedAtEnd
    handled += other.handled
    answeredWait += other.answeredWait
    handleTime += other.handleTime
    longestWait = max(longestWait, other.longestWait)
  }

  /// The service level under `conventions`: answered within the threshold / (answered +
  /// abandoned − short abandoned + missed at the end), with the abandons within the threshold
  /// (short ones aside) taken out of the denominator when ignored, or added to the numerator
  /// when met (Cisco's service-level types 1 and 3; counted against, type 2, by default).
  public func serviceLevel(_ conventions: ReportingConventions) -> Double? {
    let calls = answered + abandoned - shortAbandoned + missedAtEnd
    switch conventions.abandonsInServiceLevel {
    case .counted: return ratio(answeredWithinThreshold, calls)
    case .ignored: return ratio(answeredWithinThreshold, calls - abandonedWithinThreshold)
    case .met: return ratio(answeredWithinThreshold + abandonedWithinThreshold, calls)
    }
  }

  /// Mean wait of answered calls, seconds.
  public var averageSpeedOfAnswer: Double? {
    answered > 0 ? SimDuration(microseconds: answeredWait).seconds / Double(answered) : nil
  }

  /// Mean talk + hold + ACW of handled calls, seconds.
  public var averageHandleTime: Double? {
    handled > 0 ? SimDuration(microseconds: handleTime).seconds / Double(handled) : nil
  }

  /// Abandoned / (answered + abandoned); with short abandons removed, (abandoned − short
  /// abandoned) / (answered + abandoned − short abandoned).
  public func abandonRate(_ conventions: ReportingConventions) -> Double? {
    switch conventions.shortAbandonsInAbandonRate {
    case .counted: ratio(abandoned, answered + abandoned)
    case .removed: ratio(abandoned - shortAbandoned, answered + abandoned - shortAbandoned)
    }
  }

  /// (Answered after a wait + abandoned) / (answered + abandoned).
  public var probabilityOfWait: Double? { ratio(waited, answered + abandoned) }

  /// (Answered or abandoned, not offered to an agent at once) / (answered + abandoned): the
  /// share of calls that queued, which ring time does not change.
  public var probabilityOfQueueing: Double? { ratio(notOfferedAtOnce, answered + abandoned) }

  /// The longest wait of an answered or abandoned call, seconds; nil when there was none.
  public var longestWaitSeconds: Double? {
    answered + abandoned > 0 ? SimDuration(microseconds: longestWait).seconds : nil
  }

  private func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
    denominator > 0 ? Double(numerator) / Double(denominator) : nil
  }
}
