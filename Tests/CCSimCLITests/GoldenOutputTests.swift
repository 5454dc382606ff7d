import Foundation
import Testing

/// Every rendered output of `ccsim run` on `quickstart.json` and `cms-day.json` — the table,
/// `--format csv`, the files of `--out` (`--format json` prints summary.json), the report's
/// embedded data and its layout — against
/// files kept in `Tests/CCSimCLITests/Golden/`, so that any change of layout or of a figure is
/// seen in review. Re-record them on purpose, after checking the change is the one intended:
///
///     CCSIM_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests
///
/// `calls.csv` is kept as its first and last 200 rows (its layout, the calls still in the
/// centre at the end), the rest whole.
struct GoldenOutputTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  static let recording = ProcessInfo.processInfo.environment["CCSIM_RECORD_GOLDEN"] == "1"

  @Test(arguments: ["quickstart", "cms-day"])
  func outputsMatchTheGoldenFiles(scenario: String) throws {
    let path = CLI.scenario("\(scenario).json")
    let run = ["run", path, "--replications", "2", "--quiet"]
    var outputs: [(name: String, text: String)] = []
    for format in ["table", "csv"] {
      let result = CLI.run(run + ["--format", format])
      try #require(result.code == 0, "\(scenario) --format \(format): \(result.err)")
      outputs.append(("stdout.\(format == "table" ? "txt" : format)", result.out))
    }
    let out = CLI.temporaryDirectory().appendingPathComponent("out")
    let result = CLI.run(run + ["--out", out.path, "--calls", "--format", "json"])
    try #require(result.code == 0, "\(scenario) --out: \(result.err)")
    let summary = try String(
      contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
    #expect(result.out == summary, "\(scenario): --format json prints summary.json")
    for file in ["summary.json", "intervals.csv", "agents.csv", "incidents.csv"] {
      let url = out.appendingPathComponent(file)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      outputs.append((file, try String(contentsOf: url, encoding: .utf8)))
    }
    let calls = try String(contentsOf: out.appendingPathComponent("calls.csv"), encoding: .utf8)
    outputs.append(("calls-head-and-tail.csv", Self.headAndTail(calls, rows: 200)))
    let report = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    outputs.append(("report-data.json", try Self.embeddedData(report) + "\n"))
    outputs.append(("report-layout.html", try Self.layout(report)))

    let folder = Self.directory.appendingPathComponent(scenario)
    if Self.recording {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    for (name, text) in outputs {
      let golden = folder.appendingPathComponent(name)
      if Self.recording {
        try text.write(to: golden, atomically: true, encoding: .utf8)
        continue
      }
      guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
        Issue.record("\(scenario)/\(name): no golden file; record with CCSIM_RECORD_GOLDEN=1")
        continue
      }
      #expect(
        text == expected,
        "\(scenario)/\(name) differs from its golden file: \(Self.firstDifference(expected, text))"
      )
    }
  }

  /// The header, the first `rows` rows and the last `rows` rows of a CSV file.
  static func headAndTail(_ text: String, rows: Int) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    guard lines.count > 2 * rows + 1 else { return text }
    let kept = Array(lines.prefix(rows + 1)) + ["…"] + Array(lines.suffix(rows))
    return kept.joined(separator: "\n") + "\n"
  }

  /// The report's page without what other golden files or tests hold: its style sheet and
  /// script (fixed text), its embedded data (`report-data.json`) and the timeline's drawing,
  /// leaving the layout: the controls, every scope's headline, the charts' frames, the
  /// replay's and the tables.
  static func layout(_ html: String) throws -> String {
    var text = html
    for (open, close, name) in [
      ("<style>", "</style>", "style"), ("<script", "</script>", "script"),
      ("<svg class=\"timeline\"", "</svg>", "timeline"),
    ] {
      while let start = text.range(of: open),
        let end = text.range(of: close, range: start.upperBound..<text.endIndex)
      {
        text.replaceSubrange(start.lowerBound..<end.upperBound, with: "[\(name) left out]")
      }
    }
    return text
  }

  /// The report's embedded data.
  static func embeddedData(_ html: String) throws -> String {
    let open = "<script type=\"application/json\" id=\"report-data\">"
    let start = try #require(html.range(of: open))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    return String(html[start.upperBound..<end.lowerBound])
  }

  /// Where two texts first differ: the line number and both lines.
  static func firstDifference(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(a.count, b.count) {
      let left = index < a.count ? String(a[index]) : "(none)"
      let right = index < b.count ? String(b[index]) : "(none)"
      if left != right {
        return "line \(index + 1): expected \(left.prefix(300)), got \(right.prefix(300))"
      }
    }
    return "same lines"
  }
}
