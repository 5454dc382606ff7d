import CCSimKit
import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import SimKernel

/// `ccsim run SCENARIO`: simulate and report.
enum RunCommand {
  static let help = """
    Usage: ccsim run SCENARIO [--seed N] [--replications R] [--jobs J]
                              [--out DIR [--calls] [--files LIST]]
                              [--format table|json|csv] [--trace FILE.jsonl] [--quiet]
                              [--precision H [--metric NAME] [--max-replications N]]
                              [--from SNAPSHOT [--run-rate] [--handle-rate]
                               [--change TEXT]... [--changes FILE]]
                              [--check] [--allow-large]

    Simulates the scenario and reports calls offered, answered and abandoned, service level,
    average speed of answer (ASA), average handle time (AHT), abandon rate, probability of
    wait, occupancy and longest wait; per queue and per team.

    Options:
      --seed N            Master seed (default: the scenario's "seed", else 1).
      --replications R    Independent replications (default 1). Metrics are the mean over
                          replications with a Student-t 95 % half-width; counts are summed.
      --jobs J            Replications run side by side (default: all cores). Never changes
                          the numbers.
      --precision H       Keep adding replications (from --replications, else 8) until the
                          95 % half-width of the service level, or of --metric, is at most
                          H: a share for shares (0.005 = 0.5 percentage points), seconds for
                          times. Batches grow in a fixed order, so --jobs never changes where
                          the run stops. Says on stderr whether the target was reached; exit
                          0 either way.
      --metric NAME       With --precision: serviceLevel (default), averageSpeedOfAnswer,
                          averageHandleTime, abandonRate, probabilityOfQueueing,
                          probabilityOfWait, occupancy or longestWait, over the whole run.
      --max-replications N  With --precision: the cap (default 1000).
      --out DIR           Also write DIR/summary.json, DIR/intervals.csv (per interval and
                          queue), DIR/agents.csv (per agent), DIR/incidents.csv (one row
                          per incident raised with AAC, when the scenario has "aac") and
                          DIR/report.html (one self-contained page for team leaders; its
                          path is said on stderr), each atomically, and last
                          DIR/.ccsim-outputs naming them with their sizes and SHA-256:
                          the set is whole when they match (--calls, --files: which
                          files). In a reused
                          DIR, the files an earlier run, sweep or merge wrote there (named
                          in its .ccsim-outputs) that this run does not write are removed;
                          other files are left alone. DIR is locked while the run lasts:
                          another command writing there is refused (exit 73). Each file
                          must be new or a regular file (a link, FIFO, device or directory
                          of that name is refused, exit 73), and never one the run reads,
                          such as the scenario or a forecast CSV (exit 64).
      --calls             With --out: also write DIR/calls.csv, one row per call, written
                          as the calls end (it takes disk, about 170 bytes a call, not
                          memory).
      --files LIST        With --out: write exactly these files, named without or with
                          their extension and separated by commas, from summary,
                          intervals, agents, calls, incidents (with "aac") and report:
                          e.g. --files summary,intervals,calls. --calls adds calls.
      --format F          table (default), json (the summary.json object) or csv.
      --trace FILE.jsonl  Write every event of the first replication, and every change of an
                          agent's state, one JSON object per line (for debugging a routing
                          change): t (seconds), clock, event, what it is about. Atomically
                          to a new name or a regular file; written through to a FIFO or a
                          character device; a link, directory, block device or socket is
                          refused (exit 73), and so is a file the run reads (exit 64).
      --quiet             No diagnostics on stderr except errors; no progress bar (shown on
                          a terminal when a run takes more than a second).
      --allow-large       Run even a scenario past ccsim's limits (10^10 calls in all, a
                          million agents, half the machine's memory), refused otherwise.
    \(IntradayOptions.help)  --check             Check the model's rules while it runs (always on in debug builds):
                          one place per agent, no idle Ready past the logout time, no ACW past
                          the limit, RONA exactly at the timeout, calls conserved, one outcome
                          per answered call; a broken rule stops the run (exit 70).
      -h, --help          This help.

    """

  static let declaration = CommandDeclaration(
    "run",
    options: Set([
      "--seed", "--replications", "--jobs", "--out", "--files", "--format", "--trace",
    ]).union(PrecisionOptions.options).union(IntradayOptions.options),
    flags: Set(["--quiet", "--check", "--calls", LargeRuns.flag]).union(
      IntradayOptions.flags))

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let path = try arguments.positionals(["SCENARIO"], command: "run")[0]
    let format =
      try arguments.choice("--format", ["table", "json", "csv"], command: "run") ?? "table"
    let givenReplications = try arguments.integer(
      "--replications", in: 1...100_000, command: "run")
    let replications = givenReplications ?? 1
    let precision = try PrecisionOptions(arguments, command: "run")
    let jobs = try arguments.jobs(command: "run")
    let seed = try arguments.seed(command: "run")
    let outDirectory = arguments.value("--out")
    // Usage first: the scenario's AAC desk is checked once it is read.
    let fromSnapshot = arguments.value("--from") != nil
    _ = try RunFiles(arguments, aac: true, projection: fromSnapshot, command: "run")

    var scenario = try Arguments.loadScenario(path)
    let files = try RunFiles(
      arguments, aac: scenario.aac != nil, projection: fromSnapshot, command: "run")
    if let seed { scenario.seed = seed }
    // From a snapshot, replications run the rest of the day (with the changes at its
    // instant) and the summary reports it.
    let intraday = try IntradayOptions.read(arguments, scenario: scenario, command: "run")
    let base = intraday?.base ?? scenario
    let configuration = intraday?.reported ?? scenario
    // Every replication is kept for the report; --precision is judged on its first batch.
    let planned = precision == nil ? replications : (givenReplications ?? 8)
    try LargeRuns.check(
      configuration, from: path,
      RunEstimate.Need(
        replications: planned, kept: planned, intervals: outDirectory != nil,
        callRecords: false), arguments: arguments, command: "run")
    if let tracePath = arguments.value("--trace") {
      try InputFiles.refuseOverwriting([tracePath], option: "--trace", command: "run")
    }
    var output: OutputSet?
    if let outDirectory {
      output = try OutputSet(
        outDirectory, command: "run", files: files.names,
        alongside: arguments.value("--trace").map { [$0] } ?? [])
    }
    // calls.csv is written as the calls end, replication by replication.
    let callsFile = outDirectory.flatMap { directory in
      files.has(.calls)
        ? CallsFile(configuration, target: directory + "/" + RunFiles.File.calls.name) : nil
    }
    defer { callsFile?.discard() }
    let callRecords = callsFile.map { file in
      { @Sendable (replication: Int) in file.sink(replication: replication) }
    }

    var traceFile: TraceFile?
    var traceLine: (@Sendable (TraceRecord) -> Void)?
    if let tracePath = arguments.value("--trace") {
      let file = try TraceFile(path: tracePath)
      let renderer = TraceJSONL(configuration: configuration)
      traceFile = file
      traceLine = { file.write(renderer.line($0)) }
    }
    let showProgress = console.errIsTerminal && !arguments.has("--quiet")
    /// Replications `first ..< first + count`, with a progress bar of their own on a terminal;
    /// exit 65, with no trace written, when one loops at one instant. `unchanged` runs the
    /// day from the snapshot without the what-if changes: no trace, calls or agent states.
    func replicate(first: Int, count: Int, unchanged: IntradayOptions? = nil) throws(CLIError)
      -> [RunStatistics]
    {
      var progressBar: ProgressBar?
      if showProgress {
        progressBar = ProgressBar(
          console: console, replications: count,
          durationSeconds: configuration.duration.seconds,
          startOfDaySeconds: configuration.startOfDay.seconds)
      }
      let bar = progressBar
      var simulated: (@Sendable (Int, SimInstant, Int) -> Void)?
      if let bar {
        simulated = { replication, time, callers in
          bar.update(
            replication: replication, seconds: Double(time.microseconds) / 1e6, calls: callers)
        }
      }
      var options = CCSimKit.RunOptions()
      options.intervals = outDirectory != nil || intraday != nil
      options.states = unchanged == nil && files.has(.report)
      options.callRecords = unchanged == nil ? callRecords : nil
      options.trace = first == 0 && unchanged == nil ? traceLine : nil
      options.simulated = simulated
      options.checks = arguments.has("--check") || Centre.checksByDefault
      let runs = CCSimKit.replications(
        unchanged?.base ?? base, count: count, first: first, jobs: jobs,
        from: unchanged?.projection ?? intraday?.projection, options: options)
      progressBar?.finish()
      do throws(CLIError) {
        try CLIError.refuseLoops(runs, of: configuration, from: path)
      } catch {
        traceFile?.discard()
        throw error
      }
      return runs
    }

    let started = Date()
    var summary: RunSummary
    if let precision {
      summary = try precision.run(configuration, initial: givenReplications) {
        (first, count) throws(CLIError) in try replicate(first: first, count: count)
      }
    } else {
      summary = RunSummary(
        configuration: configuration, runs: try replicate(first: 0, count: replications))
    }
    let elapsed = Date().timeIntervalSince(started)
    // With what-if changes, the same replications without them, for the projection.
    let unchanged = try intraday?.unchanged.map { (options) throws(CLIError) in
      RunSummary(
        configuration: options.reported,
        runs: try replicate(first: 0, count: summary.replications, unchanged: options))
    }
    if let traceFile { try traceFile.commit() }
    // A broken rule of the model (checks are on in debug builds, or with --check) is a bug in
    // ccsim: say which, and write no results.
    if let broken = (summary.runs + (unchanged?.runs ?? [])).lazy.compactMap({ $0.violation })
      .first
    {
      throw CLIError(.internalError, "a rule of the model was broken: \(broken)")
    }
    if let intraday {
      summary.projection = ProjectionReport(
        summary, projection: intraday.projection, changes: intraday.changes,
        unchanged: unchanged)
    }

    if var output {
      let calls = try callsFile?.finish()
      try output.begin()
      for file in files.files {
        switch file {
        case .summary: try output.write(SummaryJSON.render(summary), as: file.name)
        case .intervals:
          try output.write(as: file.name) { IntervalsCSV.render(summary, to: &$0) }
        case .agents: try output.write(AgentsCSV.render(summary), as: file.name)
        case .calls:
          guard let calls else { preconditionFailure("calls.csv was written as the run went") }
          try output.install(calls, as: file.name)
        case .incidents: try output.write(IncidentsCSV.render(summary), as: file.name)
        case .projection:
          guard let projection = summary.projection else { continue }
          try output.write(ProjectionCSV.render(projection, configuration), as: file.name)
        case .report:
          try output.write(as: file.name) { ReportHTML.render(summary, to: &$0) }
        }
      }
      try output.commit()
      if files.has(.report) && !arguments.has("--quiet") {
        console.err("report: \(output.directory)/\(RunFiles.File.report.name)\n")
      }
    }
    switch format {
    case "json": console.out(SummaryJSON.render(summary))
    case "csv": console.out(SummaryCSV.render(summary))
    default:
      console.out(SummaryTable.render(summary))
      if let projection = summary.projection {
        console.out("\n" + ProjectionTable.render(projection, configuration))
      }
    }
    if let note = PrecisionNote.render(summary), !arguments.has("--quiet") { console.err(note) }
    if !arguments.has("--quiet") && format == "table" {
      let calls = summary.total.calls.offered
      let rate = elapsed > 0 ? Double(calls) / elapsed : 0
      console.err(
        "simulated \(summary.events) events in \(String(format: "%.3f", elapsed)) s"
          + " (\(Int(rate)) calls/s)\(outDirectory.map { "; wrote \($0)/" } ?? "")\n")
    }
  }
}
