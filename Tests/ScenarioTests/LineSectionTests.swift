import ContactCentre
import SimKernel
import Testing

@testable import Scenario

/// Decoding lines, their IVR and the routing plans: what a key left out means comes from its
/// declaration.
struct LineSectionTests {
  /// `OutcomeFixture.scenario` with its line replaced by `line` and `top` at the top level.
  static func scenario(line: String, top: String = "") -> String {
    OutcomeFixture.scenario(top: top).replacingOccurrences(
      of: #"{"id": "main", "callType": "general", "arrivals": {"perHour": 60}}"#, with: line)
  }

  @Test func keysLeftOutHaveTheirDeclaredDefaults() throws {
    let text = Self.scenario(
      line: """
        {"id": "main", "callType": "general", "arrivals": {"perHour": 60},
         "ivr": {"branches": [{"branch": "validScin", "share": 1, "plan": "owner-first"}]}}
        """,
      top: """
        "routing": {"plans": [{"id": "owner-first", "steps": [{"target": "owner"}]}]}
        """)
    let configuration = try OutcomeFixture.decode(text)
    let line = try #require(configuration.lines.first)
    #expect(line.kind == .client)
    #expect(line.arrivals == .perHour(60, overdispersion: 0))
    let ivr = try #require(line.ivr)
    #expect(ivr.time == .fixed(0))
    #expect(ivr.branches.first?.identification == .fixed(0))
    #expect(ivr.branches.first?.segments == [])
    let plan = try #require(configuration.plans.first)
    #expect(plan.priority == 0)
    #expect(plan.steps == [RoutingStep(after: .zero, target: .owner, skipIfNoneReady: false)])
    #expect(configuration.casegroups == CasegroupRules(orphanedShare: 0, skew: 0))
  }

  /// A line whose kind is misspelt may be an AAC line, which needs no arrivals: only the kind
  /// is reported.
  @Test func aMisspeltKindIsTheOnlyProblem() {
    let text = Self.scenario(line: #"{"id": "main", "kind": "AAC", "callType": "general"}"#)
    let errors = OutcomeFixture.errors(text)
    #expect(errors.map(\.path) == ["lines[0].kind"])
  }
}
