import SimKernel

/// CSA scheme case-closure exceptions: failure reports from the nightly batch, triaged, and
/// the share that needs a caseworker's corrective action done as back-office work.
///
/// Each night at `at` the batch produces a Poisson number of failure reports, each with a
/// reason. Technical triage (HP) sends each one to one of: **technical skip** (re-run with the
/// next batch, where closure succeeds), the **AMS team** (fixed and closed, or else handled
/// through the clerical case process), or back to a **caseworker** through the incident
/// management team: a work item for one of `teams`, done in NotReady – Customer Related
/// Clerical Work when no call is waiting for the caseworker (or at once in reserved time).
public struct CaseClosureExceptions: Sendable, Equatable {
  /// A failure reason and its share of reports.
  public typealias Reason = NamedShare

  /// When the nightly batch runs, as time of day.
  public var at: SimDuration
  /// The mean number of failure reports per batch (Poisson).
  public var reportsPerBatch: Double
  /// The reasons, with shares summing to 1.
  public var reasons: [Reason]
  /// Triage shares (summing to 1): technical skip, AMS team, caseworker.
  public var technicalSkip: Double
  public var ams: Double
  public var caseworker: Double
  /// The share of AMS cases fixed (the rest go to clerical case handling).
  public var amsFixed: Double
  /// From the batch to the work item reaching the caseworkers (through the incident team).
  public var handOver: Distribution
  /// The caseworker's time on an item (NotReady – Customer Related Clerical Work).
  public var work: Distribution
  /// The teams whose caseworkers take the items (the items are shared among them).
  public var teams: [Int]
  /// Caseworkers kept for back-office work in given hours (per team).
  public var reserves: [OutboundReserve]

  /// Creates the rules.
  public init(
    at: SimDuration, reportsPerBatch: Double, reasons: [Reason], technicalSkip: Double,
    ams: Double, caseworker: Double, amsFixed: Double = 1, handOver: Distribution = .fixed(0),
    work: Distribution, teams: [Int], reserves: [OutboundReserve] = []
  ) {
    self.at = at
    self.reportsPerBatch = reportsPerBatch
    self.reasons = reasons
    self.technicalSkip = technicalSkip
    self.ams = ams
    self.caseworker = caseworker
    self.amsFixed = amsFixed
    self.handOver = handOver
    self.work = work
    self.teams = teams
    self.reserves = reserves
  }
}
