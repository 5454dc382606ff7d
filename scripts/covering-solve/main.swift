// A tiny release-built path to ccsim's covering solver, for scripts/schedule-quality.py (not
// part of the package: the script compiles it with the solver's own files,
//   swiftc -O scripts/covering-solve/main.swift Sources/Planning/Scheduling/Covering*.swift).
// Reads JSON files — a CoveringProblem, a fixture {"problem": …}, or `ccsim schedule
// --covering-problem` output {"teams": [{"team", "problem", "solution"}]} — and prints one JSON
// line per problem: its file, team, cost, lower bound, shortfalls and solve time in seconds.
import Foundation

struct Fixture: Decodable { var problem: CoveringProblem }
struct Teams: Decodable {
  struct Team: Decodable {
    var team: String
    var problem: CoveringProblem
  }
  var teams: [Team]
}

for path in CommandLine.arguments.dropFirst() {
  let data = try Data(contentsOf: URL(fileURLWithPath: path))
  let decoder = JSONDecoder()
  var problems: [(String?, CoveringProblem)] = []
  if let teams = try? decoder.decode(Teams.self, from: data) {
    problems = teams.teams.map { ($0.team, $0.problem) }
  } else if let fixture = try? decoder.decode(Fixture.self, from: data) {
    problems = [(nil, fixture.problem)]
  } else {
    problems = [(nil, try decoder.decode(CoveringProblem.self, from: data))]
  }
  for (team, problem) in problems {
    let clock = ContinuousClock()
    var solution: CoveringSolution!
    let elapsed = clock.measure { solution = CoveringSolver.solve(problem) }
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let line: [String: Any] = [
      "file": path, "team": team ?? NSNull(), "cost": solution.cost,
      "lowerBound": solution.lowerBound ?? NSNull(),
      "short": solution.shortfalls.values.reduce(0, +), "seconds": seconds,
      "agents": solution.counts.reduce(0, +),
    ]
    let json = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))
  }
}

// CCSIM_COVERING_PHASES=1: the LP's pivots, value and time, and each rounding's cost before
// and after the local search, on standard error.
if ProcessInfo.processInfo.environment["CCSIM_COVERING_PHASES"] != nil {
  for path in CommandLine.arguments.dropFirst() {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let fixture = try? JSONDecoder().decode(Fixture.self, from: data)
    let problem = try fixture?.problem ?? JSONDecoder().decode(CoveringProblem.self, from: data)
    let clock = ContinuousClock()
    let index = CoveringIndex(problem)
    var relaxation: CoveringLP.Result!
    let segment = ProcessInfo.processInfo.environment["SEGMENT"].flatMap { Int($0) }
    let lpTime = clock.measure {
      relaxation = CoveringLP(index).solve(iterationLimit: 100000, segment: segment)
    }
    var lines = [
      "LP: \(relaxation.iterations) pivots, bound \(relaxation.bound ?? -1), \(lpTime)"
    ]
    let lp = CoveringLP(index)
    var dived: [Int]?
    let diveTime = clock.measure { dived = lp.dive(from: relaxation, limit: 100_000) }
    if let dived {
      var cover = CoveringRounding.whole(index, dived)
      let before = cover.cost
      CoveringLocalSearch.improve(&cover, target: nil)
      lines.append("dive: \(before) in \(diveTime) → \(cover.cost)")
    } else {
      lines.append("dive: none in \(diveTime)")
    }
    for (name, rounding) in [
      ("down+greedy", CoveringRounding.downThenGreedy),
      ("up by fraction", CoveringRounding.upByFraction),
    ] {
      var cover = rounding(index, relaxation.values)
      let before = cover.cost
      let searchTime = clock.measure { CoveringLocalSearch.improve(&cover, target: nil) }
      let searched = cover.cost
      let preference = relaxation.values.map { $0 - ($0 + 1e-6).rounded(.down) }
      let recreateTime = clock.measure {
        CoveringRecreate.improve(&cover, preference: preference, target: nil)
      }
      lines.append(
        "\(name): \(before) → \(searched) in \(searchTime) → \(cover.cost) in \(recreateTime)")
    }
    FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }
}
