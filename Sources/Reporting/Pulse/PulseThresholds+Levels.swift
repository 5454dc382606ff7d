import ContactCentre
import SimKernel

extension PulseThresholds {
  /// Service level below amber is amber, below red red; exactly on a threshold is not past it.
  public func level(serviceLevel: Double?) -> PulseLevel {
    guard let serviceLevel else { return .normal }
    if serviceLevel < serviceLevelRed { return .red }
    return serviceLevel < serviceLevelAmber ? .amber : .normal
  }

  /// A longest current wait above amber is amber, above red red.
  public func level(longestWait: SimDuration?) -> PulseLevel {
    Self.above(longestWait, amber: longestWaitAmber, red: longestWaitRed)
  }

  /// An abandon rate above amber is amber, above red red.
  public func level(abandonRate: Double?) -> PulseLevel {
    Self.above(abandonRate, amber: abandonRateAmber, red: abandonRateRed)
  }

  /// An agent in After Call Work for longer than amber is amber, longer than red red; NotReady,
  /// the same with the thresholds of the reason (`notReady(_:in:)`: a lunch is not a break, a
  /// team leader's time is never coloured); the other states are never coloured.
  public func level(
    state: AgentState, timeInState: SimDuration, reason: NotReadyReason? = nil,
    vocabulary: Vocabulary = .childMaintenance
  ) -> PulseLevel {
    switch state {
    case .afterCallWork:
      Self.above(timeInState, amber: afterCallWorkAmber, red: afterCallWorkRed)
    case .notReady:
      Self.level(timeInState, reason.map { notReady($0, in: vocabulary) } ?? anyNotReady)
    case .loggedOut, .ready, .reserved, .talking, .talkingOutbound, .consulting:
      .normal
    }
  }

  /// Red past red, else amber past amber; never coloured by a limit that is `never`.
  static func level(_ time: SimDuration, _ thresholds: NotReadyThresholds) -> PulseLevel {
    if thresholds.red.isPassed(by: time) { return .red }
    return thresholds.amber.isPassed(by: time) ? .amber : .normal
  }

  private static func above<T: Comparable>(_ value: T?, amber: T, red: T) -> PulseLevel {
    guard let value else { return .normal }
    if value > red { return .red }
    return value > amber ? .amber : .normal
  }
}
