import ContactCentre
import TestSupport
import Testing

@testable import Scenario

/// A small centre to hang outcome, transfer, redial and outbound sections on: `general` calls,
/// GICH and a maintenance team whose agents have staff numbers.
enum OutcomeFixture {
  /// The scenario with `callType` added to the call type's keys and `top` to the top level.
  static func scenario(callType: String = "", top: String = "") -> String {
    """
    {\(top.isEmpty ? "" : top + ",")
     "start": "08:00", "duration": "30h",
     "segments": [{"id": "maintenance"}],
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 60}}],
     "callTypes": [{"id": "general", "talk": 180\(callType.isEmpty ? "" : ", " + callType)},
                   {"id": "maintenance", "talk": 300}],
     "teams": [{"id": "gich", "agents": 2, "handles": ["general"]},
               {"id": "maint-north-1", "segment": "maintenance",
                "shifts": [{"start": "08:00", "end": "16:00",
                            "agents": [{"staffNumber": "M100"}, {"staffNumber": "M101"}]}]}]}
    """
  }

  static func decode(_ text: String) throws(ScenarioLoadError) -> CentreConfiguration {
    try ScenarioLoader.decode(Array(text.utf8), file: "test.json", directory: "/tmp")
  }

  /// The errors `text` is rejected with (none if it decodes).
  static func errors(_ text: String) -> [ScenarioError] {
    do {
      _ = try decode(text)
      return []
    } catch {
      guard case .invalid(let errors) = error else { return [] }
      return errors
    }
  }

  /// Expects the fixture with `testCase`'s additions to be rejected with exactly one error,
  /// at its path and with its message.
  static func expectRejected(_ testCase: RejectedSection) {
    let errors = errors(scenario(callType: testCase.callType, top: testCase.top))
    let found = errors.contains {
      $0.path == testCase.path && $0.message.contains(testCase.message)
    }
    #expect(found, "\(testCase.name): \(errors.map(\.description))")
    #expect(errors.count == 1, "\(testCase.name): one problem, one error: \(errors)")
  }

  /// A warm transfer to GICH, with Call Transferred in the inbound mix.
  static let transferToGICH = """
    "outcomes": {"Call Resolved": 0.9, "Call Transferred": 0.1},
    "transfer": {"targets": [{"team": "gich", "share": 1}], "consult": "1m"}
    """
}

/// One scenario rejected: where, and what the message says.
struct RejectedSection: Sendable, CustomTestStringConvertible {
  var name: String
  var callType = ""
  var top = ""
  var path: String
  var message: String

  var testDescription: String { name }
}
