// A Swift program that embeds ccsim: load a scenario, staff a team from 20 to 26 agents, run
// 10 replications of each and print the service level with its 95 % half-width.
// Run from the repository: swift run -c release embed-ccsim scenarios/quickstart.json gich
import CCSimKit
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  print("usage: embed-ccsim SCENARIO TEAM")
  exit(64)
}
let scenario: CentreConfiguration
do {
  scenario = try CCSimKit.loadScenario(path: arguments[1])
} catch {
  // Every problem, at its file, line:column and JSON path.
  print(error)
  exit(65)
}
guard let team = scenario.teams.firstIndex(where: { $0.id == arguments[2] }) else {
  print("no team \(arguments[2]) in \(scenario.name)")
  exit(65)
}
for agents in 20...26 {
  var staffed = scenario
  // The team's call-taking agents made `agents` (nil for a team staffed by named rosters).
  guard let resized = scenario.teams[team].withCallTakers(agents) else {
    print("team \(arguments[2]) has no head count to change")
    exit(65)
  }
  staffed.teams[team] = resized
  let summary = CCSimKit.run(staffed, replications: 10)
  let level = summary.total.metrics[.serviceLevel]
  print(
    "\(agents) agents: service level \(level?.mean ?? 0) ± \(level?.halfWidth95 ?? 0)")
}
