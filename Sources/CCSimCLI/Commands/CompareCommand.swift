import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario

/// `ccsim compare BASE CANDIDATE`: both scenarios with common random numbers, and the paired
/// difference of every metric.
enum CompareCommand {
  static let help = """
    Usage: ccsim compare BASE CANDIDATE [--replications R] [--jobs J] [--seed N]
                                        [--format table|json|csv] [--allow-large] [--quiet]
           ccsim compare SCENARIO [CANDIDATE] --from SNAPSHOT [--change TEXT]...
                                  [--changes FILE] [--base-change TEXT]... [--run-rate]
                                  [--handle-rate] [options]

    Runs both scenarios with the same seed and the same replications: common random numbers,
    so that both see the same callers (arrivals, call types, IVR choices, talk, ACW and
    patience) even when routing or staffing differ. For the whole run, each queue and each
    team the two share (matched by id) it reports, per metric: the base's and the candidate's
    mean, the paired difference candidate − base with its 95 % Student-t half-width over the
    replications, whether it is significant (the interval excludes 0), and the half-width an
    unpaired (Welch) comparison of independent runs would have, for contrast.

    Queues have every metric but occupancy; teams have occupancy, ASA and AHT of the calls
    their agents answered. The table starts with a one-screen summary: the figures that moved,
    the significant ones first, each group largest relative change first, and the queues and
    teams only one scenario has with their figures there; the detail follows.

    From a snapshot (--from), both run the rest of the snapshot's day from it (see ccsim run
    --help): the candidate is the scenario (or CANDIDATE) with the what-if changes of --change
    and --changes, the base the scenario with those of --base-change (none by default), so a
    team leader sees whether a move is worth it; both draw the same run-rate factors.

    Options:
      --replications R    Replications of each scenario (default 30, at least 2).
      --jobs J            Replications run side by side (default: all cores). Never changes
                          the numbers.
      --seed N            Master seed of both runs (default: the base's "seed", else 1; the
                          candidate's own seed is not used).
      --format F          table (default), json or csv.
      --allow-large       Compare even scenarios past ccsim's limits (10^10 calls in all
                          replications, a million agents, half the machine's memory).
      --quiet             No diagnostics on stderr except errors.
      -h, --help          This help.

    """

  static let declaration = CommandDeclaration(
    "compare",
    options: Set(["--seed", "--replications", "--jobs", "--format", "--base-change"]).union(
      IntradayOptions.options),
    flags: Set(["--quiet", LargeRuns.flag]).union(IntradayOptions.flags))

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let fromSnapshot = arguments.value("--from") != nil
    var paths = arguments.positionals
    if fromSnapshot && paths.count == 1 {
      guard !arguments.all("--change").isEmpty || arguments.value("--changes") != nil else {
        throw .usage(
          "give the candidate's what-if changes (--change, --changes) or a CANDIDATE scenario",
          command: "compare")
      }
      paths.append(paths[0])
    } else {
      paths = try arguments.positionals(["BASE", "CANDIDATE"], command: "compare")
    }
    let format =
      try arguments.choice("--format", ["table", "json", "csv"], command: "compare") ?? "table"
    let replications =
      try arguments.integer("--replications", in: 2...100_000, command: "compare") ?? 30
    let jobs = try arguments.jobs(command: "compare")
    let seed = try arguments.seed(command: "compare")
    let quiet = arguments.has("--quiet")

    var (base, candidate) = try load(paths[0], paths[1])
    let shared = seed ?? base.seed
    let baseFrom = try IntradayOptions.read(
      arguments, scenario: base, changes: "--base-change", changesFile: "--base-changes",
      command: "compare")
    let candidateFrom = try IntradayOptions.read(
      arguments, scenario: candidate, command: "compare")
    base = baseFrom?.base ?? base
    candidate = candidateFrom?.base ?? candidate
    // From a snapshot, the names say what each side runs.
    if let from = arguments.value("--from") {
      for (side, changes) in [(0, baseFrom?.changes ?? []), (1, candidateFrom?.changes ?? [])] {
        let file = URL(fileURLWithPath: from).lastPathComponent
        var name = (side == 0 ? base : candidate).name + ", from \(file)"
        if !changes.isEmpty { name += " with " + changes.joined(separator: "; ") }
        if side == 0 { base.name = name } else { candidate.name = name }
      }
    }
    if seed == nil && candidate.seed != base.seed && !quiet {
      console.err(
        "note: both scenarios run with the base's seed \(base.seed) (the candidate's is "
          + "\(candidate.seed)): common random numbers need the same seed\n")
    }

    let need = RunEstimate.Need(replications: replications, kept: replications)
    try LargeRuns.check(base, from: paths[0], need, arguments: arguments, command: "compare")
    try LargeRuns.check(
      candidate, from: paths[1], need, arguments: arguments, command: "compare")

    let started = Date()
    let comparison = Comparison.run(
      base: base, candidate: candidate, seed: shared, count: replications, jobs: jobs,
      baseFrom: baseFrom?.projection, candidateFrom: candidateFrom?.projection)
    try CLIError.refuseLoops(comparison.baseRuns, of: base, from: paths[0])
    try CLIError.refuseLoops(comparison.candidateRuns, of: candidate, from: paths[1])
    let summary = ComparisonSummary(comparison)
    let elapsed = Date().timeIntervalSince(started)
    switch format {
    case "json": console.out(ComparisonJSON.render(summary))
    case "csv": console.out(ComparisonCSV.render(summary))
    default: console.out(ComparisonTable.render(summary))
    }
    if !quiet && format == "table" {
      console.err(
        "simulated 2 × \(replications) replications in \(String(format: "%.3f", elapsed)) s\n")
    }
  }

  /// Both scenarios, or the problems of every file that could not be loaded (the exit code of
  /// the first).
  static func load(_ basePath: String, _ candidatePath: String) throws(CLIError)
    -> (CentreConfiguration, CentreConfiguration)
  {
    var loaded: [CentreConfiguration] = []
    var failures: [CLIError] = []
    for path in [basePath, candidatePath] {
      do {
        loaded.append(try ScenarioLoader.load(path: path))
      } catch {
        failures.append(CLIError.from(error))
      }
    }
    if let first = failures.first {
      throw CLIError(first.code, failures.map(\.message).joined(separator: "\n"))
    }
    return (loaded[0], loaded[1])
  }
}
