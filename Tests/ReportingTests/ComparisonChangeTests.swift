import Planning
import Testing

@testable import Reporting

/// The summary of `ccsim compare`: which figures moved and in what order.
struct ComparisonChangeTests {
  /// A comparison of two replications a side whose difference is `difference` in both.
  static func compared(base: Double, difference: Double) -> PairedDifference {
    PairedDifference(base: [base, base], candidate: [base + difference, base + difference])
  }

  @Test(arguments: [
    (MetricName.serviceLevel, 0.000_04, false), (.serviceLevel, 0.000_06, true),
    (.abandonRate, -0.01, true), (.averageSpeedOfAnswer, 0.04, false),
    (.averageSpeedOfAnswer, -0.06, true), (.longestWait, 0, false),
  ])
  func movedAtThePrecisionReportsPrint(_ metric: MetricName, _ difference: Double, _ moved: Bool) {
    #expect(
      ComparisonChange.moved(metric, Self.compared(base: 0.5, difference: difference)) == moved)
  }

  /// Largest relative change first, a figure that moved from 0 before all; ties keep report
  /// order; the unmoved are left out.
  @Test func largestRelativeChangeFirst() {
    let total = ComparisonSummary.Scope(
      id: "",
      metrics: [
        (.serviceLevel, Self.compared(base: 0.5, difference: 0.05)),  // +10 %
        (.averageSpeedOfAnswer, Self.compared(base: 20, difference: -10)),  // -50 %
        (.abandonRate, Self.compared(base: 0.1, difference: 0)),  // unmoved
      ])
    let queue = ComparisonSummary.Scope(
      id: "gich",
      metrics: [
        (.abandonRate, Self.compared(base: 0, difference: 0.02)),  // from 0
        (.serviceLevel, Self.compared(base: 0.8, difference: -0.08)),  // -10 %, after total's
      ])
    let changes = ComparisonChange.changes([(.total, total), (.queue, queue)])
    #expect(
      changes.map { "\($0.kind.rawValue) \($0.id) \($0.metric.rawValue)" } == [
        "queue gich abandonRate", "total  averageSpeedOfAnswer", "total  serviceLevel",
        "queue gich serviceLevel",
      ])
    #expect(changes[0].relativeChange == nil)
    #expect(abs((changes[1].relativeChange ?? 0) + 0.5) < 1e-12)
  }
}
