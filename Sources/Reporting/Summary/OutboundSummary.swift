import ContactCentre
import SimKernel

/// Outbound calls over replications: call-backs, activity plans, dialling and outcomes summed,
/// and the average handle time of an outbound call as a mean over replications.
public struct OutboundSummary: Sendable {
  /// The tallies summed over replications.
  public var tally: OutboundTally
  /// The outcomes of the outbound calls, summed over replications.
  public var outcomes: OutcomeCounts
  /// Mean talk (dialling included) + ACW of a handled outbound call, seconds.
  public var averageHandleTime: Estimate

  /// Summarises one tally and one set of outcome counts per replication.
  init(_ tallies: [OutboundTally], outcomes: [OutcomeCounts]) {
    tally = tallies.reduce(into: OutboundTally()) { $0.merge($1) }
    self.outcomes = outcomes.reduce(into: OutcomeCounts()) { $0.merge($1) }
    averageHandleTime = Estimate(replications: tallies.map(\.averageHandleTime))
  }

  /// Whether any outbound work was created or any outbound call closed.
  public var isEmpty: Bool {
    tally == OutboundTally() && outcomes.total == 0
  }
}
