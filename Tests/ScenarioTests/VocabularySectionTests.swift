import ContactCentre
import Testing

@testable import Scenario

/// Decoding a scenario's own `vocabulary`, and the names elsewhere in the file read against it.
struct VocabularySectionTests {
  /// A utility's words: outcomes, reasons, branches and domains, each with a behaviour.
  static let utility = """
    "vocabulary": {
      "outcomes": [{"name": "Sorted", "behaviour": "resolved"},
                   {"name": "Passed On", "behaviour": "transfers"},
                   {"name": "Ring Me", "behaviour": "requestsCallBack"},
                   {"name": "ID Failed", "behaviour": "failsSecurity"},
                   {"name": "Nobody Home", "behaviour": "unanswered"}],
      "notReadyReasons": [{"name": "Tea", "behaviour": "break"},
                          {"name": "Paperwork", "behaviour": "clerical"},
                          {"name": "Supervisor", "behaviour": "teamLeader"},
                          {"name": "Huddle", "behaviour": "other"}],
      "ivrBranches": [{"name": "account", "behaviour": "findsOwner"},
                      {"name": "emergency", "behaviour": "hangUp", "lineKinds": ["client"]},
                      {"name": "other", "behaviour": "queues"}],
      "expertDomains": ["Network", "Metering"]
    }
    """

  @Test func aScenarioDeclaresItsOwnNamesAndTheirBehaviours() throws {
    let configuration = try OutcomeFixture.decode(
      OutcomeFixture.scenario(
        callType: #""outcomes": {"Sorted": 0.8, "Ring Me": 0.2}, "outboundOutcomes": "#
          + #"{"Sorted": 0.5, "Nobody Home": 0.5}"#, top: Self.utility))
    let vocabulary = configuration.vocabulary
    #expect(
      vocabulary.outcomes.map(\.name) == [
        "Sorted", "Passed On", "Ring Me", "ID Failed", "Nobody Home",
      ])
    #expect(vocabulary.name(of: vocabulary.resolved) == "Sorted")
    #expect(vocabulary.failedSecurity.map(vocabulary.name(of:)) == "ID Failed")
    #expect(vocabulary.name(of: vocabulary.clerical) == "Paperwork")
    #expect(vocabulary.name(of: vocabulary.teamLeader) == "Supervisor")
    #expect(vocabulary.name(of: vocabulary.firstBreak) == "Tea")
    #expect(vocabulary.branches(on: .employer).map(vocabulary.name(of:)) == ["account", "other"])
    #expect(vocabulary.expertDomains == ["Network", "Metering"])
    let mix = configuration.callTypes[0].outcomes
    #expect(mix.outcomes.map(vocabulary.name(of:)) == ["Sorted", "Ring Me"])
    #expect(mix.outcomes.map(vocabulary.behaviour(of:)) == [.resolved, .requestsCallBack])
  }

  @Test func aListLeftOutIsTheChildMaintenanceGroups() throws {
    let configuration = try OutcomeFixture.decode(
      OutcomeFixture.scenario(
        top: #""vocabulary": {"expertDomains": ["Network"]}"#))
    let standard = Vocabulary.childMaintenance
    #expect(configuration.vocabulary.outcomes == standard.outcomes)
    #expect(configuration.vocabulary.notReadyReasons == standard.notReadyReasons)
    #expect(configuration.vocabulary.ivrBranches == standard.ivrBranches)
    #expect(configuration.vocabulary.expertDomains == ["Network"])
    let plain = try OutcomeFixture.decode(OutcomeFixture.scenario())
    #expect(plain.vocabulary == standard, "no vocabulary: the default")
  }

  /// A name elsewhere in the file is the vocabulary's, with a hint from its names.
  @Test func namesElsewhereAreTheVocabularys() {
    let errors = OutcomeFixture.errors(
      OutcomeFixture.scenario(
        callType: #""outcomes": {"Call Resolved": 0.5, "sorted": 0.5}"#, top: Self.utility))
    #expect(errors.count == 2, "\(errors)")
    #expect(
      errors.contains {
        $0.path == "callTypes[0].outcomes.sorted"
          && $0.message.contains(#"is not a call outcome (did you mean "Sorted"?)"#)
      })
    #expect(errors.contains { $0.path == #"callTypes[0].outcomes["Call Resolved"]"# })
  }

  @Test func securityThatFailsNeedsAnOutcomeThatFailsSecurity() {
    let vocabulary = #""vocabulary": {"outcomes": [{"name": "Sorted", "behaviour": "resolved"}]}"#
    let errors = OutcomeFixture.errors(
      OutcomeFixture.scenario(
        callType: #""security": {"time": "30s", "failShare": 0.1}"#, top: vocabulary))
    #expect(errors.count == 1 && errors.first?.path == "callTypes[0].security.failShare")
    #expect(errors.first?.message.contains(#"the behaviour "failsSecurity""#) == true)
    let never = OutcomeFixture.errors(
      OutcomeFixture.scenario(callType: #""security": {"time": "30s"}"#, top: vocabulary))
    #expect(never.isEmpty, "questions nobody fails need no such outcome: \(never)")
  }

  static let rejected: [RejectedSection] = [
    RejectedSection(
      name: "duplicate outcome",
      top: #""vocabulary": {"outcomes": [{"name": "Sorted", "behaviour": "resolved"},"#
        + #" {"name": "Sorted", "behaviour": "ends"}]}"#,
      path: "vocabulary.outcomes[1].name",
      message: #"duplicate name "Sorted" (also outcomes[0])"#),
    RejectedSection(
      name: "unknown behaviour",
      top: #""vocabulary": {"outcomes": [{"name": "Sorted", "behaviour": "resolved"},"#
        + #" {"name": "Passed On", "behaviour": "transfer"}]}"#,
      path: "vocabulary.outcomes[1].behaviour",
      message: #"unknown behaviour "transfer" in outcomes (did you mean "transfers"?)"#),
    RejectedSection(
      name: "no resolved outcome",
      top: #""vocabulary": {"outcomes": [{"name": "Passed On", "behaviour": "ends"}]}"#,
      path: "vocabulary.outcomes",
      message: #"no outcome has the behaviour "resolved": one must"#),
    RejectedSection(
      name: "two resolved outcomes",
      top: #""vocabulary": {"outcomes": [{"name": "A", "behaviour": "resolved"},"#
        + #" {"name": "B", "behaviour": "resolved"}]}"#,
      path: "vocabulary.outcomes[1].name",
      message: #"a second outcome with the behaviour "resolved" (also outcomes[0])"#),
    RejectedSection(
      name: "two failsSecurity outcomes",
      top: #""vocabulary": {"outcomes": [{"name": "A", "behaviour": "resolved"},"#
        + #" {"name": "B", "behaviour": "failsSecurity"}, {"name": "C", "behaviour":"#
        + #" "failsSecurity"}]}"#,
      path: "vocabulary.outcomes[2].name",
      message: #"only one may have it"#),
    RejectedSection(
      name: "no clerical reason",
      top: #""vocabulary": {"notReadyReasons": [{"name": "Tea", "behaviour": "break"},"#
        + #" {"name": "Supervisor", "behaviour": "teamLeader"}]}"#,
      path: "vocabulary.notReadyReasons",
      message: #"no NotReady reason code has the behaviour "clerical": one must"#),
    RejectedSection(
      name: "no break",
      top: #""vocabulary": {"notReadyReasons": [{"name": "Paperwork", "behaviour": "clerical"},"#
        + #" {"name": "Supervisor", "behaviour": "teamLeader"}]}"#,
      path: "vocabulary.notReadyReasons",
      message: #"the behaviour "break": at least one must"#),
    RejectedSection(
      name: "two team-leader reasons",
      top: #""vocabulary": {"notReadyReasons": [{"name": "Tea", "behaviour": "break"},"#
        + #" {"name": "Paperwork", "behaviour": "clerical"}, {"name": "TL", "behaviour":"#
        + #" "teamLeader"}, {"name": "Supervisor", "behaviour": "teamLeader"}]}"#,
      path: "vocabulary.notReadyReasons[3].name",
      message: #"a second NotReady reason code with the behaviour "teamLeader" (also"#),
    RejectedSection(
      name: "missing behaviour",
      top: #""vocabulary": {"ivrBranches": [{"name": "account"}]}"#,
      path: "vocabulary.ivrBranches[0].behaviour",
      message: #"required key "behaviour" is missing"#),
    RejectedSection(
      name: "a line kind without an IVR",
      top: #""vocabulary": {"ivrBranches": [{"name": "account", "behaviour": "queues","#
        + #" "lineKinds": ["directDial"]}]}"#,
      path: "vocabulary.ivrBranches[0].lineKinds[0]",
      message: #""directDial" is not a kind of line with an IVR"#),
    RejectedSection(
      name: "duplicate domain",
      top: #""vocabulary": {"expertDomains": ["Network", "Metering", "Network"]}"#,
      path: "vocabulary.expertDomains[2]",
      message: #"duplicate name "Network" (also expertDomains[0])"#),
    RejectedSection(
      name: "an outcome called abandoned",
      top: #""vocabulary": {"outcomes": [{"name": "Sorted", "behaviour": "resolved"},"#
        + #" {"name": "abandoned", "behaviour": "ends"}]}"#,
      path: "vocabulary.outcomes[1].name",
      message: #""abandoned" is the redials key"#),
    RejectedSection(
      name: "a domain called total",
      top: #""vocabulary": {"expertDomains": ["total"]}"#,
      path: "vocabulary.expertDomains[0]",
      message: #""total" is the sum of the assignments"#),
    RejectedSection(
      name: "unknown key",
      top: #""vocabulary": {"outcome": []}"#,
      path: "vocabulary.outcome",
      message: #"unknown key "outcome" (did you mean "outcomes"?)"#),
    RejectedSection(
      name: "a name with outer spaces",
      top: #""vocabulary": {"expertDomains": [" Network"]}"#,
      path: "vocabulary.expertDomains[0]",
      message: "not a usable name"),
  ]

  @Test(arguments: rejected)
  func aVocabularyThatBreaksItsRulesIsRefusedWithItsPath(_ testCase: RejectedSection) {
    OutcomeFixture.expectRejected(testCase)
  }

  /// A misspelt behaviour is one error: the names are still known where the file uses them.
  @Test func aMistakeInTheVocabularyIsReportedOnce() {
    let text = OutcomeFixture.scenario(
      callType: #""outcomes": {"Sorted": 0.9, "Passed On": 0.1},"#
        + #" "transfer": {"targets": [{"team": "gich", "share": 1}], "consult": "1m"}"#,
      top: #""vocabulary": {"outcomes": [{"name": "Sorted", "behaviour": "resolved"},"#
        + #" {"name": "Passed On", "behaviour": "transferz"}]}"#)
    let errors = OutcomeFixture.errors(text)
    #expect(errors.map(\.path) == ["vocabulary.outcomes[1].behaviour"], "\(errors)")
  }

  /// A warm transfer takes a caller nobody answers back with a call-back outcome by default:
  /// a vocabulary without one needs `takeBackOutcome`.
  @Test func aWarmTransferNeedsAnOutcomeToTakeTheCallerBackWith() {
    let transfer =
      #""outcomes": {"Sorted": 0.9, "Passed On": 0.1},"#
      + #" "transfer": {"targets": [{"team": "gich", "share": 1}], "consult": "1m"}"#
    let vocabulary =
      #""vocabulary": {"outcomes": [{"name": "Sorted", "behaviour": "resolved"},"#
      + #" {"name": "Passed On", "behaviour": "transfers"}]}"#
    let errors = OutcomeFixture.errors(OutcomeFixture.scenario(callType: transfer, top: vocabulary))
    #expect(errors.map(\.path) == ["callTypes[0].transfer.takeBackOutcome"], "\(errors)")
    #expect(
      errors.first?.message.contains("no outcome of the vocabulary requests a call-back") == true)
    let named = transfer.replacingOccurrences(
      of: #""consult": "1m""#, with: #""consult": "1m", "takeBackOutcome": "Sorted""#)
    #expect(
      OutcomeFixture.errors(OutcomeFixture.scenario(callType: named, top: vocabulary)).isEmpty)
  }

  @Test func errorsCarryTheLineAndColumnOfTheName() throws {
    let text = """
      {"duration": "1h",
       "vocabulary": {"notReadyReasons": [
         {"name": "Tea", "behaviour": "break"},
         {"name": "Tea", "behaviour": "clerical"},
         {"name": "Supervisor", "behaviour": "teamLeader"}]},
       "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 1}}],
       "callTypes": [{"id": "general", "talk": 60}],
       "teams": [{"id": "gich", "agents": 1, "handles": ["general"]}]}
      """
    let error = try #require(OutcomeFixture.errors(text).first)
    #expect(error.path == "vocabulary.notReadyReasons[1].name")
    #expect(error.location?.line == 4 && error.location?.column == 13)
  }
}
