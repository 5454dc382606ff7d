import SimKernel

/// How problems arise for caseworkers and what they do before raising an incident with AAC
/// (Incident Management – Manage Incident Locally).
///
/// A problem arises at a rate per caseworker-hour on shift, and after a call closed as
/// Unresolved – Escalated (a share of them). The caseworker works through the local steps in
/// order — procedures, colleagues, the team leader, Advice and Guidance — each taking NotReady
/// time and solving the problem with a probability (Advice and Guidance, given its `answer`,
/// after days: `AdviceAndGuidance`); if none does, they document it, the team leader approves
/// the referral after a delay, and the caseworker rings their area's AAC line.
/// While an incident is open its case is lock-assigned to the caseworker: calls for its
/// casegroup route only to them.
public struct Incidents: Sendable, Equatable {
  /// Who a problem is taken to before AAC, in the procedures' order.
  public enum LocalStep: Int, Sendable, CaseIterable, BitwiseCopyable {
    case procedures
    case colleagues
    case teamLeader
    case adviceAndGuidance

    /// The step's key in the scenario format.
    public var key: String {
      switch self {
      case .procedures: "procedures"
      case .colleagues: "colleagues"
      case .teamLeader: "teamLeader"
      case .adviceAndGuidance: "adviceAndGuidance"
      }
    }
  }

  /// A local step: the caseworker's NotReady time on it and the chance it solves the problem.
  public struct Local: Sendable, Equatable {
    public var step: LocalStep
    public var time: Distribution
    /// The probability that this step solves a problem that reaches it.
    public var solves: Double
    /// Advice and Guidance only: how its answer comes, days later (`time` is then raising the
    /// request); nil: the answer is had within the step's NotReady time.
    public var answer: AdviceAndGuidance?

    /// Creates a local step.
    public init(
      step: LocalStep, time: Distribution, solves: Double, answer: AdviceAndGuidance? = nil
    ) {
      self.step = step
      self.time = time
      self.solves = solves
      self.answer = answer
    }
  }

  /// Problems per caseworker-hour on shift (Poisson).
  public var perCaseworkerHour: Double
  /// The share of Unresolved – Escalated calls that raise a problem about the caller's case.
  public var fromEscalated: Double
  /// The local steps tried in order (a step left out is skipped).
  public var local: [Local]
  /// Documenting the problem and referring it to the team leader (NotReady).
  public var document: Distribution
  /// From the referral to the team leader's approval (the caseworker works on meanwhile).
  public var approval: Distribution
  /// The NotReady reason of the caseworker's time on incidents; nil = the vocabulary's clerical
  /// reason (`Vocabulary.clerical`).
  public var reason: NotReadyReason?

  /// Whether Advice and Guidance answers days later (its step has an `answer`): the problem is
  /// parked meanwhile, and reports count the requests.
  public var parksWithAdvice: Bool { local.contains { $0.answer != nil } }

  /// Creates the rules.
  public init(
    perCaseworkerHour: Double, fromEscalated: Double = 1, local: [Local] = [],
    document: Distribution = .fixed(600), approval: Distribution = .fixed(1800),
    reason: NotReadyReason? = nil
  ) {
    self.perCaseworkerHour = perCaseworkerHour
    self.fromEscalated = fromEscalated
    self.local = local
    self.document = document
    self.approval = approval
    self.reason = reason
  }
}
