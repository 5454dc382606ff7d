import ContactCentre
import Testing

@testable import Planning

/// Replications to a precision: the batch schedule and the stopping rule.
struct PrecisionTests {
  static let configuration = CentreConfiguration(
    name: "stub", duration: .hours(1),
    lines: [Line(id: "main", callType: 0, arrivals: .perHour(1))],
    callTypes: [CallType(id: "general", talk: .exponential(mean: 60), patience: nil)],
    teams: [Team(id: "gich", agents: 1, handles: [0])])

  struct Step: Sendable, CustomTestStringConvertible {
    var count: Int
    var halfWidth: Double?
    var next: Int
    var testDescription: String { "\(count) at \(halfWidth.map { "\($0)" } ?? "nil") → \(next)" }
  }

  /// Target 1, cap 1000: the prediction n·(h/target)², between +25 % (at least one) and ×2.
  static let steps: [Step] = [
    Step(count: 8, halfWidth: 1.2, next: 12),  // predicts 11.52 → 12
    Step(count: 8, halfWidth: 1.01, next: 10),  // predicts 8.2 → 9, but at least +2
    Step(count: 8, halfWidth: 5, next: 16),  // predicts 200: at most twice
    Step(count: 8, halfWidth: nil, next: 16),  // no half-width yet: twice
    Step(count: 1, halfWidth: 1.1, next: 2),  // at least one more
    Step(count: 600, halfWidth: 2, next: 1000),  // the cap
    Step(count: 40, halfWidth: 1.5, next: 80),  // predicts exactly 90 → 80
  ]

  @Test(arguments: steps)
  func nextBatch(_ step: Step) {
    #expect(
      Replications.nextCount(after: step.count, halfWidth: step.halfWidth, target: 1, cap: 1000)
        == step.next)
  }

  /// A half-width of 1/√n with target 0.1 needs 100 replications: batches run in order from
  /// replication 0, and the run stops at the first total that meets the target.
  @Test func stopsAtTheFirstTotalThatMeetsTheTarget() {
    var batches: [Range<Int>] = []
    let result = Replications.untilPrecision(
      target: 0.1, initial: 8, cap: 1000,
      halfWidth: { 1 / Double($0.count).squareRoot() },
      batch: { first, count in
        batches.append(first..<first + count)
        return (first..<first + count).map {
          RunStatistics(replication: $0, configuration: Self.configuration, intervals: false)
        }
      })
    #expect(result.reached && result.runs.count >= 100)
    #expect(result.runs.map { $0.replication } == Array(0..<result.runs.count))
    #expect(batches.dropLast().allSatisfy { 1 / Double($0.upperBound).squareRoot() > 0.1 })
    #expect(batches.first == 0..<8)
    #expect(zip(batches, batches.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
  }

  @Test func theCapStopsARunThatCannotMeetTheTarget() {
    let result = Replications.untilPrecision(
      target: 0.1, initial: 8, cap: 50, halfWidth: { _ in 1 },
      batch: { first, count in
        (first..<first + count).map {
          RunStatistics(replication: $0, configuration: Self.configuration, intervals: false)
        }
      })
    #expect(!result.reached && result.runs.count == 50 && result.halfWidth95 == 1)
  }
}
