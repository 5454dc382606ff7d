import ContactCentre
import Scenario
import SimKernel

/// `--from SNAPSHOT` with `--run-rate`, `--handle-rate`, `--change TEXT` (repeated) and
/// `--changes FILE`: the rest of the day from a snapshot, re-forecast at run rate and changed
/// at the snapshot's instant (`run`, `compare`).
struct IntradayOptions {
  static let options: Set<String> = ["--from", "--change", "--changes"]
  static let flags: Set<String> = ["--run-rate", "--handle-rate"]

  static let help = """
      --from SNAPSHOT     Run the rest of the day from a snapshot of the centre (docs/
                          snapshot.md; `ccsim pulse --snapshot` writes one): its agents in
                          their states, its waiting callers with their waits, to the end of
                          the snapshot's day; the figures count from the snapshot's instant,
                          and a projection table (actual so far, then each interval with its
                          95 % band) follows the summary (projection.csv with --out).
      --run-rate          With --from: scale the rest of the day's arrivals by how the day
                          has run so far against the forecast (docs/forecasting.md §6), each
                          replication drawing its own factor, bounded to 0.5–2.
      --handle-rate       With --from: the same for handle times (bounded to 0.7–1.5).
      --change TEXT       With --from: a what-if change at the snapshot's instant (repeat
                          for more): back 3 gich from Coaching, break gich Lunch 13:00,
                          overtime gich 2 until 18:00, route gich step 2 after 30s
                          (docs/snapshot.md, What-if changes). The projection
                          shows the day without the changes beside (unchanged).
      --changes FILE      With --from: what-if changes from a file, one per line.

    """

  /// Refuses (exit 64) the options that go with `--from` when it is not given.
  static func refuseWithoutSnapshot(
    _ arguments: Arguments, changes changeOption: String = "--change",
    changesFile fileOption: String = "--changes", command: String
  ) throws(CLIError) {
    for option in ["--run-rate", "--handle-rate", changeOption, fileOption]
    where arguments.has(option) || arguments.value(option) != nil {
      throw .usage("\(option) goes with --from SNAPSHOT", command: command)
    }
  }

  /// The scenario with the changes applied (the run's base: `Projection.configuration`), the
  /// projection, the changes as given, and the scenario the summary reports (the rest of the
  /// day, counted from the instant).
  var base: CentreConfiguration
  var projection: Projection
  var changes: [String]
  var reported: CentreConfiguration
  /// The scenario and the snapshot as read, before the changes: `unchanged` runs them.
  private var scenario: CentreConfiguration
  private var snapshot: CentreNow
  private var runRate: (arrivals: Bool, handleTime: Bool)

  /// The same rest of the day without the what-if changes — the same scenario and snapshot
  /// and run rate, so on the same seed and replications the two share their random numbers —
  /// or nil when there are no changes. `run --from` and `pulse --from` show it beside the
  /// changed day.
  var unchanged: IntradayOptions? {
    guard !changes.isEmpty else { return nil }
    return Self.projecting(
      scenario, scenario: scenario, now: snapshot, snapshot: snapshot, changes: [],
      runRate: runRate)
  }

  /// The options of `arguments`, nil without `--from`.
  ///
  /// - Throws: exit 64 for `--run-rate`, `--handle-rate` or a change without `--from`; the
  ///   snapshot's and the changes' errors (65, 66).
  ///
  /// `changes` and `changesFile` name the options of the changes (`compare` has a second pair
  /// for its base).
  static func read(
    _ arguments: Arguments, scenario configuration: CentreConfiguration,
    changes changeOption: String = "--change", changesFile fileOption: String = "--changes",
    command: String
  ) throws(CLIError) -> IntradayOptions? {
    guard let path = arguments.value("--from") else {
      try refuseWithoutSnapshot(
        arguments, changes: changeOption, changesFile: fileOption, command: command)
      return nil
    }
    var now: CentreNow
    do {
      now = try SnapshotLoader.load(path: path, configuration: configuration)
    } catch {
      throw CLIError.from(error)
    }
    var base = configuration
    var changes = arguments.all(changeOption)
    let snapshot = now
    (base, now, changes) = try WhatIfOptions.apply(
      changes, file: arguments.value(fileOption), to: base, now: now, command: command)
    return projecting(
      base, scenario: configuration, now: now, snapshot: snapshot, changes: changes,
      runRate: (arguments.has("--run-rate"), arguments.has("--handle-rate")))
  }

  /// The rest of the day of `base` from `now`, at run rate as asked.
  private static func projecting(
    _ base: CentreConfiguration, scenario: CentreConfiguration, now: CentreNow,
    snapshot: CentreNow, changes: [String], runRate: (arrivals: Bool, handleTime: Bool)
  ) -> IntradayOptions {
    var projection = Projection(now: now)
    if runRate.arrivals {
      projection.arrivals = RunRate.Arrivals(configuration: base, now: now)
    }
    if runRate.handleTime {
      projection.handleTime = RunRate.HandleTime(configuration: base, now: now)
    }
    return IntradayOptions(
      base: base, projection: projection, changes: changes,
      reported: base.projected(from: now.time), scenario: scenario, snapshot: snapshot,
      runRate: runRate)
  }
}
