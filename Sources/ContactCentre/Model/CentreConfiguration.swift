import SimKernel

/// Everything a run of the centre needs: the model as the simulation sees it, without JSON.
public struct CentreConfiguration: Sendable, Equatable {
  /// The scenario's name, for reports.
  public var name: String
  /// The master seed.
  public var seed: UInt64
  /// The clock time of t = 0, as time since midnight.
  public var startOfDay: SimDuration
  /// How long the run lasts.
  public var duration: SimDuration
  /// Calls arriving before this are not counted, nor agent time before it.
  public var warmup: SimDuration
  /// The length of a reporting interval.
  public var interval: SimDuration
  /// The service-level threshold: answered within this counts as in service level.
  public var serviceLevelThreshold: SimDuration
  /// The service-level target, for reports (e.g. 0.8).
  public var serviceLevelTarget: Double
  /// Callers who abandon within this are short abandons, outside the service level.
  public var shortAbandon: SimDuration
  /// How calls are counted in the service level, the abandon rate and the intervals: the ACD
  /// conventions the scenario chose (`reporting`), ccsim's own by default.
  public var conventions = ReportingConventions.standard
  /// The centre's timers.
  public var rules: Rules
  /// The numbers callers ring.
  public var lines: [Line]
  /// The kinds of call.
  public var callTypes: [CallType] { didSet { derivePlans() } }
  /// The segments teams belong to (new case, maintenance, …), by name.
  public var segments: [String]
  /// The teams of agents.
  public var teams: [Team] { didSet { derivePlans() } }
  /// How valid-SCIN callers map to casegroups.
  public var casegroups: CasegroupRules
  /// The routing plans: those of the scenario, then one default plan per set of teams that
  /// handle a call type reaching a queue without a plan. Each plan is a queue in reports.
  public private(set) var plans: [RoutingPlan]
  /// How many of `plans` the scenario gave (the rest are derived from the call types and teams,
  /// and derived again when those change).
  private let givenPlans: Int
  /// The default plan of each call type (nil when no team handles it).
  public private(set) var defaultPlan: [Int?]
  /// Per call type with a transfer: the plan (queue) of each of its transfer targets, in the
  /// order of `transfer.targets`; empty for call types without.
  public private(set) var transferPlans: [[Int]]
  /// Why the day is an emergency (e.g. "strike day"), which allows cold transfers; nil = a
  /// normal day.
  public var emergency: String?
  /// Callers who ring again after an outcome or after abandoning.
  public var redials: Redials
  /// Calls the caseworkers dial; nil = none.
  public var outbound: Outbound?
  /// The centre's names for outcomes, NotReady reasons, IVR branches and Expert Domains, and
  /// what each does in the model; the Child Maintenance Group's by default.
  public var vocabulary = Vocabulary.childMaintenance
  /// When CC Pulse views and the HTML report colour a cell amber or red.
  public var pulse = PulseThresholds.standard
  /// The Area Advice Centre's desk; nil = none.
  public var aac: AreaAdviceCentre?
  /// Problems caseworkers meet and raise with AAC; nil = none (needs `aac`).
  public var incidents: Incidents? { didSet { derivePlans() } }
  /// With incidents: the queue of calls for a lock-assigned casegroup, which only the
  /// caseworker holding the lock may take (`"lock-assigned"`).
  public private(set) var lockedPlan: Int?
  /// Case-closure exception reports and the caseworkers' back-office work on them; nil = none.
  public var exceptions: CaseClosureExceptions?
  /// Service requests and their activity plans, worked by caseworkers between calls; nil = none.
  public var serviceRequests: ServiceRequests?
  /// The shift templates and limits `ccsim schedule` builds rosters from; nil = none (the
  /// simulation never reads it).
  public var scheduling: Scheduling?

  /// Creates a configuration and derives the default plans.
  public init(
    name: String, seed: UInt64 = 1, startOfDay: SimDuration = .zero, duration: SimDuration,
    warmup: SimDuration = .zero, interval: SimDuration = .minutes(15),
    serviceLevelThreshold: SimDuration = .seconds(20), serviceLevelTarget: Double = 0.8,
    shortAbandon: SimDuration = .zero, rules: Rules = .seeds, lines: [Line],
    callTypes: [CallType], segments: [String] = [], teams: [Team],
    casegroups: CasegroupRules = CasegroupRules(), plans: [RoutingPlan] = [],
    emergency: String? = nil, redials: Redials = .none, outbound: Outbound? = nil
  ) {
    self.name = name
    self.seed = seed
    self.startOfDay = startOfDay
    self.duration = duration
    self.warmup = warmup
    self.interval = interval
    self.serviceLevelThreshold = serviceLevelThreshold
    self.serviceLevelTarget = serviceLevelTarget
    self.shortAbandon = shortAbandon
    self.rules = rules
    self.lines = lines
    self.callTypes = callTypes
    self.segments = segments
    self.teams = teams
    self.casegroups = casegroups
    self.plans = plans
    givenPlans = plans.count
    self.defaultPlan = Array(repeating: nil, count: callTypes.count)
    self.emergency = emergency
    self.redials = redials
    self.outbound = outbound
    transferPlans = []
    derivePlans()
  }

  /// The number of reporting intervals in the run (the last one may be partial).
  public var intervalCount: Int {
    Int((duration.microseconds + interval.microseconds - 1) / interval.microseconds)
  }

  /// The routing plans, which are the queues of reports.
  public var queues: [RoutingPlan] { plans }

  /// One plan per set of teams handling a call type: call types served by the same teams
  /// share a queue, named after them (`"gich"`, `"employer+gich"`).
  private mutating func derivePlans() {
    plans.removeSubrange(givenPlans...)
    defaultPlan = Array(repeating: nil, count: callTypes.count)
    transferPlans = Array(repeating: [], count: callTypes.count)
    deriveDefaultPlans()
    deriveTransferPlans()
    lockedPlan = nil
    if incidents != nil {
      plans.append(
        RoutingPlan(id: "lock-assigned", steps: [RoutingStep(after: .zero, target: .owner)]))
      lockedPlan = plans.count - 1
    }
  }

  private mutating func deriveDefaultPlans() {
    var derived: [Int] = []
    for callType in callTypes.indices {
      let serving = teams.indices.filter { teams[$0].handles.contains(callType) }
      guard !serving.isEmpty else { continue }
      let steps = [RoutingStep(after: .zero, target: .teams(serving))]
      if let existing = derived.firstIndex(where: { plans[$0].steps == steps }) {
        defaultPlan[callType] = derived[existing]
        continue
      }
      let base = serving.map { teams[$0].id }.joined(separator: "+")
      var id = base
      var suffix = 2
      while plans.contains(where: { $0.id == id }) {  // ids may themselves contain "+"
        id = "\(base)#\(suffix)"
        suffix += 1
      }
      plans.append(RoutingPlan(id: id, steps: steps))
      derived.append(plans.count - 1)
      defaultPlan[callType] = plans.count - 1
    }
  }

  /// One plan per transfer target, named `transfer:<target>`: the seed's search for a
  /// recipient — the caseworker by staff number, then their team, then its segment (for a team,
  /// the team then its segment; for a segment, that alone), each only if someone there is
  /// Ready — and then the fallback group, where the caller waits if need be (without a
  /// fallback, the target itself).
  private mutating func deriveTransferPlans() {
    for callType in callTypes.indices {
      guard let transfer = callTypes[callType].transfer else { continue }
      transferPlans[callType] = transfer.targets.map { share in
        var chain: [RoutingTarget]
        let name: String
        switch share.target {
        case .agent(let staffNumber):
          chain = [.owner, .ownerTeam, .ownerSegment]
          name = staffNumber
        case .team(let team):
          chain = [.teams([team])] + (teams[team].segment.map { [.segments([$0])] } ?? [])
          name = teams[team].id
        case .segment(let segment):
          chain = [.segments([segment])]
          name = segments[segment]
        }
        var steps = chain.map { RoutingStep(after: .zero, target: $0, skipIfNoneReady: true) }
        steps.append(
          RoutingStep(after: .zero, target: transfer.fallback.map { .teams([$0]) } ?? chain[0]))
        let fallbackName = transfer.fallback.map { "→" + teams[$0].id } ?? ""
        let id = "transfer:\(name)\(fallbackName)"
        if let existing = plans.firstIndex(where: { $0.id == id && $0.steps == steps }) {
          return existing
        }
        plans.append(RoutingPlan(id: id, steps: steps))
        return plans.count - 1
      }
    }
  }

  /// Whether plan `plan` is one the scenario gave; the others are derived from the call types
  /// and teams, and derived again whenever those change.
  public func isGiven(plan: Int) -> Bool { plan < givenPlans }

  /// Replaces the steps of plan `plan`, one the scenario gave (`isGiven(plan:)`): a derived
  /// plan's steps would be derived again at the next change of the teams.
  public mutating func setSteps(_ steps: [RoutingStep], ofPlan plan: Int) {
    precondition(isGiven(plan: plan), "plan \(plan) is derived, not the scenario's")
    plans[plan].steps = steps
  }

  /// The plan a call of `callType` on `line` waits in when no IVR branch names one.
  public func plan(line: Int, callType: Int) -> Int? {
    lines[line].plan ?? defaultPlan[callType]
  }
}

extension CentreConfiguration {
  /// One agent slot of the roster: an agent on one shift of one team.
  public struct RosterSlot: Sendable, Equatable {
    /// The team's index.
    public var team: Int
    /// The shift's index within the team.
    public var shift: Int
    /// The agent's place on the shift.
    public var place: Int
    /// Who it is.
    public var profile: AgentProfile
  }

  /// Every agent slot, in the order the simulation numbers agents: team by team, shift by
  /// shift, as listed.
  public var roster: [RosterSlot] {
    var slots: [RosterSlot] = []
    for (team, spec) in teams.enumerated() {
      for (shift, schedule) in spec.shifts.enumerated() {
        for (place, profile) in schedule.agents.enumerated() {
          slots.append(RosterSlot(team: team, shift: shift, place: place, profile: profile))
        }
      }
    }
    return slots
  }
}
