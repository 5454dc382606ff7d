import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import SimKernel

/// `ccsim staff SCENARIO`: the fewest agents per team and interval that meet the goal.
enum StaffCommand {
  static let help = """
    Usage: ccsim staff SCENARIO [--target 0.8] [--threshold 20s] [--max-abandon 0.05]
                                [--max-occupancy 0.9] [--replications R] [--passes N]
                                [--team ID] [--max-agents N] [--seed N] [--jobs J]
                                [--format table|csv|json]
                                [--write-scenario FILE] [--allow-large] [--quiet]

    Finds, for every reporting interval, the fewest agents of each staffed team that meet the
    service-level target (and the abandon and occupancy caps, if given). It starts from the
    Erlang C requirement of each interval's forecast calls and handle time (Erlang A when
    callers abandon), then simulates the day with that staffing and adjusts it interval by
    interval — more agents where the service level falls short, fewer where one fewer still
    meets the goal — simulation after simulation, on the same callers each time.

    Teams staffed: with --team, that team; the others keep their rosters. Without it, every
    team answering calls, each judged on its own queues — or, when a queue offers its calls to
    several teams first, all of them jointly: each queue's Erlang requirement is split between
    its teams by today's roster, then simulation adds agents to the team whose one more agent
    brings a short interval nearest the goal, and takes them from the least occupied team
    where the goal is met; every queue is judged on its own, and the table shows per team
    the agents needed beside today's roster, and per queue the service level and abandon
    rate. A staffed team's roster (shifts, named agents, breaks) is replaced
    by the agents found, beside its team leaders as they were (unless they take calls); its
    behaviour and shrinkage, the routing and the other teams stay. A queue whose routing plan
    has a "goal" of its own keeps its threshold, target and abandon limit whatever the
    options below say.

    Options:
      --target X          Service-level target, above 0 and below 1 (default: the scenario's).
      --threshold D       Service-level threshold: seconds or a duration such as 20s
                          (default: the scenario's).
      --max-abandon X     Largest abandon rate allowed in an interval (e.g. 0.05).
      --max-occupancy X   Largest occupancy allowed in an interval (e.g. 0.9).
      --replications R    Replications per simulation (default 30); the service level of
                          each interval is their mean, with a 95 % half-width.
      --passes N          The most simulations to run (default 16); staffing jointly, the
                          most rounds (each one simulation, and one per team probed).
      --team ID           Staff this team only.
      --max-agents N      At most N agents per team and interval: an interval that would need
                          more is reported as missing the goal.
      --seed N            Master seed (default: the scenario's "seed", else 1).
      --jobs J            Replications run side by side (default: all cores). Never changes
                          the numbers.
      --format F          table (default), csv or json.
      --write-scenario F  Also write the scenario with the staffing found, as shifts, to F:
                          atomically to a new name or a regular file, written through to a
                          FIFO or a character device; a link, directory, block device or
                          socket is refused (exit 73), and so is the input scenario or a
                          forecast it reads (exit 64), before the search.
      --allow-large       Staff even a scenario past ccsim's limits (10^10 calls in all
                          simulations, a million agents, half the machine's memory).
      --quiet             No progress on stderr.
      -h, --help          This help.

    """

  static let declaration = CommandDeclaration(
    "staff",
    options: [
      "--target", "--threshold", "--max-abandon", "--max-occupancy", "--replications",
      "--passes", "--team", "--max-agents", "--seed", "--jobs", "--format", "--write-scenario",
    ], flags: ["--quiet", LargeRuns.flag])

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let path = try arguments.positionals(["SCENARIO"], command: "staff")[0]
    let format =
      try arguments.choice("--format", ["table", "csv", "json"], command: "staff") ?? "table"
    let goalOptions = try GoalOptions(arguments, command: "staff")
    let replications =
      try arguments.integer("--replications", in: 1...100_000, command: "staff") ?? 30
    let passes = try arguments.integer("--passes", in: 1...1000, command: "staff") ?? 16
    let maxAgents = try arguments.integer("--max-agents", in: 0...1_000_000, command: "staff")
    let jobs = try arguments.jobs(command: "staff")
    let seed = try arguments.seed(command: "staff")
    let output = arguments.value("--write-scenario")

    var configuration = try Arguments.loadScenario(path)
    let scenario = configuration
    if let seed { configuration.seed = seed }
    try LargeRuns.check(
      configuration, from: path,
      RunEstimate.Need(replications: replications * passes, kept: replications, intervals: true),
      arguments: arguments, command: "staff")
    let document = try output.map { output throws(CLIError) in
      try ScenarioFile(input: path, output: output, configuration: configuration)
    }

    let goal = try goalOptions.goal(for: configuration)
    let quiet = arguments.has("--quiet")
    if !quiet && goal.maxAbandon == nil { warnOfShortAbandonsOnly(configuration, console) }
    let result: StaffingResult
    do {
      result = try StaffingSearch.run(
        configuration, goal: goal,
        options: .init(
          replications: replications, jobs: jobs, maxPasses: passes,
          team: arguments.value("--team"), maxAgents: maxAgents),
        progress: { progress in
          guard !quiet else { return }
          let short = progress.intervalsShort
          console.err(
            "simulation \(progress.pass): \(short) interval\(short == 1 ? "" : "s") short of"
              + " the goal, \(String(format: "%.1f", progress.agentHours)) agent-hours\n")
        })
    } catch {
      if case .loop(let loop) = error { throw CLIError.loop(loop, of: configuration, from: path) }
      throw .usage(error.description, command: "staff")
    }

    switch format {
    case "json": console.out(StaffingJSON.render(result))
    case "csv": console.out(StaffingCSV.render(result))
    default: console.out(StaffingTable.render(result))
    }
    if !quiet && result.isJoint {
      warnOfUnmetIntervals(result, console)
    } else if !quiet && !result.meetsGoal {
      console.err(
        "warning: no staffing met the goal in every interval within \(passes) simulations;"
          + " raise --passes\n")
    }
    if let output, let document {
      try document.write(result, scenario: scenario, to: output)
      if !quiet { console.err("wrote \(output)\n") }
    }
  }

  /// The joint search: each queue's intervals missing the goal, and why; then intervals
  /// missing it by a team's occupancy alone.
  private static func warnOfUnmetIntervals(_ result: StaffingResult, _ console: Console) {
    func starts(_ intervals: [Int]) -> String {
      intervals.map { StaffingCSV.start(of: $0, in: result.configuration) }
        .joined(separator: ", ")
    }
    let reasons: [(StaffingResult.Unmet, String)] = [
      (.passes, "stopped at --passes"), (.outOfReach, "more agents did not help"),
      (.atMaximum, "needs more than --max-agents"),
    ]
    var byQueue = Set<Int>()
    for queue in result.queues {
      for (reason, why) in reasons {
        let intervals = queue.rows.filter { $0.unmet == reason }.map(\.interval)
        guard !intervals.isEmpty else { continue }
        byQueue.formUnion(intervals)
        let count = intervals.count == 1 ? "1 interval" : "\(intervals.count) intervals"
        console.err(
          "warning: queue \(VisibleText.escaped(queue.id)) misses the goal in \(count) (\(why)): "
            + starts(intervals) + "\n")
      }
    }
    let occupancy = result.unmet.indices.filter { result.unmet[$0] != nil && !byQueue.contains($0) }
    if !occupancy.isEmpty {
      console.err("warning: a team's occupancy stays over the cap in " + starts(occupancy) + "\n")
    }
  }

  /// Callers whose patience never outlasts the short-abandon time abandon only as short
  /// abandons, which the service level leaves out: a goal on service level alone cannot see
  /// them (with `"patience": 0` one agent "meets" any target).
  static func warnOfShortAbandonsOnly(
    _ configuration: CentreConfiguration, _ console: Console
  ) {
    let short = configuration.shortAbandon.seconds
    for callType in configuration.callTypes {
      guard let patience = callType.patience, patience.isFixed, patience.mean <= short else {
        continue
      }
      console.err(
        "warning: callers of \(callType.id) abandon within the short-abandon time (patience"
          + " \(Int(patience.mean.rounded())) s), which the service level leaves out;"
          + " give --max-abandon to staff for them\n")
    }
  }
}
