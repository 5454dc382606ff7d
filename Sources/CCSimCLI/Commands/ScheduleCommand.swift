import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import SimKernel

/// `ccsim schedule SCENARIO`: shifts with breaks that cover the staffing requirement at the
/// least paid hours, checked by simulation and repaired.
enum ScheduleCommand {
  static let help = """
    Usage: ccsim schedule SCENARIO [--target 0.8] [--threshold 20s] [--max-abandon 0.05]
                                   [--max-occupancy 0.9] [--replications R] [--passes N]
                                   [--repairs N] [--team ID] [--seed N] [--jobs J]
                                   [--format table|csv|json] [--write-scenario FILE]
                                   [--shifts FILE] [--covering-problem FILE] [--report FILE]
                                   [--allow-large] [--quiet]

    Turns the staffing requirement into shifts people can work, from the scenario's shift
    templates (its "scheduling" section: lengths, start times, breaks and lunch with their
    windows, the most agents per template and team), at the least paid hours:

    1. the requirement per team and interval, as `ccsim staff` finds it (same options);
    2. per team, every start and break placement of every template as a column of a covering
       problem, solved for the least paid hours within the limits;
    3. the day simulated with the schedule as the team's roster, breaks placed, on the same
       callers (seed and replications) as the staffing; every interval short of the goal gets
       one more agent working and the problem is solved again — until every interval meets the
       goal, or --repairs simulations, or the limits stop it. Unmet intervals are marked !.

    With "scheduling": {"week": …} on a run of 7 days from 00:00, each agent's week: rest
    days (consecutive when asked), the same start every day when asked, at most the hours per
    week; each person named by a staff number in the written scenario.

    Options (and those of ccsim staff: --target, --threshold, --max-abandon, --max-occupancy,
    --replications, --passes, --team, --seed, --jobs, --allow-large, --quiet):
      --repairs N         The most simulations of the schedule (default 8).
      --format F          table (default), csv or json: per team and interval the agents
                          required, scheduled (working, on a break excluded), logged in, and
                          the service level and abandon rate with 95 % half-widths.
      --write-scenario F  Also write the scenario with the schedule as the scheduled teams'
                          rosters (shifts with their breaks), which `ccsim run` runs as it is.
      --shifts F          Also write a CSV of the shifts: one row per agent slot, with its
                          template, day, start, end, paid hours and breaks.
      --covering-problem F
                          Also write each team's covering problem and its solution as JSON
                          ({"teams": [{"team", "problem", "solution"}]}), for
                          scripts/schedule-quality.py.
      --report F          Also write an HTML page with a chart per team of the agents
                          required against those scheduled.
      -h, --help          This help.

    """

  static let declaration = CommandDeclaration(
    "schedule",
    options: [
      "--target", "--threshold", "--max-abandon", "--max-occupancy", "--replications",
      "--passes", "--repairs", "--team", "--seed", "--jobs", "--format", "--write-scenario",
      "--shifts", "--covering-problem", "--report",
    ], flags: ["--quiet", LargeRuns.flag])

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let command = "schedule"
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let path = try arguments.positionals(["SCENARIO"], command: command)[0]
    let format =
      try arguments.choice("--format", ["table", "csv", "json"], command: command) ?? "table"
    let goalOptions = try GoalOptions(arguments, command: command)
    let replications =
      try arguments.integer("--replications", in: 1...100_000, command: command) ?? 30
    let passes = try arguments.integer("--passes", in: 1...1000, command: command) ?? 16
    let repairs = try arguments.integer("--repairs", in: 1...1000, command: command) ?? 8
    let jobs = try arguments.jobs(command: command)
    let seed = try arguments.seed(command: command)
    let output = arguments.value("--write-scenario")
    let files = ["--shifts", "--covering-problem", "--report"].compactMap { option in
      arguments.value(option).map { (option, $0) }
    }

    var configuration = try Arguments.loadScenario(path)
    let scenario = configuration
    if let seed { configuration.seed = seed }
    guard configuration.scheduling != nil else {
      throw .usage(ScheduleSearch.Failure.noTemplates.description, command: command)
    }
    try LargeRuns.check(
      configuration, from: path,
      RunEstimate.Need(
        replications: replications * (passes + repairs), kept: replications, intervals: true),
      arguments: arguments, command: command)
    let document = try output.map { output throws(CLIError) in
      try ScenarioFile(
        input: path, output: output, configuration: configuration, command: command)
    }
    for (option, file) in files {
      if InputFiles.isSameFile(file, path) {
        throw .usage("\(option) \(file) is the input scenario", command: command)
      }
      try InputFiles.refuseOverwriting([file], option: option, command: command)
    }

    let goal = try goalOptions.goal(for: configuration)
    let quiet = arguments.has("--quiet")
    if !quiet && goal.maxAbandon == nil {
      StaffCommand.warnOfShortAbandonsOnly(configuration, console)
    }
    if !quiet, configuration.scheduling?.week != nil,
      ScheduleSearch.weekRules(of: configuration) == nil
    {
      console.err(
        "warning: the week rules (scheduling.week) apply to a run of 7 days from 00:00:"
          + " this run's days are scheduled each on its own\n")
    }
    let staffing: StaffingResult
    do {
      staffing = try StaffingSearch.run(
        configuration, goal: goal,
        options: .init(
          replications: replications, jobs: jobs, maxPasses: passes,
          team: arguments.value("--team")),
        progress: { progress in
          guard !quiet else { return }
          let short = progress.intervalsShort
          console.err(
            "staffing, simulation \(progress.pass): \(short) interval\(short == 1 ? "" : "s")"
              + " short of the goal, \(String(format: "%.1f", progress.agentHours)) agent-hours\n")
        })
    } catch {
      if case .loop(let loop) = error { throw CLIError.loop(loop, of: configuration, from: path) }
      throw .usage(error.description, command: command)
    }
    let result: ScheduleSearch.Result
    do {
      result = try ScheduleSearch.run(
        staffing,
        options: .init(replications: replications, jobs: jobs, maxPasses: repairs),
        progress: { progress in
          guard !quiet else { return }
          let short = progress.intervalsShort
          console.err(
            "schedule, simulation \(progress.pass): \(short) interval\(short == 1 ? "" : "s")"
              + " short of the goal, \(String(format: "%.2f", progress.paidHours)) paid hours\n")
        })
    } catch {
      if case .loop(let loop) = error { throw CLIError.loop(loop, of: configuration, from: path) }
      throw .usage(error.description, command: command)
    }

    switch format {
    case "json": console.out(ScheduleJSON.render(result))
    case "csv": console.out(ScheduleCSV.render(result))
    default: console.out(ScheduleTable.render(result))
    }
    if !quiet && !result.meetsGoal {
      let unmet = result.teams.reduce(0) { $0 + $1.unmet.count }
      console.err(
        "warning: \(unmet) interval\(unmet == 1 ? "" : "s") short of the goal after"
          + " \(result.passes) simulations of the schedule (marked !); raise --repairs, or"
          + " the limits (maxAgents, maxPartTime)\n")
    }
    if let output, let document {
      try document.write(result, scenario: scenario, to: output)
      if !quiet { console.err("wrote \(output)\n") }
    }
    for (option, file) in files {
      let text: String
      switch option {
      case "--shifts": text = ShiftsCSV.render(result)
      case "--report": text = ScheduleHTML.render(result)
      default: text = coveringProblems(result)
      }
      try AtomicFile.write(text, to: file)
      if !quiet { console.err("wrote \(file)\n") }
    }
  }

  /// `{"teams": [{"team": ID, "problem": CoveringProblem, "solution": CoveringSolution}]}`,
  /// keys sorted (the benchmark's exchange format).
  static func coveringProblems(_ result: ScheduleSearch.Result) -> String {
    struct Entry: Encodable {
      var team: String
      var problem: CoveringProblem
      var solution: CoveringSolution
    }
    struct Document: Encodable { var teams: [Entry] }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let document = Document(
      teams: result.teams.map { Entry(team: $0.id, problem: $0.problem, solution: $0.solution) })
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
