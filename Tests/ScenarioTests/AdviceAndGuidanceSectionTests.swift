import ContactCentre
import SimKernel
import Testing

@testable import Scenario

/// Decoding `incidents.local.adviceAndGuidance.response`: Advice and Guidance answering days
/// later.
struct AdviceAndGuidanceSectionTests {
  /// The back-office fixture with A&G's step given `step`.
  static func scenario(step: String) -> String {
    let incidents = BackOfficeSectionTests.fullIncidents.replacingOccurrences(
      of: #""adviceAndGuidance": {"time": "20m", "solves": 0.1}"#,
      with: #""adviceAndGuidance": "# + step)
    return BackOfficeSectionTests.scenario(
      top: [BackOfficeSectionTests.fullAAC, incidents].joined(separator: ","))
  }

  static func advice(_ step: String) throws -> Incidents.Local? {
    let configuration = try OutcomeFixture.decode(scenario(step: step))
    return configuration.incidents?.local.first { $0.step == .adviceAndGuidance }
  }

  @Test func aResponseIsReadWithItsDefaults() throws {
    let full = try Self.advice(
      #"{"time": "15m", "solves": 0.5, "response": {"referred": 0.7, "caseSpecific": "#
        + #"{"uniform": {"min": "1d", "max": "5d"}}, "urgentShare": 0.2, "urgent": "12h", "#
        + #""review": "5m"}}"#)
    #expect(
      full?.answer
        == AdviceAndGuidance(
          referred: 0.7, response: .uniform(min: 86_400, max: 5 * 86_400), urgentShare: 0.2,
          urgentResponse: .fixed(43_200), review: .fixed(300)))
    #expect(full?.time == .fixed(900) && full?.solves == 0.5)
    // Left out, each key is the model's default: every problem referred, five working days (a
    // working day is a day of simulated time), none urgent, 24 hours for those that are, ten
    // minutes' review.
    let defaults = try Self.advice(#"{"time": "15m", "solves": 0.5, "response": {}}"#)
    #expect(defaults?.answer == AdviceAndGuidance())
    #expect(AdviceAndGuidance().response == .fixed(5 * 24 * 3600))
    #expect(AdviceResponseKeys.referred.defaultValue == AdviceAndGuidance().referred)
    #expect(AdviceResponseKeys.caseSpecific.defaultValue == AdviceAndGuidance().response)
    #expect(AdviceResponseKeys.urgentShare.defaultValue == AdviceAndGuidance().urgentShare)
    #expect(AdviceResponseKeys.urgent.defaultValue == AdviceAndGuidance().urgentResponse)
    #expect(AdviceResponseKeys.review.defaultValue == AdviceAndGuidance().review)
    // Without `response`, A&G is answered within the step's time, as before.
    let atOnce = try Self.advice(#"{"time": "15m", "solves": 0.5}"#)
    #expect(atOnce != nil && atOnce?.answer == nil)
  }

  static let rejected: [RejectedSection] = [
    RejectedSection(
      name: "urgent share above 1",
      top: #"{"time": "15m", "solves": 0.5, "response": {"urgentShare": 1.5}}"#,
      path: "incidents.local.adviceAndGuidance.response.urgentShare", message: "1.5"),
    RejectedSection(
      name: "a response key misspelt",
      top: #"{"time": "15m", "solves": 0.5, "response": {"caseSpecifc": "5d"}}"#,
      path: "incidents.local.adviceAndGuidance.response.caseSpecifc",
      message: #"(did you mean "caseSpecific"?)"#),
    RejectedSection(
      name: "a response on another step",
      top: #"{"time": "15m", "solves": 0.5}, "colleagues": {"time": "5m", "solves": 0.1, "#
        + #""response": {}}"#,
      path: "incidents.local.colleagues.response", message: "response"),
  ]

  /// Each rejection, with `top` the A&G step as written.
  @Test(arguments: rejected)
  func rejectedWithItsPath(_ testCase: RejectedSection) {
    let errors = OutcomeFixture.errors(Self.scenario(step: testCase.top))
    let found = errors.contains {
      $0.path == testCase.path && $0.message.contains(testCase.message)
    }
    #expect(found, "\(testCase.name): \(errors.map(\.description))")
    #expect(errors.count == 1, "\(testCase.name): one problem, one error: \(errors)")
  }
}
