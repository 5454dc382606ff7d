import SimKernel
import Testing

@testable import ContactCentre

/// Orphaned casegroups and case movement (seed 003), each driven to its edge: a caller one
/// second either side of the event.
struct CasegroupEventTests {
  /// The event's time: 10 minutes into the run.
  static let event = SimDuration.minutes(10)

  /// Agents: 0, the one caseworker of "maintenance" (staff number CW1, who owns its one
  /// casegroup, number 0); 1, GICH; 2, the one caseworker of "scr" (special client records);
  /// 3, the one caseworker of "maintenance-2". Valid-SCIN callers wait for the owner, then
  /// GICH after 5 minutes; orphans go straight to GICH with a 2-minute blank-screen search.
  static func centre() -> CentreConfiguration {
    var caseworker = AgentProfile()
    caseworker.staffNumber = "CW1"
    var configuration = TelephonyRuleTests.centre(
      lines: [TelephonyRuleTests.ivrLine([IVRBranch(kind: .validScin, share: 1, plan: 0)])],
      teams: [
        Team(
          id: "maintenance", segment: 0, handles: [], casegroups: 1,
          shifts: [Shift(start: .zero, end: Team.wholeRun, agents: [caseworker])]),
        TelephonyRuleTests.team("gich", agents: 1),
        TelephonyRuleTests.team("scr", agents: 1, segment: 1),
        TelephonyRuleTests.team("maintenance-2", agents: 1, segment: 0),
      ],
      plans: [
        RoutingPlan(
          id: "owner-first",
          steps: [
            RoutingStep(after: .zero, target: .owner),
            RoutingStep(after: .minutes(5), target: .teams([1])),
          ]),
        RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([1]))]),
      ], segments: ["maintenance", "special-client-records"])
    configuration.casegroups.orphans = OrphanRoute(plan: 1, search: .fixed(120))
    return configuration
  }

  /// One caller rings at `at`; `inspect` sees the centre `after` later.
  static func call(
    _ configuration: CentreConfiguration, at: SimDuration, after: SimDuration = .seconds(1),
    inspect: (borrowing Centre, SimInstant) -> Void
  ) -> RunStatistics {
    var simulation = Simulation<CentreEvent>()
    var centre = Centre(configuration: configuration, replication: 0, intervals: false)
    centre.start(in: &simulation)
    simulation.run(until: SimInstant(since: at), handler: &centre)
    centre.arrive(line: 0, in: &simulation)
    simulation.run(until: SimInstant(since: at + after), handler: &centre)
    inspect(centre, simulation.now)
    return centre.finish(at: simulation.now)
  }

  /// Who is talking among agents 0 to 3.
  static func talking(_ centre: borrowing Centre, _ now: SimInstant) -> [Int] {
    (0..<4).filter { centre.state(ofAgent: $0, at: now).state == .talking }
  }

  static func orphaning(recovery: Distribution? = nil, to team: Int? = nil)
    -> CentreConfiguration
  {
    var configuration = centre()
    configuration.casegroups.orphanings = [
      CasegroupOrphaning(
        at: event, staffNumber: "CW1", reason: .teamMove, recovery: recovery, recoveredTo: team)
    ]
    return configuration
  }

  @Test func aCallerASecondBeforeATeamMoveReachesTheOwner() {
    let statistics = Self.call(Self.orphaning(), at: Self.event - .seconds(1)) { centre, now in
      #expect(Self.talking(centre, now) == [0])
    }
    #expect(statistics.casegroups.callsToOrphans == 0)
    #expect(statistics.casegroups.orphaned == [1])
  }

  @Test func aCallerASecondAfterATeamMoveGoesToGICHWithTheSearch() {
    let at = Self.event + .seconds(1)
    let statistics = Self.call(Self.orphaning(), at: at) { centre, now in
      #expect(Self.talking(centre, now) == [1], "GICH at once, not the owner")
      #expect(centre.callsWaiting(plan: 0) == 0)
    }
    #expect(statistics.casegroups.callsToOrphans == 1)
    #expect(statistics.queues[1].offered == 1, "counted in the fallback's queue")
    // The 10-minute talk and the 2-minute search: GICH is still talking after 11 minutes.
    _ = Self.call(Self.orphaning(), at: at, after: .minutes(11)) { centre, now in
      #expect(Self.talking(centre, now) == [1])
    }
    _ = Self.call(Self.orphaning(), at: at, after: .seconds(721)) { centre, now in
      #expect(Self.talking(centre, now) == [])
    }
  }

  @Test func accessRemovedOrphansLikeATeamMove() {
    var configuration = Self.orphaning()
    configuration.casegroups.orphanings[0].reason = .accessRemoved
    _ = Self.call(configuration, at: Self.event) { centre, now in
      #expect(Self.talking(centre, now) == [1], "the event's own instant: orphaned")
    }
  }

  @Test func recoveredASecondBeforeTheCallTheCasegroupHasAnOwnerAgain() {
    // Recovered 5 minutes after the move, to maintenance-2.
    let configuration = Self.orphaning(recovery: .fixed(300), to: 3)
    let recovered = Self.event + .minutes(5)
    _ = Self.call(configuration, at: recovered - .seconds(1)) { centre, now in
      #expect(Self.talking(centre, now) == [1], "still orphaned: GICH")
    }
    let statistics = Self.call(configuration, at: recovered + .seconds(1)) { centre, now in
      #expect(Self.talking(centre, now) == [3], "maintenance-2's caseworker owns it now")
    }
    #expect(statistics.casegroups.recovered == [1])
    #expect(statistics.casegroups.callsToOrphans == 0)
  }

  @Test func recoveredToTheFormerTeamItGoesBackToItsOneCaseworker() {
    let configuration = Self.orphaning(recovery: .fixed(300))
    _ = Self.call(configuration, at: Self.event + .minutes(6)) { centre, now in
      #expect(Self.talking(centre, now) == [0], "nobody else in the team: back to CW1")
    }
  }

  @Test func anOrphanWithNoRouteIsNotSeenByItsTeamOrSegment() {
    let base = Self.centre()
    var configuration = CentreConfiguration(
      name: "rule", duration: .hours(4), rules: .seeds, lines: base.lines,
      callTypes: base.callTypes, segments: base.segments, teams: base.teams,
      plans: [
        RoutingPlan(
          id: "owner-first",
          steps: [
            RoutingStep(after: .zero, target: .owner),
            RoutingStep(after: .zero, target: .ownerTeam),
            RoutingStep(after: .zero, target: .ownerSegment),
            RoutingStep(after: .minutes(5), target: .teams([1])),
          ])
      ])
    configuration.casegroups.orphanedShare = 1
    _ = Self.call(configuration, at: .minutes(1), after: .seconds(299)) { centre, now in
      #expect(Self.talking(centre, now) == [], "no owner, team or segment: it waits")
      #expect(centre.callsWaiting(plan: 0) == 1)
    }
    _ = Self.call(configuration, at: .minutes(1), after: .seconds(300)) { centre, now in
      #expect(Self.talking(centre, now) == [1], "the plan's fallback, GICH, at 5 minutes")
    }
  }

  static func movement(_ reason: CaseMovement.Reason, _ moved: CaseMovement.Moved)
    -> CentreConfiguration
  {
    var configuration = centre()
    configuration.casegroups.specialClientRecords = 1
    configuration.casegroups.movements = [
      CaseMovement(at: event, reason: reason, moved: moved, segment: 1)
    ]
    return configuration
  }

  @Test func aCallerASecondAfterAMovementReachesTheNewOwner() {
    let configuration = Self.movement(.nationallySensitive, .casegroup(0))
    let before = Self.call(configuration, at: Self.event - .seconds(1)) { centre, now in
      #expect(Self.talking(centre, now) == [0])
    }
    #expect(before.casegroups.callsToMoved == 0)
    let after = Self.call(configuration, at: Self.event + .seconds(1)) { centre, now in
      #expect(Self.talking(centre, now) == [2], "special client records' caseworker")
    }
    #expect(after.casegroups.callsToMoved == 1)
    #expect(after.casegroups.moved == [1])
  }

  @Test func aShareOfOneMovesEveryCasegroupAndOfZeroNone() {
    let all = Self.movement(.postcode, .share(1, ofSegment: 0))
    _ = Self.call(all, at: Self.event + .seconds(1)) { centre, now in
      #expect(Self.talking(centre, now) == [2])
    }
    let none = Self.movement(.postcode, .share(0, ofSegment: 0))
    let statistics = Self.call(none, at: Self.event + .seconds(1)) { centre, now in
      #expect(Self.talking(centre, now) == [0])
    }
    #expect(statistics.casegroups.moved == [0])
  }

  @Test func aMovedCasegroupIsNoLongerItsFormerOwnersToOrphan() {
    // Moved to special client records at 10:00; CW1's team move at 10:00 too comes after it.
    var configuration = Self.movement(.lifecycle, .casegroup(0))
    configuration.casegroups.orphanings = [
      CasegroupOrphaning(at: Self.event, staffNumber: "CW1", reason: .teamMove)
    ]
    let statistics = Self.call(configuration, at: Self.event + .seconds(1)) { centre, now in
      #expect(Self.talking(centre, now) == [2])
    }
    #expect(statistics.casegroups.orphaned == [0])
  }
}
