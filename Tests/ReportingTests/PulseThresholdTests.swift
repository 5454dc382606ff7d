import ContactCentre
import SimKernel
import Testing

@testable import Reporting

/// Threshold colours at their exact edges: on the threshold is not past it.
struct PulseThresholdTests {
  static let standard = PulseThresholds.standard

  @Test(arguments: [
    (0.8, PulseLevel.normal), (0.800_001, .normal), (0.799_999, .amber), (0.6, .amber),
    (0.599_999, .red), (0, .red), (1, .normal),
  ])
  func serviceLevel(_ value: Double, _ level: PulseLevel) {
    #expect(Self.standard.level(serviceLevel: value) == level)
  }

  @Test func noServiceLevelIsNotColoured() {
    #expect(Self.standard.level(serviceLevel: nil) == .normal)
    #expect(Self.standard.level(abandonRate: nil) == .normal)
    #expect(Self.standard.level(longestWait: nil) == .normal)
  }

  @Test(arguments: [
    (Int64(30_000_000), PulseLevel.normal), (30_000_001, .amber), (60_000_000, .amber),
    (60_000_001, .red), (0, .normal),
  ])
  func longestWait(_ microseconds: Int64, _ level: PulseLevel) {
    #expect(Self.standard.level(longestWait: SimDuration(microseconds: microseconds)) == level)
  }

  @Test(arguments: [
    (0.05, PulseLevel.normal), (0.050_001, .amber), (0.1, .amber), (0.100_001, .red),
  ])
  func abandonRate(_ value: Double, _ level: PulseLevel) {
    #expect(Self.standard.level(abandonRate: value) == level)
  }

  @Test(arguments: [
    (AgentState.afterCallWork, 480, PulseLevel.normal), (.afterCallWork, 481, .amber),
    (.afterCallWork, 600, .amber), (.afterCallWork, 601, .red),
    (.notReady, 1200, .normal), (.notReady, 1201, .amber), (.notReady, 2700, .amber),
    (.notReady, 2701, .red),
    (.ready, 100_000, .normal), (.talking, 100_000, .normal), (.loggedOut, 100_000, .normal),
    (.reserved, 100_000, .normal), (.consulting, 100_000, .normal),
  ])
  func timeInState(_ state: AgentState, _ seconds: Int, _ level: PulseLevel) {
    #expect(Self.standard.level(state: state, timeInState: .seconds(seconds)) == level)
  }

  /// The Child Maintenance Group's reason codes as `ccsim` reads a scenario: the declared
  /// defaults of `pulse.thresholds.notReadyReasons`.
  static let childMaintenance: PulseThresholds = {
    var thresholds = PulseThresholds.standard
    let minutes = { (amber: Int, red: Int) in
      NotReadyThresholds(amber: .after(.minutes(amber)), red: .after(.minutes(red)))
    }
    thresholds.notReadyReasons = [
      "Break": minutes(15, 20), "Lunch": minutes(60, 65), "Team Leader": .never,
      "Coaching": NotReadyThresholds(amber: .after(.minutes(45)), red: .never),
    ]
    return thresholds
  }()

  /// A lunch is long at 65 minutes, not at 10; a break at a quarter of an hour; the team
  /// leader's own time never; a reason without its own thresholds has those of any reason.
  @Test(arguments: [
    ("Lunch", 600, PulseLevel.normal), ("Lunch", 3600, .normal), ("Lunch", 3601, .amber),
    ("Lunch", 3900, .amber), ("Lunch", 3901, .red),
    ("Break", 600, .normal), ("Break", 900, .normal), ("Break", 901, .amber),
    ("Break", 1201, .red),
    ("Team Leader", 0, .normal), ("Team Leader", 36_000, .normal),
    ("Coaching", 2701, .amber), ("Coaching", 36_000, .amber),
    ("Training", 1200, .normal), ("Training", 1201, .amber), ("Training", 2701, .red),
  ])
  func notReadyByReason(_ name: String, _ seconds: Int, _ level: PulseLevel) throws {
    let vocabulary = Vocabulary.childMaintenance
    let reason = try #require(vocabulary.reason(named: name))
    let found = Self.childMaintenance.level(
      state: .notReady, timeInState: .seconds(seconds), reason: reason, vocabulary: vocabulary)
    #expect(found == level, "\(name) after \(seconds) s")
  }

  /// A centre's own team-leader reason (by its behaviour) is never coloured unless the
  /// scenario gives it thresholds; its other reasons have those of any reason.
  @Test func aCentresOwnTeamLeaderReasonIsNeverColoured() throws {
    let vocabulary = Vocabulary(
      outcomes: Vocabulary.childMaintenance.outcomes,
      notReadyReasons: [
        .init("Rest", .break), .init("Case Work", .clerical), .init("Supervisor", .teamLeader),
      ],
      ivrBranches: Vocabulary.childMaintenance.ivrBranches,
      expertDomains: Vocabulary.childMaintenance.expertDomains)
    let supervisor = try #require(vocabulary.reason(named: "Supervisor"))
    let rest = try #require(vocabulary.reason(named: "Rest"))
    var thresholds = PulseThresholds.standard
    #expect(thresholds.notReady(supervisor, in: vocabulary) == .never)
    #expect(thresholds.notReady(rest, in: vocabulary) == thresholds.anyNotReady)
    thresholds.notReadyReasons["Supervisor"] = NotReadyThresholds(
      amber: .after(.hours(2)), red: .never)
    #expect(
      thresholds.level(
        state: .notReady, timeInState: .hours(3), reason: supervisor, vocabulary: vocabulary)
        == .amber)
  }

  @Test func equalThresholdsGoStraightToRed() {
    let thresholds = PulseThresholds(
      serviceLevelAmber: 0.7, serviceLevelRed: 0.7, longestWaitAmber: .seconds(10),
      longestWaitRed: .seconds(10))
    #expect(thresholds.level(serviceLevel: 0.7) == .normal)
    #expect(thresholds.level(serviceLevel: 0.699) == .red)
    #expect(thresholds.level(longestWait: .seconds(10)) == .normal)
    #expect(thresholds.level(longestWait: .seconds(11)) == .red)
  }

  @Test(arguments: [
    (AgentState.loggedOut, PulseStateGroup.loggedOut), (.ready, .ready), (.reserved, .talking),
    (.talking, .talking), (.afterCallWork, .afterCallWork), (.talkingOutbound, .talking),
    (.consulting, .talking), (.notReady, .notReady),
  ])
  func everyStateHasItsPulseColumn(_ state: AgentState, _ group: PulseStateGroup) {
    #expect(PulseStateGroup(state) == group)
  }
}
