import SimKernel

/// How Advice and Guidance (A&G) answers a caseworker's request. Seed 000: "If so, advise the
/// caseworker to raise an SR with Advice and Guidance team", and "Advice and Guidance aim to
/// provide a response to case specific enquiries within five working days. Non case specific
/// enquiries may take a little longer and urgent enquiries have a 24 hour turnaround."
///
/// The caseworker raises the request (the step's NotReady `time`), parks the problem and works
/// on; when the answer arrives they return to it when next free (NotReady `review`), and it
/// solves the problem with the step's probability — otherwise they go on to document it for
/// AAC. A caseworker's problem is about one of their cases, so every request is case specific.
/// A working day is a day of simulated time (24 hours): the model has no weekends, every day
/// of a run is a working day.
public struct AdviceAndGuidance: Sendable, Equatable {
  /// The share of problems reaching the step that the team leader refers to A&G ("consider the
  /// type of problem … and if this could be resolved with escalation to Advice and Guidance");
  /// the rest, "where a referral to Advice and Guidance is not appropriate", go on to AAC.
  public var referred: Double
  /// From the request to the answer of a case-specific enquiry (five working days).
  public var response: Distribution
  /// The share of requests that are urgent, and their turnaround (24 hours).
  public var urgentShare: Double
  public var urgentResponse: Distribution
  /// The caseworker's NotReady time on the answer, when they return to the problem.
  public var review: Distribution

  /// Creates A&G's answers.
  public init(
    referred: Double = 1, response: Distribution = .fixed(5 * 86_400), urgentShare: Double = 0,
    urgentResponse: Distribution = .fixed(86_400), review: Distribution = .fixed(600)
  ) {
    self.referred = referred
    self.response = response
    self.urgentShare = urgentShare
    self.urgentResponse = urgentResponse
    self.review = review
  }
}
