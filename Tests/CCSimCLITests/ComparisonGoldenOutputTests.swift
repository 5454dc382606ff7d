import Foundation
import Testing

/// `ccsim compare` on the example pair (`scenarios/compare/`) in its three formats against
/// files kept in `Tests/CCSimCLITests/Golden/compare/`, so that a change of the summary's or
/// the detail's layout is seen in review. Re-record on purpose, as the other golden files:
///
///     CCSIM_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests
struct ComparisonGoldenOutputTests {
  @Test(arguments: [("table", "txt"), ("json", "json"), ("csv", "csv")])
  func theExamplePairMatchesItsGoldenFiles(format: String, ext: String) throws {
    let result = CLI.run(
      "compare", CLI.scenario("compare/base.json"), CLI.scenario("compare/candidate.json"),
      "--replications", "2", "--jobs", "1", "--quiet", "--format", format)
    try #require(result.code == 0, "\(result.err)")
    try GoldenFile.check(result.out, "compare/stdout.\(ext)")
  }
}

/// A golden file of `Tests/CCSimCLITests/Golden/`: compared, or written when recording.
enum GoldenFile {
  static func check(_ text: String, _ name: String) throws {
    let golden = GoldenOutputTests.directory.appendingPathComponent(name)
    if GoldenOutputTests.recording {
      try FileManager.default.createDirectory(
        at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: golden, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
      Issue.record("\(name): no golden file; record with CCSIM_RECORD_GOLDEN=1")
      return
    }
    #expect(
      text == expected,
      "\(name) differs from its golden file: \(GoldenOutputTests.firstDifference(expected, text))"
    )
  }
}
