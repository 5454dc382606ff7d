import SimKernel

/// When CC Pulse colours a cell amber or red, as team leaders set it up.
public struct PulseThresholds: Sendable, Equatable {
  /// Service level below `amber` is amber, below `red` red (e.g. 0.8 and 0.6).
  public var serviceLevelAmber: Double
  public var serviceLevelRed: Double
  /// A queue's longest current wait above these is amber / red.
  public var longestWaitAmber: SimDuration
  public var longestWaitRed: SimDuration
  /// Abandon rate above these is amber / red.
  public var abandonRateAmber: Double
  public var abandonRateRed: Double
  /// An agent in After Call Work, or NotReady, for longer than these is amber / red.
  public var afterCallWorkAmber: SimDuration
  public var afterCallWorkRed: SimDuration
  public var notReadyAmber: SimDuration
  public var notReadyRed: SimDuration
  /// Thresholds of their own for the reason codes named (by the vocabulary's names): a
  /// reason not named has `notReadyAmber` and `notReadyRed` (none at all for the team
  /// leaders' reason: `notReady(_:in:)`).
  public var notReadyReasons: [String: NotReadyThresholds]

  public init(
    serviceLevelAmber: Double = 0.8, serviceLevelRed: Double = 0.6,
    longestWaitAmber: SimDuration = .seconds(30), longestWaitRed: SimDuration = .seconds(60),
    abandonRateAmber: Double = 0.05, abandonRateRed: Double = 0.1,
    afterCallWorkAmber: SimDuration = .minutes(8), afterCallWorkRed: SimDuration = .minutes(10),
    notReadyAmber: SimDuration = .minutes(20), notReadyRed: SimDuration = .minutes(45),
    notReadyReasons: [String: NotReadyThresholds] = [:]
  ) {
    self.serviceLevelAmber = serviceLevelAmber
    self.serviceLevelRed = serviceLevelRed
    self.longestWaitAmber = longestWaitAmber
    self.longestWaitRed = longestWaitRed
    self.abandonRateAmber = abandonRateAmber
    self.abandonRateRed = abandonRateRed
    self.afterCallWorkAmber = afterCallWorkAmber
    self.afterCallWorkRed = afterCallWorkRed
    self.notReadyAmber = notReadyAmber
    self.notReadyRed = notReadyRed
    self.notReadyReasons = notReadyReasons
  }

  /// The colours of the example: service level below 80 % amber, below 60 % red; a
  /// longest wait over 60 s red; an agent in ACW over 8 minutes amber. No reason code has
  /// thresholds of its own (a scenario's `pulse` gives the Child Maintenance Group's).
  public static let standard = PulseThresholds()
}
