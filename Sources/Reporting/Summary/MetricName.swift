import ContactCentre
import SimKernel

/// The run metrics of PRODUCT §6, in report order, with their JSON names and units.
public enum MetricName: String, CaseIterable, Sendable {
  case serviceLevel
  case averageSpeedOfAnswer
  case averageHandleTime
  case abandonRate
  /// Ahead of the probability of wait, which counts ring time as waiting (every call that
  /// rings an agent has waited).
  case probabilityOfQueueing
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
    case .probabilityOfQueueing: "Probability of queueing"
    case .probabilityOfWait: "Probability of wait"
    case .occupancy: "Occupancy"
    case .longestWait: "Longest wait"
    }
  }

  /// Why the metric has no value when its denominator is empty: the note that goes with a
  /// null in JSON and a "—" in tables.
  public var emptyDenominator: String {
    switch self {
    case .serviceLevel: "no call was answered or abandoned (short abandons aside)"
    case .averageSpeedOfAnswer: "no call was answered"
    case .averageHandleTime: "no call was handled"
    case .abandonRate, .probabilityOfQueueing, .probabilityOfWait, .longestWait:
      "no call was answered or abandoned"
    case .occupancy: "no agent was busy or Ready after the warm-up"
    }
  }

  /// Notes on the metrics of `metrics` that have no value, one per metric:
  /// `"averageSpeedOfAnswer: no value, no call was answered"`.
  public static func notes(_ metrics: [MetricName: Estimate]) -> [String] {
    allCases.compactMap { name in
      guard let estimate = metrics[name], estimate.mean == nil else { return nil }
      return "\(name.rawValue): no value, \(name.emptyDenominator)"
    }
  }

  /// Whether the metric is a share (printed as a percentage) rather than seconds.
  public var isShare: Bool {
    switch self {
    case .serviceLevel, .abandonRate, .probabilityOfQueueing, .probabilityOfWait, .occupancy: true
    case .averageSpeedOfAnswer, .averageHandleTime, .longestWait: false
    }
  }

  /// The metric's value in one replication's call tally, counted under `conventions`
  /// (occupancy comes from agent time).
  public func value(of tally: CallTally, _ conventions: ReportingConventions) -> Double? {
    switch self {
    case .serviceLevel: tally.serviceLevel(conventions)
    case .averageSpeedOfAnswer: tally.averageSpeedOfAnswer
    case .averageHandleTime: tally.averageHandleTime
    case .abandonRate: tally.abandonRate(conventions)
    case .probabilityOfQueueing: tally.probabilityOfQueueing
    case .probabilityOfWait: tally.probabilityOfWait
    case .longestWait: tally.longestWaitSeconds
    case .occupancy: nil
    }
  }
}
