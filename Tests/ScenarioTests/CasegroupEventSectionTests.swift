import ContactCentre
import SimKernel
import Testing

@testable import Scenario

/// `routing.casegroups`: the orphans' route, orphaning events and movements — decoded, and
/// each mistake rejected at its place.
struct CasegroupEventSectionTests {
  /// The fixture (start 08:00) with `casegroups` as `routing.casegroups`, a second segment
  /// and plans `owner-first` and `gich`.
  static func top(_ casegroups: String) -> String {
    """
    "routing": {"casegroups": \(casegroups),
                "plans": [{"id": "owner-first", "steps": [{"target": "owner"}]},
                          {"id": "gich", "steps": [{"target": {"teams": ["gich"]}}]}]}
    """
  }

  static func scenario(_ casegroups: String) -> String {
    OutcomeFixture.scenario(top: top(casegroups)).replacingOccurrences(
      of: #""segments": [{"id": "maintenance"}]"#,
      with: #""segments": [{"id": "maintenance"}, {"id": "scr"}]"#)
  }

  @Test func eventsAreDecodedAtTheirTimeFromTheStart() throws {
    let configuration = try OutcomeFixture.decode(
      Self.scenario(
        """
        {"orphans": {"plan": "gich", "search": "2m"},
         "specialClientRecords": "scr",
         "orphanings": [{"at": "09:30", "caseworker": "M101", "reason": "accessRemoved",
                         "recovery": "1h", "recoveredTo": "maint-north-1"},
                        {"at": "08:00", "day": 2, "caseworker": "M100", "reason": "teamMove"}],
         "movements": [{"at": "10:00", "reason": "postcode", "share": 0.1,
                        "from": "maintenance", "to": "scr"},
                       {"at": "11:00", "reason": "nationallySensitive", "casegroup": 7}]}
        """))
    let rules = configuration.casegroups
    #expect(rules.orphans == OrphanRoute(plan: 1, search: .fixed(120)))
    #expect(rules.specialClientRecords == 1)
    #expect(
      rules.orphanings == [
        CasegroupOrphaning(
          at: .minutes(90), staffNumber: "M101", reason: .accessRemoved, recovery: .fixed(3600),
          recoveredTo: 1),
        CasegroupOrphaning(at: .hours(24), staffNumber: "M100", reason: .teamMove),
      ])
    #expect(
      rules.movements == [
        CaseMovement(
          at: .hours(2), reason: .postcode, moved: .share(0.1, ofSegment: 0), segment: 1),
        CaseMovement(
          at: .hours(3), reason: .nationallySensitive, moved: .casegroup(7), segment: 1),
      ])
  }

  @Test func withoutTheKeysNothingIsOrphanedOrMoved() throws {
    let configuration = try OutcomeFixture.decode(Self.scenario("{}"))
    #expect(configuration.casegroups == CasegroupRules())
    #expect(!configuration.casegroups.hasEvents)
  }

  static let rejected: [RejectedSection] = [
    RejectedSection(
      name: "nationally sensitive with no special client records segment",
      top: #"{"movements": [{"at": "10:00", "reason": "nationallySensitive", "casegroup": 1}]}"#,
      path: "routing.casegroups.movements[0].reason",
      message: "routing.casegroups.specialClientRecords must name it"),
    RejectedSection(
      name: "nationally sensitive to another segment",
      top: #"{"specialClientRecords": "scr", "movements": [{"at": "10:00", "#
        + #""reason": "nationallySensitive", "casegroup": 1, "to": "maintenance"}]}"#,
      path: "routing.casegroups.movements[0].to",
      message: "goes to the special client records segment, \"scr\""),
    RejectedSection(
      name: "a casegroup and a share",
      top: #"{"movements": [{"at": "10:00", "reason": "postcode", "casegroup": 1, "#
        + #""share": 0.5, "from": "maintenance", "to": "scr"}]}"#,
      path: "routing.casegroups.movements[0]",
      message: "one casegroup or a share of a segment's, not both"),
    RejectedSection(
      name: "neither a casegroup nor a share",
      top: #"{"movements": [{"at": "10:00", "reason": "postcode", "to": "scr"}]}"#,
      path: "routing.casegroups.movements[0]",
      message: "needs \"casegroup\", or \"share\" and \"from\""),
    RejectedSection(
      name: "a share from no segment",
      top: #"{"movements": [{"at": "10:00", "reason": "postcode", "share": 0.5, "to": "scr"}]}"#,
      path: "routing.casegroups.movements[0].from",
      message: "required key \"from\" is missing"),
    RejectedSection(
      name: "an unknown reason",
      top: #"{"movements": [{"at": "10:00", "reason": "income", "casegroup": 1, "to": "scr"}]}"#,
      path: "routing.casegroups.movements[0].reason",
      message: "\"income\" is not one of the allowed values"),
    RejectedSection(
      name: "a team of another segment",
      top: #"{"movements": [{"at": "10:00", "reason": "lifecycle", "casegroup": 1, "#
        + #""to": "scr", "team": "maint-north-1"}]}"#,
      path: "routing.casegroups.movements[0].team",
      message: "team \"maint-north-1\" is not in segment \"scr\""),
    RejectedSection(
      name: "an orphaning before the start",
      top: #"{"orphanings": [{"at": "07:59", "caseworker": "M100", "reason": "teamMove"}]}"#,
      path: "routing.casegroups.orphanings[0].at", message: "is before the run's start"),
    RejectedSection(
      name: "an unknown caseworker",
      top: #"{"orphanings": [{"at": "09:00", "caseworker": "M999", "reason": "teamMove"}]}"#,
      path: "routing.casegroups.orphanings[0].caseworker",
      message: "no agent with staff number \"M999\""),
    RejectedSection(
      name: "orphans routed to no plan",
      top: #"{"orphans": {"plan": "gihc"}}"#, path: "routing.casegroups.orphans.plan",
      message: "no plan \"gihc\""),
  ]

  @Test(arguments: rejected) func mistakesAreRejectedAtTheirPlace(_ testCase: RejectedSection) {
    let errors = OutcomeFixture.errors(Self.scenario(testCase.top))
    let found = errors.contains {
      $0.path == testCase.path && $0.message.contains(testCase.message)
    }
    #expect(found, "\(testCase.name): \(errors.map(\.description))")
    #expect(errors.count == 1, "\(testCase.name): one problem, one error: \(errors)")
  }
}
