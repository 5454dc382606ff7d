import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// `Centre.probe`: agents placed, one caller brought in, the centre's own routing followed to
/// the offer — step by step, at the step's time, to the agent Ready longest.
struct RoutingProbeTests {
  /// A client line whose IVR sends valid SCINs to an owner-first plan (owner, team after 20 s,
  /// segment after 1 m, GICH after 3 m), no SCIN to GICH, and hangs some up; option plans with
  /// a step skipped when nobody is Ready, and incomplete SCINs to south or north. Teams `north` and `south` (segment `maintenance`,
  /// two caseworkers and 4 casegroups each) and `gich` (two agents), all on 08:00–16:00 from t = 0.
  static let centre: CentreConfiguration = {
    func team(_ id: String, segment: Int?, casegroups: Int, staff: [String]) -> Team {
      Team(
        id: id, segment: segment, handles: [], casegroups: casegroups,
        shifts: [
          Shift(
            start: .zero, end: .hours(8), agents: staff.map { AgentProfile(staffNumber: $0) })
        ])
    }
    let ivr = IVR(
      time: .fixed(30),
      branches: [
        IVRBranch(kind: .validScin, share: 0.4, plan: 0),
        IVRBranch(kind: .noScin, share: 0.3, plan: 1),
        IVRBranch(kind: .welsh, share: 0.1, plan: 2),
        IVRBranch(kind: .hangUp, share: 0.1, plan: nil),
        IVRBranch(kind: .incompleteScin, share: 0.1, plan: 3),
      ])
    return CentreConfiguration(
      name: "probe", duration: .hours(8),
      lines: [
        Line(
          id: "client", callTypes: [Line.CallTypeShare(callType: 0, share: 1)],
          arrivals: .perHour(100), ivr: ivr)
      ],
      callTypes: [CallType(id: "general", talk: .fixed(300), patience: .fixed(1))],
      segments: ["maintenance"],
      teams: [
        team("north", segment: 0, casegroups: 4, staff: ["N1", "N2"]),
        team("south", segment: 0, casegroups: 4, staff: ["S1", "S2"]),
        team("gich", segment: nil, casegroups: 0, staff: ["G1", "G2"]),
      ],
      plans: [
        RoutingPlan(
          id: "owner-first",
          steps: [
            RoutingStep(after: .zero, target: .owner),
            RoutingStep(after: .seconds(20), target: .ownerTeam),
            RoutingStep(after: .minutes(1), target: .ownerSegment),
            RoutingStep(after: .minutes(3), target: .teams([2])),
          ]),
        RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([2]))]),
        RoutingPlan(
          id: "option",
          steps: [
            RoutingStep(after: .zero, target: .teams([1]), skipIfNoneReady: true),
            RoutingStep(after: .zero, target: .teams([2])),
          ]),
        RoutingPlan(id: "both", steps: [RoutingStep(after: .zero, target: .teams([1, 0]))]),
      ])
  }()

  /// Agent slots: N1 0, N2 1, S1 2, S2 3, G1 4, G2 5.
  static func probe(
    branch: Int = 0, casegroup: RoutingProbe.Casegroup? = .ownedBy(slot: 0),
    _ agents: [(Int, RoutingProbe.Placement)], others: RoutingProbe.Placement = .busy(nil),
    limit: SimDuration = .minutes(10)
  ) -> RoutingProbeResult {
    Centre.probe(
      RoutingProbe(
        time: .hours(2),
        agents: agents.map { RoutingProbe.AgentPlacement(slot: $0.0, placement: $0.1) },
        others: others, line: 0, callType: 0, branch: branch,
        casegroup: branch == 0 ? casegroup : nil, limit: limit),
      configuration: centre)
  }

  static func took(_ result: RoutingProbeResult) -> [Int] {
    result.steps.filter(\.tookEffect).map(\.index)
  }

  @Test func aReadyOwnerIsOfferedTheCallAtOnce() {
    let result = Self.probe([(0, .ready), (1, .ready)])
    #expect(result.outcome == .offered(agent: 0, step: 0, wait: .zero))
    #expect(result.plan == 0)
    #expect(result.owner == 0 && result.ownerTeam == 0)
    #expect(Self.took(result) == [0])
  }

  @Test(arguments: [
    (RoutingProbe.Placement.busy(nil), 1, 1, SimDuration.seconds(20)),
    (.notReady(.lunch, nil), 1, 1, .seconds(20)),
    (.loggedOut, 1, 1, .seconds(20)),
  ])
  func anUnavailableOwnerLetsTheTeamTakeItAfterTwentySeconds(
    _ owner: RoutingProbe.Placement, _ agent: Int, _ step: Int, _ wait: SimDuration
  ) {
    let result = Self.probe([(0, owner), (1, .ready)])
    #expect(result.outcome == .offered(agent: agent, step: step, wait: wait))
    #expect(Self.took(result) == [0, 1])
  }

  @Test func theStepsWidenToTheSegmentThenGICH() {
    let segment = Self.probe([(3, .ready), (5, .ready)])
    #expect(segment.outcome == .offered(agent: 3, step: 2, wait: .minutes(1)))
    let gich = Self.probe([(5, .ready)])
    #expect(gich.outcome == .offered(agent: 5, step: 3, wait: .minutes(3)))
    #expect(Self.took(gich) == [0, 1, 2, 3])
  }

  @Test func nobodyFreeLeavesTheCallWaitingAtTheLimit() {
    let result = Self.probe([], limit: .minutes(2))
    #expect(result.outcome == .waiting)
    #expect(Self.took(result) == [0, 1, 2])  // GICH's step is not due within two minutes
  }

  @Test func anOwnerFreedWhileTheCallWaitsTakesIt() {
    let result = Self.probe([(0, .busy(.seconds(45)))])
    #expect(result.outcome == .offered(agent: 0, step: 0, wait: .seconds(45)))
    let back = Self.probe([(0, .notReady(.breakTime, .minutes(2)))])
    #expect(back.outcome == .offered(agent: 0, step: 0, wait: .minutes(2)))
  }

  @Test func theAgentReadyLongestIsChosenAcrossTeams() {
    // A step naming south then north: the agent placed Ready first has waited longest and
    // takes the call, whichever team the step lists first.
    let north = Self.probe(branch: 4, [(1, .ready), (3, .ready)])
    #expect(north.outcome == .offered(agent: 1, step: 0, wait: .zero))
    let south = Self.probe(branch: 4, [(3, .ready), (1, .ready)])
    #expect(south.outcome == .offered(agent: 3, step: 0, wait: .zero))
    let team = Self.probe([(0, .busy(nil)), (1, .ready), (3, .ready)])
    #expect(team.outcome == .offered(agent: 1, step: 1, wait: .seconds(20)))
  }

  @Test func anOrphanedCasegroupIsSeenByNeitherItsTeamNorItsSegment() {
    // Seed 003: orphaned cases "will not be visible to any case worker, team leader or
    // segment manager": north's Ready caseworker never gets it; GICH does, at its step.
    let result = Self.probe(casegroup: .orphaned(team: 0), [(0, .ready), (4, .ready)])
    #expect(result.owner == nil && result.ownerTeam == nil)
    #expect(result.outcome == .offered(agent: 4, step: 3, wait: .minutes(3)))
    #expect(Self.took(result) == [3])
  }

  @Test func aCasegroupByNumberFindsItsOwner() {
    // South's casegroups are 4–7, shared out S1, S2, S1, S2.
    let result = Self.probe(casegroup: .number(5), [(3, .ready), (2, .ready)])
    #expect(result.casegroup == 5 && result.owner == 3)
    #expect(result.outcome == .offered(agent: 3, step: 0, wait: .zero))
  }

  @Test func aSkippedStepIsPassedOverForGood() {
    // Option: south if someone there is Ready, else GICH; south frees after 10 s, too late.
    let busy = Self.probe(branch: 2, [(2, .busy(.seconds(10))), (4, .ready)])
    #expect(busy.outcome == .offered(agent: 4, step: 1, wait: .zero))
    #expect(
      busy.steps == [
        RoutingProbeResult.Step(index: 0, tookEffect: false, noneReady: true),
        RoutingProbeResult.Step(index: 1, tookEffect: true, noneReady: true),
      ])
    let waiting = Self.probe(branch: 2, [(2, .busy(.seconds(10)))])
    #expect(waiting.outcome == .waiting)
    let free = Self.probe(branch: 2, [(2, .ready), (4, .ready)])
    #expect(free.outcome == .offered(agent: 2, step: 0, wait: .zero))
  }

  @Test func aHangUpBranchNeverQueues() {
    let result = Self.probe(branch: 3, [], others: .ready)
    #expect(result.outcome == .hungUp)
    #expect(result.plan == nil)
  }

  @Test func casegroupsAreCountedPerOwner() {
    #expect(Self.centre.casegroupCount(ownedBySlot: 0) == 2)
    #expect(Self.centre.casegroupCount(ownedBySlot: 4) == 0)
    #expect(Self.centre.casegroupRanges == [0..<4, 4..<8, 8..<8])
    #expect(Self.centre.agentName(slot: 5) == "G2")
  }
}
