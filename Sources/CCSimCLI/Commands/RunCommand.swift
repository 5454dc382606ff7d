import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario

/// `ccsim run SCENARIO`: simulate and report.
enum RunCommand {
  static let help = """
    Usage: ccsim run SCENARIO [--seed N] [--replications R] [--jobs J] [--out DIR]
                              [--format table|json|csv] [--quiet]

    Simulates the scenario and reports calls offered, answered and abandoned, service level,
    average speed of answer (ASA), average handle time (AHT), abandon rate, probability of
    wait, occupancy and longest wait; per queue and per team.

    Options:
      --seed N            Master seed (default: the scenario's "seed", else 1).
      --replications R    Independent replications (default 1). Metrics are the mean over
                          replications with a Student-t 95 % half-width; counts are summed.
      --jobs J            Replications run side by side (default: all cores). Never changes
                          the numbers.
      --out DIR           Also write DIR/summary.json, DIR/intervals.csv (per interval and
                          queue), DIR/agents.csv (per agent), DIR/calls.csv (one row per
                          call: memory grows with the calls) and DIR/report.html (one
                          self-contained page for team leaders), each atomically.
      --format F          table (default), json (the summary.json object) or csv.
      --quiet             No diagnostics on stderr except errors.
      -h, --help          This help.

    """

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(
      arguments, command: "run",
      options: ["--seed", "--replications", "--jobs", "--out", "--format"],
      flags: ["--help", "-h", "--quiet"])
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let path = try arguments.positionals(["SCENARIO"], command: "run")[0]
    let format =
      try arguments.choice("--format", ["table", "json", "csv"], command: "run") ?? "table"
    let replications = try arguments.integer("--replications", in: 1...100_000, command: "run") ?? 1
    let jobs =
      try arguments.integer("--jobs", in: 1...1024, command: "run")
      ?? ProcessInfo.processInfo.activeProcessorCount
    var seed: UInt64?
    if let text = arguments.value("--seed") {
      guard let value = UInt64(text) else {
        throw .usage(
          "--seed must be a whole number from 0 to 2^64 − 1, not '\(text)'", command: "run")
      }
      seed = value
    }
    let outDirectory = arguments.value("--out")

    var configuration: CentreConfiguration
    do {
      configuration = try ScenarioLoader.load(path: path)
    } catch {
      throw CLIError.from(error)
    }
    if let seed { configuration.seed = seed }
    if let outDirectory { try AtomicFile.prepareDirectory(outDirectory) }

    let started = Date()
    let runs = Replications.run(
      configuration, count: replications, jobs: jobs, intervals: outDirectory != nil,
      calls: outDirectory != nil, states: outDirectory != nil)
    let summary = RunSummary(configuration: configuration, runs: runs)
    let elapsed = Date().timeIntervalSince(started)

    if let outDirectory {
      try AtomicFile.write(SummaryJSON.render(summary), to: outDirectory + "/summary.json")
      try AtomicFile.write(IntervalsCSV.render(summary), to: outDirectory + "/intervals.csv")
      try AtomicFile.write(AgentsCSV.render(summary), to: outDirectory + "/agents.csv")
      try AtomicFile.write(CallsCSV.render(summary), to: outDirectory + "/calls.csv")
      try AtomicFile.write(ReportHTML.render(summary), to: outDirectory + "/report.html")
    }
    switch format {
    case "json": console.out(SummaryJSON.render(summary))
    case "csv": console.out(SummaryCSV.render(summary))
    default: console.out(SummaryTable.render(summary))
    }
    if !arguments.has("--quiet") && format == "table" {
      let calls = summary.total.calls.offered
      let rate = elapsed > 0 ? Double(calls) / elapsed : 0
      console.err(
        "simulated \(summary.events) events in \(String(format: "%.3f", elapsed)) s"
          + " (\(Int(rate)) calls/s)\(outDirectory.map { "; wrote \($0)/" } ?? "")\n")
    }
  }
}
