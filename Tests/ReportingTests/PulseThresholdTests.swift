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
