import Foundation
import Testing

@testable import Planning

/// ccsim's covering solver within 3 % of the true optimum on the benchmark's five profiles
/// (scripts/schedule-quality.py --write-fixtures wrote them, with reduced template sets, and
/// recorded each one's optimum, proved by HiGHS), and on a week with hourly starts, where the
/// solver needs its dive on a large problem (1,660 paid hours without it; the optimum, 1,600,
/// with it).
struct CoveringFixtureTests {
  struct Fixture: Decodable {
    var name: String
    var optimum: Double
    var problem: CoveringProblem
  }

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/covering")

  static let names = ["flat", "double-peak", "cms-day", "24-hours", "week", "week-hourly"]

  @Test(arguments: names)
  func withinThreePercentOfTheOptimum(name: String) throws {
    let data = try Data(contentsOf: Self.directory.appendingPathComponent(name + ".json"))
    let fixture = try JSONDecoder().decode(Fixture.self, from: data)
    let solution = CoveringSolver.solve(fixture.problem)
    #expect(solution.shortfalls.isEmpty, "\(fixture.name)")
    var working = Array(repeating: 0, count: fixture.problem.demand.count)
    for (column, agents) in solution.counts.enumerated() {
      for period in fixture.problem.columns[column].covers { working[period] += agents }
    }
    #expect(zip(working, fixture.problem.demand).allSatisfy { $0 >= $1 }, "\(fixture.name)")
    #expect(solution.cost >= fixture.optimum - 1e-6, "\(fixture.name)")
    #expect(solution.cost <= 1.03 * fixture.optimum, "\(fixture.name): \(solution.cost)")
    if let bound = solution.lowerBound {
      #expect(bound <= fixture.optimum + 1e-6, "\(fixture.name)")
    }
  }
}
