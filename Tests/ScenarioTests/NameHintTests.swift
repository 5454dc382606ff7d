import SimKernel
import Testing

@testable import Scenario

/// Suggestions for an unknown name: the banded edit distance agrees with the whole table
/// wherever either is at most two, at most three names are offered, closest first, and a
/// file's budget bounds the work.
@Suite struct NameHintTests {
  /// The edit distance by the whole table: the oracle.
  static func oracle(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased().unicodeScalars)
    let b = Array(b.lowercased().unicodeScalars)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(b.count, 1) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }

  @Test(arguments: 1...20)
  func bandedDistanceAgreesWithTheWholeTable(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let alphabet = Array("abAB-é")
    func word() -> String {
      String((0..<Int(generator.next() % 7)).map { _ in alphabet[Int(generator.next() % 6)] })
    }
    for _ in 0..<400 {
      let (a, b) = (word(), word())
      var matcher = NameHint.Matcher(a)
      let expected = Self.oracle(a, b)
      let found = matcher.distance(to: b)
      #expect(
        found == (expected <= 2 ? expected : nil),
        "seed \(seed): \"\(a)\" to \"\(b)\": \(String(describing: found)), not \(expected)")
    }
  }

  @Test func atMostThreeSuggestionsClosestFirst() {
    let diagnostics = Diagnostics(file: "t.json")
    let names = ["team-10", "team-1", "team-2", "team-3", "gich"]
    #expect(
      NameHint.reference(for: "TEAM-1", among: names, diagnostics)
        == #" (did you mean "team-1", "team-10" or "team-2"?)"#)
    #expect(
      NameHint.reference(for: "gihc", among: names, diagnostics) == #" (did you mean "gich"?)"#)
    #expect(
      NameHint.reference(for: "welsh", among: names, diagnostics)
        == " (one of: team-10, team-1, team-2, team-3, gich)")
    let many = (0..<11).map { "segment-\($0)" }
    #expect(NameHint.reference(for: "welsh", among: many, diagnostics) == "")
    #expect(NameHint.reference(for: "x", among: [], diagnostics) == " (none is declared)")
  }

  @Test func aFilesBudgetBoundsTheComparisons() {
    let diagnostics = Diagnostics(file: "t.json")
    let names = (0..<NameHint.comparisonBudget / 2).map { "t\($0)" }
    #expect(NameHint.reference(for: "t0x", among: names, diagnostics).contains("\"t0\""))
    #expect(NameHint.reference(for: "t1x", among: names, diagnostics).contains("\"t1\""))
    #expect(diagnostics.comparisonsLeft == 0)
    #expect(NameHint.reference(for: "t2x", among: names, diagnostics) == "")
  }
}
