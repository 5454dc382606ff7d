import Foundation
import Testing

/// `ccsim run --out DIR` writes report.html, and every figure it shows with a `data-metric`
/// (a JSON Pointer into summary.json) equals summary.json's value there.
struct ReportHTMLTests {
  @Test func reportFiguresEqualSummaryJSON() throws {
    let directory = CLI.temporaryDirectory()
    let result = CLI.run(
      "run", CLI.scenario("cms-day.json"), "--out", directory.path, "--format", "json")
    #expect(result.code == 0, "\(result.err)")
    let html = try String(
      contentsOf: directory.appendingPathComponent("report.html"), encoding: .utf8)
    let summaryText = try String(
      contentsOf: directory.appendingPathComponent("summary.json"), encoding: .utf8)
    #expect(summaryText == result.out)
    let summary = try #require(
      try JSONSerialization.jsonObject(with: Data(summaryText.utf8)) as? [String: Any])
    let queues = try #require(summary["queues"] as? [String: Any])
    let teams = try #require(summary["teams"] as? [String: Any])

    let figures = Self.figures(html)
    let pointers = Set(figures.map(\.pointer))
    for metric in [
      "serviceLevel", "averageSpeedOfAnswer", "averageHandleTime", "abandonRate",
      "probabilityOfWait", "occupancy", "longestWait",
    ] {
      #expect(pointers.contains("/metrics/\(metric)/mean"), "headline \(metric)")
    }
    for count in ["offered", "answered", "abandoned"] {
      #expect(pointers.contains("/calls/\(count)"), "headline \(count)")
    }
    for queue in queues.keys {
      #expect(pointers.contains("/queues/\(Self.token(queue))/metrics/serviceLevel/mean"))
    }
    for team in teams.keys {
      #expect(pointers.contains("/teams/\(Self.token(team))/metrics/occupancy/mean"))
    }

    for (pointer, text) in figures {
      let value = try Self.resolve(pointer, in: summary)
      guard let number = Double(text) else {
        #expect(text.isEmpty && value is NSNull, "\(pointer): '\(text)' against \(value)")
        continue
      }
      let expected = try #require((value as? NSNumber)?.doubleValue, "\(pointer) is a number")
      // The page writes each number exactly as summary.json does (the shortest text that
      // reads back as the same double); the tolerance only absorbs Foundation's JSON parser,
      // which on Linux can miss the last bit or two of a double.
      #expect(
        abs(number - expected) <= 1e-12 * max(1, abs(expected)),
        "\(pointer): report \(text), summary.json \(expected)")
    }
  }

  /// Every `data-metric="POINTER" data-value="V"` pair, the pointer's HTML escapes undone.
  static func figures(_ html: String) -> [(pointer: String, value: String)] {
    html.components(separatedBy: "data-metric=\"").dropFirst().map { piece in
      var pointer = String(piece.prefix { $0 != "\"" })
      for (escaped, character) in [
        ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&"),
      ] {
        pointer = pointer.replacingOccurrences(of: escaped, with: character)
      }
      let rest = piece.components(separatedBy: "data-value=\"").dropFirst().first ?? ""
      return (pointer, String(rest.prefix { $0 != "\"" }))
    }
  }

  /// A key as a JSON Pointer token.
  static func token(_ key: String) -> String {
    key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
  }

  /// The value at a JSON Pointer (RFC 6901).
  static func resolve(_ pointer: String, in json: Any) throws -> Any {
    var value = json
    for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
      let key = token.replacingOccurrences(of: "~1", with: "/")
        .replacingOccurrences(of: "~0", with: "~")
      let object = try #require(value as? [String: Any], "\(pointer)")
      value = try #require(object[key], "\(pointer): no \(key)")
    }
    return value
  }
}
