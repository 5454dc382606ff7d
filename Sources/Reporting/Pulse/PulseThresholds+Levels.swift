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

  /// An agent in After Call Work, or NotReady, for longer than amber is amber, longer than red
  /// red; the other states are never coloured.
  public func level(state: AgentState, timeInState: SimDuration) -> PulseLevel {
    switch state {
    case .afterCallWork:
      Self.above(timeInState, amber: afterCallWorkAmber, red: afterCallWorkRed)
    case .notReady:
      Self.above(timeInState, amber: notReadyAmber, red: notReadyRed)
    case .loggedOut, .ready, .reserved, .talking, .talkingOutbound, .consulting:
      .normal
    }
  }

  private static func above<T: Comparable>(_ value: T?, amber: T, red: T) -> PulseLevel {
    guard let value else { return .normal }
    if value > red { return .red }
    return value > amber ? .amber : .normal
  }
}
