/// Everything `ccsim fit` estimates for one queue, each with its uncertainty: the arrivals per
/// weekday and interval with the day-to-day busyness, the IVR, talk, wrap-up and patience
/// distributions, the RONA share and the agents staffed. A part the data cannot give is nil,
/// with the reason in `notes`.
public struct QueueFit: Sendable {
  /// The queue, as the history names it.
  public var queue: String
  /// Callers per interval of the day (counted by the moment they rang; on interval data the
  /// calls offered), per weekday, with the busyness factor's coefficient of variation.
  public var arrivals: ArrivalFit
  /// The days of the history (days since 1970-01-01), in order, and the interval in seconds.
  public var days: [Int]
  public var interval: Double
  /// Seconds in the IVR before the queue, and the share of callers who hung up in it.
  public var ivrTime: DistributionFits?
  public var ivrHangUpShare: ParameterEstimate?
  /// Talk including hold (the time with the caller), and wrap-up (ACW).
  public var talk: DistributionFits?
  public var wrapUp: DistributionFits?
  /// Mean talk and wrap-up where only means are known (interval data).
  public var meanTalk: ParameterEstimate?
  public var meanWrapUp: ParameterEstimate?
  /// Patience, from waits censored by answer.
  public var patience: PatienceFit?
  /// Ring-outs per offer to an agent (RONA): the chance an agent misses a call.
  public var ringOutShare: ParameterEstimate?
  /// Agents staffed per weekday and interval (mean over that weekday's days); nil without
  /// agent data.
  public var agents: [[Double]]?
  /// What the data could not give, and other remarks, for the reader of the fit.
  public var notes: [String] = []

  /// The interval of the day that `seconds` since midnight falls in.
  func intervalOfDay(_ seconds: Double) -> Int { Int((seconds / interval).rounded(.down)) }
  /// Intervals in a day.
  public var intervalsPerDay: Int { Int((86_400 / interval).rounded()) }
}
