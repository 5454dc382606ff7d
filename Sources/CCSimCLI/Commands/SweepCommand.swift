import Foundation
import Planning
import Reporting
import Scenario

/// `ccsim sweep SWEEP --out DIR`: run a grid of scenarios, whole or one shard of it.
enum SweepCommand {
  static let help = """
    Usage: ccsim sweep SWEEP --out DIR [--shard K/N] [--jobs J] [--format table|json|csv]
                       [--allow-large] [--quiet]

    Runs every point of the sweep's grid (e.g. agents × routing variant × demand factor; see
    docs/sweeps.md) for the sweep's replications. Replication r of a point always uses the
    random streams of replication r, so a point gives the same numbers wherever it runs.

    Writes DIR/replications.tsv (one line per replication) and DIR/manifest.json (the sweep's
    hash, the shard and the grid), and, when the run covers the whole sweep, DIR/results.json
    (per point: its factors, calls, metrics, queues and teams) and DIR/results.csv (one row per
    point: factors, SL, ASA, abandon rate and occupancy with their 95 % half-widths), each
    atomically, and last DIR/.ccsim-outputs naming them with their sizes and SHA-256 (the set
    is whole when they match; 'ccsim merge' checks); the results also go to stdout. In a
    reused DIR, the files an earlier run, sweep or merge wrote there (named in its
    .ccsim-outputs) that this sweep does not write are removed (a shard removes the results of
    a whole sweep, say); other files are left alone. DIR is locked while the sweep lasts:
    another command writing there is refused (exit 73); each file must be new or a regular
    file (a link, FIFO, device or directory of that name is refused, exit 73), and never one
    the sweep reads (exit 64).

    Options:
      --out DIR           Where to write (required).
      --shard K/N         Run only part K of N (1 ≤ K ≤ N): the units i (a unit is one
                          replication of one point, i = point × replications + replication)
                          with i mod N = K − 1. Parts never overlap; 'ccsim merge' combines
                          the N directories into results identical to an unsharded run.
                          Default 1/1: everything.
      --jobs J            Units run side by side (default: all cores). Never changes the
                          numbers.
      --format F          What stdout shows when the whole sweep ran: table (default), json
                          (results.json) or csv (results.csv).
      --allow-large       Run even a sweep past ccsim's limits (10^10 calls in all, a
                          million agents in a point, half the machine's memory).
      --quiet             No diagnostics on stderr except errors.
      -h, --help          This help.

    """

  /// The files `--out DIR` writes: the part, then the results when the run covers the sweep.
  static func outputFiles(_ shard: SweepShard) -> [String] {
    [SweepPart.manifestFile, SweepPart.replicationsFile]
      + (shard.isWhole ? ["results.json", "results.csv"] : [])
  }

  static let declaration = CommandDeclaration(
    "sweep", options: ["--out", "--shard", "--jobs", "--format"],
    flags: ["--quiet", LargeRuns.flag])

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let path = try arguments.positionals(["SWEEP"], command: "sweep")[0]
    guard let outDirectory = arguments.value("--out").map(SweepPart.directory) else {
      throw .usage("--out DIR is required (where the results go)", command: "sweep")
    }
    var shard = SweepShard.whole
    if let text = arguments.value("--shard") {
      guard let parsed = SweepShard(parsing: text) else {
        throw .usage(
          "--shard must be K/N with whole numbers 1 ≤ K ≤ N (e.g. 3/8), not '\(text)'",
          command: "sweep")
      }
      shard = parsed
    }
    let format =
      try arguments.choice("--format", ["table", "json", "csv"], command: "sweep") ?? "table"
    let jobs = try arguments.jobs(command: "sweep")
    let quiet = arguments.has("--quiet")

    let sweep: Sweep
    do {
      sweep = try SweepLoader.load(path: path)
    } catch {
      throw CLIError.from(error)
    }
    let units = shard.units(of: sweep.units)
    try LargeRuns.check(
      largest(sweep, units: units), from: path,
      RunEstimate.Need(replications: units.count, kept: jobs),
      arguments: arguments, command: "sweep")
    var output = try OutputSet(outDirectory, command: "sweep", files: outputFiles(shard))

    let started = Date()
    var progress: (@Sendable (Int) -> Void)?
    if console.errIsTerminal && !quiet {
      progress = { [console, shard, total = units.count] finished in
        console.err("\rshard \(shard): \(finished) of \(total) units")
      }
    }
    let kept = SweepRunner.run(
      { [points = sweep.points] in points[$0].configuration }, replications: sweep.replications,
      units: units, jobs: jobs,
      keep: { point, replication, statistics in
        (
          SweepReplication(point: point, replication: replication, statistics: statistics),
          statistics.loop
        )
      }, progress: progress)
    if progress != nil { console.err("\r\u{1B}[K") }
    for (replication, loop) in kept {
      guard let loop else { continue }
      let point = replication.point
      throw CLIError.loop(
        loop, of: sweep.points[point].configuration,
        from: "\(path) (point \(point + 1), replication \(replication.replication + 1))")
    }
    let replications = kept.map(\.0)
    let part = SweepPart(
      version: CCSim.version, fingerprint: sweep.fingerprint, shard: shard,
      outline: outline(sweep), replications: replications)
    try output.begin()
    try part.write(into: &output)
    let elapsed = String(format: "%.2f", Date().timeIntervalSince(started))
    guard shard.isWhole else {
      try output.commit()
      if !quiet {
        console.err(
          "shard \(shard): ran \(units.count) of \(sweep.units) units in \(elapsed) s;"
            + " wrote \(outDirectory)/ (combine the parts with 'ccsim merge')\n")
      }
      return
    }
    let results = SweepResults(outline: part.outline, replications: replications)
    try writeResults(results, into: &output)
    try output.commit()
    console.out(render(results, format: format))
    if !quiet {
      console.err(
        "ran \(sweep.points.count) points × \(sweep.replications) replications in \(elapsed) s;"
          + " wrote \(outDirectory)/\n")
    }
  }

  /// The grid as results show it.
  static func outline(_ sweep: Sweep) -> SweepOutline {
    SweepOutline(
      name: sweep.name, scenario: sweep.scenario, seed: sweep.seed,
      replications: sweep.replications, factors: sweep.factors.map(\.name),
      points: sweep.points.map { point in
        SweepOutline.Point(
          levels: point.levels.map { level in
            switch level {
            case .agents(let count): .integer(count)
            case .variant(let name): .text(name)
            case .demand(let factor): .number(factor)
            }
          },
          queues: point.queues, teams: point.teams,
          conventions: point.configuration.conventions)
      })
  }

  /// Writes `results.json` and `results.csv` into `output`.
  static func writeResults(_ results: SweepResults, into output: inout OutputSet)
    throws(CLIError)
  {
    try output.write(SweepResultsJSON.render(results), as: "results.json")
    try output.write(SweepResultsCSV.render(results), as: "results.csv")
  }

  /// The results for stdout.
  static func render(_ results: SweepResults, format: String) -> String {
    switch format {
    case "json": SweepResultsJSON.render(results)
    case "csv": SweepResultsCSV.render(results)
    default: SweepTable.render(results)
    }
  }

  /// The points `units` run as one: their mean calls and events per replication, and the most
  /// agents and interval tallies of any of them. (A shard is judged by its own points, each
  /// made once.)
  static func largest(_ sweep: Sweep, units: [Int]) -> RunEstimate {
    var points: [Int] = []
    for unit in units where points.last != unit / sweep.replications {
      points.append(unit / sweep.replications)
    }
    let estimates = points.map { RunEstimate(sweep.points[$0].configuration) }
    guard var largest = estimates.first else {
      return RunEstimate(callsPerReplication: 0, agents: 0, intervalCells: 0)
    }
    largest.callsPerReplication =
      estimates.reduce(0) { $0 + $1.callsPerReplication } / Double(estimates.count)
    largest.agents = estimates.map(\.agents).max() ?? 0
    largest.intervalCells = estimates.map(\.intervalCells).max() ?? 0
    largest.events = estimates.reduce(into: [:]) { total, estimate in
      total.merge(estimate.events.mapValues { $0 / Double(estimates.count) }, uniquingKeysWith: +)
    }
    return largest
  }
}
