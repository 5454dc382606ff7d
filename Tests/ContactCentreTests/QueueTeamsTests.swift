import ContactCentre
import SimKernel
import TestSupport
import Testing

/// Which teams can take each queue's calls (`QueueTeams`), on a small centre with every kind
/// of step and every way a caller gets an owner.
struct QueueTeamsTests {
  /// Teams, by index.
  static let gich = 0
  static let north = 1
  static let south = 2
  static let newCase = 3
  static let newCaseB = 4
  static let lone = 5
  static let leaders = 6
  static let desk = 7

  /// Segment 0 (maintenance): north and south, who own casegroups. Segment 1 (new-case): new
  /// case, who own casegroups (caseworker NC1 among them), and new case B, who own none. Out of
  /// any segment: GICH (no casegroups), a lone caseworker with casegroups, a team of leaders
  /// only whose casegroups nobody owns, and the AAC desk.
  ///
  /// Line 0 has an IVR whose valid SCINs (maintenance only) go to `owner-first` and the rest
  /// to `fixed`; line 1's valid SCINs (every segment) go to `owner-all`; line 2 has no IVR and
  /// goes to `direct-owner`. Client calls transfer to NC1 or to north, GICH the fallback.
  static func centre() -> CentreConfiguration {
    func team(
      _ id: String, segment: Int? = nil, handles: [Int] = [], casegroups: Int = 0,
      agents: [AgentProfile] = [AgentProfile(), AgentProfile()]
    ) -> Team {
      Team(
        id: id, segment: segment, handles: handles, casegroups: casegroups,
        shifts: [Shift(start: .zero, end: Team.wholeRun, agents: agents)])
    }
    let owner = RoutingStep(after: .zero, target: .owner)
    return CentreConfiguration(
      name: "queue teams", duration: .hours(8),
      lines: [
        Line(
          id: "client", callTypes: [.init(callType: 0, share: 1)], arrivals: .perHour(60),
          ivr: IVR(
            time: .fixed(10),
            branches: [
              IVRBranch(kind: .validScin, share: 0.5, plan: 0, segments: [0]),
              IVRBranch(kind: .noScin, share: 0.5, plan: 3),
            ])),
        Line(
          id: "payments", callTypes: [.init(callType: 0, share: 1)], arrivals: .perHour(30),
          ivr: IVR(
            time: .fixed(10), branches: [IVRBranch(kind: .validScin, share: 1, plan: 1)])),
        Line(
          id: "direct", kind: .directDial, callTypes: [.init(callType: 0, share: 1)],
          arrivals: .perHour(10), plan: 2),
      ],
      callTypes: [
        CallType(
          id: "client", talk: .fixed(300), patience: .fixed(600),
          outcomes: OutcomeMix([(.callResolved, 0.5), (.callTransferred, 0.5)]),
          transfer: Transfer(
            targets: [
              .init(target: .agent(staffNumber: "NC1"), share: 0.6),
              .init(target: .team(north), share: 0.4),
            ], consult: .fixed(60), fallback: gich)),
        CallType(id: "incident", talk: .fixed(600), patience: nil),
      ],
      segments: ["maintenance", "new-case"],
      teams: [
        team("gich", handles: [0], agents: Array(repeating: AgentProfile(), count: 3)),
        team("north", segment: 0, casegroups: 100),
        team("south", segment: 0, casegroups: 100),
        team(
          "new-case", segment: 1, casegroups: 100,
          agents: [AgentProfile(staffNumber: "NC1"), AgentProfile()]),
        team("new-case-b", segment: 1),
        team("lone", casegroups: 10, agents: [AgentProfile()]),
        team("leaders", casegroups: 50, agents: [AgentProfile(isTeamLeader: true)]),
        team("desk", handles: [1]),
      ],
      plans: [
        RoutingPlan(
          id: "owner-first",
          steps: [
            owner, RoutingStep(after: .seconds(20), target: .ownerTeam),
            RoutingStep(after: .minutes(1), target: .ownerSegment),
            RoutingStep(after: .minutes(3), target: .teams([gich])),
          ]),
        RoutingPlan(
          id: "owner-all",
          steps: [
            RoutingStep(after: .zero, target: .ownerSegment),
            RoutingStep(after: .seconds(30), target: .ownerTeam),
          ]),
        RoutingPlan(
          id: "direct-owner",
          steps: [
            owner, RoutingStep(after: .zero, target: .ownerTeam),
            RoutingStep(after: .zero, target: .ownerSegment),
            RoutingStep(after: .minutes(1), target: .teams([gich])),
          ]),
        RoutingPlan(
          id: "fixed",
          steps: [
            RoutingStep(after: .zero, target: .teams([lone])),
            RoutingStep(after: .seconds(30), target: .segments([1])),
          ]),
      ])
  }

  /// `configuration` with one AAC area (GICH, north and the leaders) on a line of its own
  /// answered by the desk, and caseworkers' incidents: the lock-assigned queue.
  static func withIncidents(_ configuration: CentreConfiguration) -> CentreConfiguration {
    var configuration = configuration
    configuration.lines.append(Line(id: "aac", kind: .aac, callType: 1, arrivals: .perHour(0)))
    configuration.aac = AreaAdviceCentre(
      areas: [
        .init(
          prefix: "PLY", name: "Plymouth", line: configuration.lines.count - 1,
          teams: [gich, north, leaders])
      ],
      evaluation: IncidentEvaluation(
        reject: 0, rejectReasons: [], resolve: 1, callBack: 0, assign: 0,
        domains: [.init(domain: .policy, share: 1, delay: .fixed(3600))]))
    configuration.incidents = Incidents(perCaseworkerHour: 1)
    return configuration
  }

  /// The serving and first teams of the queue named `id`.
  static func teams(_ id: String, in configuration: CentreConfiguration) throws -> (
    serving: [Int], first: [Int]
  ) {
    let plan = try #require(configuration.queues.firstIndex { $0.id == id }, "no queue \(id)")
    let queueTeams = configuration.queueTeams
    return (queueTeams.serving[plan], queueTeams.first[plan])
  }

  @Test func aValidScinBranchRestrictedToASegmentBringsOnlyItsOwningTeams() throws {
    let (serving, first) = try Self.teams("owner-first", in: Self.centre())
    // Owner, owner's team and owner's segment: north and south alone; then GICH.
    #expect(serving == [Self.gich, Self.north, Self.south])
    #expect(first == [Self.north, Self.south])
  }

  @Test func aBranchOfEverySegmentBringsEveryTeamThatOwnsCasegroups() throws {
    let (serving, first) = try Self.teams("owner-all", in: Self.centre())
    // The owners' segments (new case B owns none but is in new-case); the lone caseworker's
    // team is an owner's team without a segment; GICH and the leaders own nothing.
    #expect(first == [Self.north, Self.south, Self.newCase, Self.newCaseB])
    #expect(serving == [Self.north, Self.south, Self.newCase, Self.newCaseB, Self.lone])
  }

  @Test func aQueueOnlyLinesWithoutAnIVRReachHasNoOwners() throws {
    let (serving, first) = try Self.teams("direct-owner", in: Self.centre())
    #expect(serving == [Self.gich])
    #expect(first.isEmpty)
  }

  @Test func fixedStepsBringTheirTeamsAndTheirSegmentsTeams() throws {
    let (serving, first) = try Self.teams("fixed", in: Self.centre())
    #expect(serving == [Self.newCase, Self.newCaseB, Self.lone])
    #expect(first == [Self.lone])
    #expect(try Self.teams("gich", in: Self.centre()).serving == [Self.gich])
  }

  @Test func aTransferToANamedCaseworkerReachesThemTheirTeamTheirSegmentAndTheFallback() throws {
    let named = try Self.teams("transfer:NC1→gich", in: Self.centre())
    #expect(named.serving == [Self.gich, Self.newCase, Self.newCaseB])
    #expect(named.first == named.serving)
    let team = try Self.teams("transfer:north→gich", in: Self.centre())
    #expect(team.serving == [Self.gich, Self.north, Self.south])
  }

  /// A caller redialling after a transfer to NC1 rings about their own casegroup again: the
  /// redial goes to its owner, not to NC1's team (new case).
  @Test func aRedialAfterATransferToANamedCaseworkerGoesBackToTheCallersOwner() throws {
    var configuration = Self.centre()
    configuration.redials = Redials(
      afterOutcome: [.callResolved: .init(probability: 0.5, delay: .fixed(600))])
    let (serving, first) = try Self.teams("owner-first", in: configuration)
    #expect(serving == [Self.gich, Self.north, Self.south])
    #expect(first == [Self.north, Self.south])
    #expect(try Self.teams("direct-owner", in: configuration).serving == [Self.gich])
  }

  @Test func everyCasegroupOrphanedLeavesTheOwnerStepsWithNobody() throws {
    var configuration = Self.centre()
    configuration.casegroups.orphanedShare = 1
    let (serving, first) = try Self.teams("owner-first", in: configuration)
    #expect(serving == [Self.gich], "orphans are seen by neither their team nor segment")
    #expect(first.isEmpty)
  }

  @Test func aMovementBringsTheTeamsItMovesCasegroupsTo() throws {
    var configuration = Self.centre()
    configuration.casegroups.orphanedShare = 1
    configuration.casegroups.movements = [
      CaseMovement(at: .hours(1), reason: .postcode, moved: .casegroup(0), segment: 0)
    ]
    let (serving, _) = try Self.teams("owner-first", in: configuration)
    #expect(serving == [Self.gich, Self.north, Self.south])
  }

  @Test func theLockAssignedQueueIsTheCallTakersOfTheAACAreasTeams() throws {
    var configuration = Self.withIncidents(Self.centre())
    // North's caseworkers raise incidents about their casegroups; GICH, who own none, only
    // about those of calls closing Unresolved – Escalated; the leaders take no calls.
    #expect(try Self.teams("lock-assigned", in: configuration).serving == [Self.north])
    #expect(configuration.aacTeams == [Self.desk])
    #expect(configuration.teamsInTotals == Array(0..<Self.desk))
    configuration.callTypes[0].outcomes = OutcomeMix([
      (.callResolved, 0.4), (.unresolvedEscalated, 0.1), (.callTransferred, 0.5),
    ])
    #expect(try Self.teams("lock-assigned", in: configuration).serving == [Self.gich, Self.north])
    configuration.incidents?.fromEscalated = 0
    #expect(try Self.teams("lock-assigned", in: configuration).serving == [Self.north])
    // Callers without a casegroup never find one locked.
    var noCasegroups = configuration
    noCasegroups.lines[0].ivr = nil
    noCasegroups.lines[1].ivr = nil
    #expect(try Self.teams("lock-assigned", in: noCasegroups).serving.isEmpty)
  }

  /// The centre simulated with calls recorded: every answered call's team serves its queue,
  /// whether it came through the IVR, a transfer, a redial after a transfer or a lock.
  @Test(arguments: 1...4 as ClosedRange<UInt64>)
  func everyAnsweredCallIsTakenByATeamServingItsQueue(seed: UInt64) {
    var configuration = Self.withIncidents(Self.centre())
    configuration.seed = seed
    configuration.redials = Redials(
      afterOutcome: [.callResolved: .init(probability: 0.5, delay: .fixed(600))])
    let serving = configuration.queueTeams.serving
    let statistics = CentreRun.run(configuration, replication: 0, calls: true)
    let answered = statistics.calls.filter {
      $0.direction == .inbound && $0.answered != nil && $0.queue >= 0
    }
    #expect(answered.count > 100)
    // Redials after a transfer to NC1 ring about the caller's own casegroup: new case, NC1's
    // team, never takes owner-first's calls.
    let ownerFirst = configuration.queues.firstIndex { $0.id == "owner-first" }
    #expect(!answered.contains { $0.queue == ownerFirst && $0.team == Self.newCase })
    #expect(answered.contains { $0.queue == ownerFirst && $0.isRedial })
    for call in answered {
      #expect(
        serving[call.queue].contains(call.team),
        "seed \(seed): \(configuration.queues[call.queue].id) answered by team \(call.team)")
    }
  }
}
