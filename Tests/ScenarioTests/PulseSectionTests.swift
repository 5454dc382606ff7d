import ContactCentre
import SimKernel
import Testing

@testable import Scenario

/// Decoding the `pulse` section: thresholds, their defaults, and every rule at its path.
struct PulseSectionTests {
  @Test func everyThresholdDecodes() throws {
    let text = OutcomeFixture.scenario(
      top: """
        "pulse": {"thresholds": {
          "serviceLevel": {"amber": 0.9, "red": 0.7},
          "longestWait": {"amber": "45s", "red": "2m"},
          "abandonRate": {"amber": 0.03, "red": 0.08},
          "afterCallWork": {"amber": "5m", "red": 480},
          "notReady": {"amber": "15m", "red": "1h"}}}
        """)
    let pulse = try OutcomeFixture.decode(text).pulse
    #expect(
      pulse
        == PulseThresholds(
          serviceLevelAmber: 0.9, serviceLevelRed: 0.7, longestWaitAmber: .seconds(45),
          longestWaitRed: .minutes(2), abandonRateAmber: 0.03, abandonRateRed: 0.08,
          afterCallWorkAmber: .minutes(5), afterCallWorkRed: .minutes(8),
          notReadyAmber: .minutes(15), notReadyRed: .hours(1),
          notReadyReasons: PulseKeys.standard.notReadyReasons))
  }

  @Test(arguments: [
    "", "\"pulse\": {}", "\"pulse\": {\"thresholds\": {}}",
    "\"pulse\": {\"thresholds\": {\"serviceLevel\": {}}}",
  ])
  func missingThresholdsAreTheStandardOnes(_ top: String) throws {
    #expect(
      try OutcomeFixture.decode(OutcomeFixture.scenario(top: top)).pulse == PulseKeys.standard)
  }

  @Test func oneSideLeftOutKeepsItsDefault() throws {
    let text = OutcomeFixture.scenario(
      top: """
        "pulse": {"thresholds": {"serviceLevel": {"red": 0.5}, "longestWait": {"amber": 0},
                                 "notReady": {"red": "20m"}}}
        """)
    let pulse = try OutcomeFixture.decode(text).pulse
    var expected = PulseKeys.standard
    expected.serviceLevelRed = 0.5
    expected.longestWaitAmber = .zero
    expected.notReadyRed = .minutes(20)  // equal to amber: allowed
    #expect(pulse == expected)
  }

  static let rejected: [RejectedSection] = [
    RejectedSection(
      name: "unknown key in pulse", top: "\"pulse\": {\"treshold\": {}}",
      path: "pulse.treshold", message: "unknown key \"treshold\" (did you mean \"thresholds\"?)"),
    RejectedSection(
      name: "unknown threshold", top: "\"pulse\": {\"thresholds\": {\"longestWiat\": {}}}",
      path: "pulse.thresholds.longestWiat",
      message: "unknown key \"longestWiat\" (did you mean \"longestWait\"?)"),
    RejectedSection(
      name: "unknown colour",
      top: "\"pulse\": {\"thresholds\": {\"serviceLevel\": {\"yellow\": 0.8}}}",
      path: "pulse.thresholds.serviceLevel.yellow", message: "unknown key \"yellow\""),
    RejectedSection(
      name: "service level red above amber",
      top: "\"pulse\": {\"thresholds\": {\"serviceLevel\": {\"amber\": 0.7, \"red\": 0.75}}}",
      path: "pulse.thresholds.serviceLevel.red",
      message: "red (0.75) must not be above amber (0.7)"),
    RejectedSection(
      name: "amber below the default red",
      top: "\"pulse\": {\"thresholds\": {\"serviceLevel\": {\"amber\": 0.5}}}",
      path: "pulse.thresholds.serviceLevel.amber",
      message: "red (0.6, the default) must not be above amber (0.5)"),
    RejectedSection(
      name: "longest wait red below amber",
      top: "\"pulse\": {\"thresholds\": {\"longestWait\": {\"amber\": \"1m\", \"red\": \"30s\"}}}",
      path: "pulse.thresholds.longestWait.red",
      message: "red (30s) must not be below amber (1m)"),
    RejectedSection(
      name: "ACW red below the default amber",
      top: "\"pulse\": {\"thresholds\": {\"afterCallWork\": {\"red\": \"5m\"}}}",
      path: "pulse.thresholds.afterCallWork.red",
      message: "red (5m) must not be below amber (8m, the default)"),
    RejectedSection(
      name: "abandon rate above 1",
      top: "\"pulse\": {\"thresholds\": {\"abandonRate\": {\"red\": 1.5}}}",
      path: "pulse.thresholds.abandonRate.red",
      message: "1.5 is not a probability between 0 and 1"),
    RejectedSection(
      name: "negative NotReady",
      top: "\"pulse\": {\"thresholds\": {\"notReady\": {\"amber\": -60}}}",
      path: "pulse.thresholds.notReady.amber", message: "duration -60 must not be negative"),
    RejectedSection(
      name: "thresholds not an object", top: "\"pulse\": {\"thresholds\": [0.8]}",
      path: "pulse.thresholds", message: "an object"),
    RejectedSection(
      name: "a colour not a duration",
      top: "\"pulse\": {\"thresholds\": {\"longestWait\": {\"amber\": \"soon\"}}}",
      path: "pulse.thresholds.longestWait.amber", message: "\"soon\" is not a duration"),
  ]

  /// A reason given replaces its default; a colour it leaves out is its default's, or
  /// `notReady`'s for a reason without one; the other reasons keep theirs.
  @Test func reasonCodesHaveThresholdsOfTheirOwn() throws {
    let text = OutcomeFixture.scenario(
      top: """
        "pulse": {"thresholds": {"notReady": {"amber": "25m", "red": "50m"},
          "notReadyReasons": {"Lunch": {"amber": "62m"}, "Break": "never",
                              "Coaching": {"red": "never"}, "Training": {"amber": "1h"}}}}
        """)
    let reasons = try OutcomeFixture.decode(text).pulse.notReadyReasons
    #expect(
      reasons["Lunch"] == NotReadyThresholds(amber: .after(.minutes(62)), red: .after(.minutes(65)))
    )
    #expect(reasons["Break"] == .never)
    #expect(
      reasons["Coaching"] == NotReadyThresholds(amber: .after(.minutes(45)), red: .never))
    #expect(
      reasons["Training"] == NotReadyThresholds(amber: .after(.hours(1)), red: .after(.hours(4))))
    #expect(reasons["Team Leader"] == .never)
    #expect(reasons["Emotional Break"] == PulseKeys.standard.notReadyReasons["Emotional Break"])
  }

  @Test(arguments: rejected)
  func rejectedAtItsPath(_ testCase: RejectedSection) {
    OutcomeFixture.expectRejected(testCase)
  }

  /// The defaults of the declarations are the model's standard thresholds, with the Child
  /// Maintenance Group's reason codes' own.
  @Test func theDeclaredDefaultsAreTheStandardThresholds() {
    var standard = PulseKeys.thresholds.defaultValue
    #expect(standard?.notReadyReasons.count == 10)
    standard?.notReadyReasons = [:]
    #expect(standard == .standard)
  }

  /// A threshold that is not one is reported alone: its default does not stand in to be
  /// compared with the other colour.
  @Test func aWrongThresholdIsNotComparedWithTheOther() {
    let text = OutcomeFixture.scenario(
      top: """
        "pulse": {"thresholds": {"longestWait": {"amber": -1, "red": "10s"},
                                 "serviceLevel": {"amber": "x", "red": 0.9}}}
        """)
    #expect(
      OutcomeFixture.errors(text).map(\.path) == [
        "pulse.thresholds.longestWait.amber", "pulse.thresholds.serviceLevel.amber",
      ])
  }

  /// A reason code the vocabulary lacks does not hide the other reasons' mistakes.
  @Test func everyReasonIsCheckedBesideAnUnknownOne() {
    let text = OutcomeFixture.scenario(
      top: """
        "pulse": {"thresholds": {"notReadyReasons": {
          "Brake": "never", "Break": {"amber": "30m", "red": "20m"}}}}
        """)
    #expect(
      OutcomeFixture.errors(text).map(\.path) == [
        "pulse.thresholds.notReadyReasons.Brake", "pulse.thresholds.notReadyReasons.Break.red",
      ])
  }

  @Test func everyMistakeIsReportedAtOnce() {
    let text = OutcomeFixture.scenario(
      top: """
        "pulse": {"thresholds": {"serviceLevel": {"amber": 2}, "abandonRate": {"red": 0.01},
                                 "notReady": {"amber": "x"}}}
        """)
    let paths = Set(OutcomeFixture.errors(text).map(\.path))
    #expect(
      paths == [
        "pulse.thresholds.serviceLevel.amber", "pulse.thresholds.abandonRate.red",
        "pulse.thresholds.notReady.amber",
      ])
  }
}
