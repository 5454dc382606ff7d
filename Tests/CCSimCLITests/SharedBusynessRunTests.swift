import Foundation
import Testing

/// The example of a shared busyness factor, run whole: its `cv` at 0 is no factor at all, and
/// the factor moves its two lines together over replications.
struct SharedBusynessRunTests {
  static func example() throws -> String {
    try String(contentsOfFile: CLI.scenario("shared-busyness.json"), encoding: .utf8)
  }

  @Test func aSharedFactorOfCV0IsTheRunWithoutIt() throws {
    let example = try Self.example()
    let entry = #"{"id": "national-news", "cv": 0.15, "lines": ["client", "employer"]}"#
    #expect(example.contains(entry))
    let zero = example.replacingOccurrences(of: #""cv": 0.15"#, with: #""cv": 0"#)
    let without = example.replacingOccurrences(
      of: "  \"busyness\": [\n    \(entry)\n  ],\n", with: "")
    #expect(!without.contains(#""busyness""#))
    let runs = [zero, without, example].map { document in
      CLI.run("run", CLI.write(document), "--format", "json", "--replications", "2", "--quiet")
    }
    #expect(runs.allSatisfy { $0.code == 0 }, "\(runs.map(\.err))")
    #expect(runs[0].out == runs[1].out)
    #expect(runs[2].out != runs[1].out, "with cv 0.15 the factor changes the calls")
  }
}
