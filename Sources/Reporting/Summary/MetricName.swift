import ContactCentre

/// The run metrics of PRODUCT §6, in report order, with their JSON names and units.
public enum MetricName: String, CaseIterable, Sendable {
  case serviceLevel
  case averageSpeedOfAnswer
  case averageHandleTime
  case abandonRate
  case probabilityOfWait
  case occupancy
  case longestWait

  /// The label in terminal tables.
  public var label: String {
    switch self {
    case .serviceLevel: "Service level"
    case .averageSpeedOfAnswer: "Average speed of answer"
    case .averageHandleTime: "Average handle time"
    case .abandonRate: "Abandon rate"
    case .probabilityOfWait: "Probability of wait"
    case .occupancy: "Occupancy"
    case .longestWait: "Longest wait"
    }
  }

  /// Whether the metric is a share (printed as a percentage) rather than seconds.
  public var isShare: Bool {
    switch self {
    case .serviceLevel, .abandonRate, .probabilityOfWait, .occupancy: true
    case .averageSpeedOfAnswer, .averageHandleTime, .longestWait: false
    }
  }

  /// The metric's value in one replication's call tally (occupancy comes from agent time).
  public func value(of tally: CallTally) -> Double? {
    switch self {
    case .serviceLevel: tally.serviceLevel
    case .averageSpeedOfAnswer: tally.averageSpeedOfAnswer
    case .averageHandleTime: tally.averageHandleTime
    case .abandonRate: tally.abandonRate
    case .probabilityOfWait: tally.probabilityOfWait
    case .longestWait: tally.longestWaitSeconds
    case .occupancy: nil
    }
  }
}
