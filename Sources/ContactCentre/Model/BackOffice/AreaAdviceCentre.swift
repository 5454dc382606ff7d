import SimKernel

/// The Area Advice Centre (AAC): the desk caseworkers ring to raise an incident with a
/// problem in CMS2012 or BaNCS. It is a contact centre of its own within the scenario: each
/// area has its own line (a line of kind `aac`), answered by AAC agents (teams that handle the
/// line's call type, with their own shifts and states). On each call AAC logs the incident,
/// gives its number and evaluates it (`IncidentEvaluation`).
public struct AreaAdviceCentre: Sendable, Equatable {
  /// One of the five areas: its incident-number prefix, its line, and the CMG teams whose
  /// caseworkers ring it.
  public struct Area: Sendable, Equatable {
    /// The prefix of its incident numbers, e.g. `"PLY"` (PLY12345).
    public var prefix: String
    /// Its name, e.g. `"Plymouth"`.
    public var name: String
    /// The index of its line (kind `aac`).
    public var line: Int
    /// Indices of the teams whose caseworkers raise incidents on this line.
    public var teams: [Int]

    /// Creates an area.
    public init(prefix: String, name: String, line: Int, teams: [Int] = []) {
      self.prefix = prefix
      self.name = name
      self.line = line
      self.teams = teams
    }
  }

  /// The areas, each with its own line.
  public var areas: [Area]
  /// How AAC evaluates an incident on the call.
  public var evaluation: IncidentEvaluation

  /// Creates the desk.
  public init(areas: [Area], evaluation: IncidentEvaluation) {
    self.areas = areas
    self.evaluation = evaluation
  }

  /// The area whose line is `line`, if any.
  public func area(line: Int) -> Int? {
    areas.firstIndex { $0.line == line }
  }

  /// The area whose caseworkers are in `team`, if any.
  public func area(team: Int) -> Int? {
    areas.firstIndex { $0.teams.contains(team) }
  }
}

/// What AAC does with an incident once it is logged and numbered, as shares of incidents and
/// times per step (Incident Management – AAC Manage Incident).
public struct IncidentEvaluation: Sendable, Equatable {
  /// A rejection reason and its share of rejections.
  public typealias Reason = NamedShare

  /// An Expert Domain's share of assignments and how long its resolution takes to arrive by
  /// email.
  public struct DomainShare: Sendable, Equatable {
    /// The domain.
    public var domain: ExpertDomain
    /// Its share of assignments (the shares sum to 1).
    public var share: Double
    /// From assignment to the resolution email.
    public var delay: Distribution

    /// Creates a domain's share.
    public init(domain: ExpertDomain, share: Double, delay: Distribution) {
      self.domain = domain
      self.share = share
      self.delay = delay
    }
  }

  /// The share of incidents rejected within the initial call (Closed Rejected, with a
  /// rejection email), and the reasons.
  public var reject: Double
  public var rejectReasons: [Reason]
  /// The share resolved within the initial call; the share of those resolutions that work
  /// (the others are assigned: the caseworker says so within the call).
  public var resolve: Double
  public var resolveSuccess: Double
  /// The share for which AAC arranges a call-back; how long after the call AAC rings back,
  /// how long the call-back takes, and the share of call-back resolutions that work.
  public var callBack: Double
  public var callBackAfter: Distribution
  public var callBackTalk: Distribution
  public var callBackSuccess: Double
  /// The share assigned to an Expert Domain at once (the rest of the shares: reject, resolve,
  /// call-back and assign sum to 1), and the domains.
  public var assign: Double
  public var domains: [DomainShare]
  /// The share of emailed resolutions that work; an unsuccessful one escalates again (a new
  /// assignment).
  public var emailSuccess: Double
  /// The caseworker's time answering a resolution email (NotReady), and how soon they must.
  public var response: Distribution
  public var respondWithin: SimDuration

  /// Creates an evaluation.
  public init(
    reject: Double, rejectReasons: [Reason], resolve: Double, resolveSuccess: Double = 1,
    callBack: Double, callBackAfter: Distribution = .fixed(3600),
    callBackTalk: Distribution = .fixed(600), callBackSuccess: Double = 1, assign: Double,
    domains: [DomainShare], emailSuccess: Double = 1, response: Distribution = .fixed(600),
    respondWithin: SimDuration = .hours(24)
  ) {
    self.reject = reject
    self.rejectReasons = rejectReasons
    self.resolve = resolve
    self.resolveSuccess = resolveSuccess
    self.callBack = callBack
    self.callBackAfter = callBackAfter
    self.callBackTalk = callBackTalk
    self.callBackSuccess = callBackSuccess
    self.assign = assign
    self.domains = domains
    self.emailSuccess = emailSuccess
    self.response = response
    self.respondWithin = respondWithin
  }
}
