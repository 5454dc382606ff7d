import SimKernel

/// The security questions every call of a type starts with, inbound and outbound, and how
/// often callers fail them. Seed 002: "When making and receiving calls, caseworkers must ask
/// security questions to ensure that the client, employer or third party is the person speaking
/// on the phone."
public struct SecurityCheck: Sendable, Equatable {
  /// How many consecutive failed calls for one SCIN make the caseworker complete a bogus
  /// caller form (CMSF5550): the third, say the procedures.
  public static let failuresForBogusCallerForm = 3

  /// Time spent on the security questions, at the start of the talk.
  public var time: Distribution
  /// The share of calls that fail the check: they end after the questions with Failed
  /// Security Check.
  public var failShare: Double
  /// The share of failed checks whose caller the caseworker believes is not the client (or
  /// their representative): they are reported to the Security Advice and Support Centre
  /// (seed 002: "When the caller has failed a security check and the caseworker believes the
  /// caller is not a Client/Client Representative, the caseworker must terminate the call and
  /// send the information to the Security Advice and Support Centre").
  public var reportShare: Double

  /// Creates a security check.
  public init(time: Distribution, failShare: Double, reportShare: Double = 1) {
    self.time = time
    self.failShare = failShare
    self.reportShare = reportShare
  }
}
