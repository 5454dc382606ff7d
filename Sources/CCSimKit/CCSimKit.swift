import ContactCentre
import Dispatch
import Foundation
import Planning
import Reporting
import Scenario

@_exported import protocol ContactCentre.CallRecordSink
@_exported import struct ContactCentre.CentreConfiguration
@_exported import struct ContactCentre.CentreNow
@_exported import struct ContactCentre.Projection
@_exported import struct ContactCentre.RunStatistics
@_exported import struct ContactCentre.TraceRecord
@_exported import enum Reporting.MetricName
@_exported import struct Reporting.RunSummary
@_exported import struct Scenario.ScenarioError
@_exported import enum Scenario.ScenarioLoadError
@_exported import struct SimKernel.Estimate
@_exported import struct SimKernel.SimInstant

/// ccsim as a library: load a scenario, run replications of its day, read the results — what
/// the `ccsim` command line does, for a Swift program that embeds the simulator.
///
/// ```swift
/// import CCSimKit
///
/// let scenario = try CCSimKit.loadScenario(path: "scenarios/quickstart.json")
/// let summary = CCSimKit.run(scenario, replications: 10)
/// let serviceLevel = summary.total.metrics[.serviceLevel]
/// print(serviceLevel?.mean ?? 0, serviceLevel?.halfWidth95 ?? 0)
/// ```
///
/// Replication r always draws the random numbers of replication r: the same scenario, seed
/// and replications give the same results whatever `jobs` is.
public enum CCSimKit {
  /// The version of ccsim (CHANGELOG.md).
  public static let version = "0.2.0"

  /// The scenario in the file at `path`.
  ///
  /// - Throws: `ScenarioLoadError`: the file cannot be read (`.unreadable`), or every problem
  ///   of its content, each at its line, column and JSON path (`.invalid`).
  public static func loadScenario(path: String) throws(ScenarioLoadError) -> CentreConfiguration {
    try ScenarioLoader.load(path: path)
  }

  /// The scenario in `json`, named `file` in errors; relative paths in it (a forecast, a
  /// roster) are read from `directory`.
  public static func loadScenario(
    json: String, file: String = "scenario.json", directory: String = "."
  ) throws(ScenarioLoadError) -> CentreConfiguration {
    try ScenarioLoader.decode(Array(json.utf8), file: file, directory: directory)
  }

  /// A snapshot of `scenario`'s centre at one instant (docs/snapshot.md), to run the rest of
  /// its day from with `run(_:from:)`.
  public static func loadSnapshot(path: String, of scenario: CentreConfiguration)
    throws(ScenarioLoadError) -> Projection
  {
    Projection(now: try SnapshotLoader.load(path: path, configuration: scenario))
  }

  /// What a run records besides its figures, and what it tells as it goes.
  public struct RunOptions: Sendable {
    /// Per-interval tallies (`intervals.csv`, the report's charts; a projection needs them).
    public var intervals = true
    /// Every agent's state changes (the report's replay).
    public var states = false
    /// Given a replication's index, what receives its calls as they end.
    public var callRecords: (@Sendable (_ replication: Int) -> any CallRecordSink)?
    /// Receives the first replication's events.
    public var trace: (@Sendable (TraceRecord) -> Void)?
    /// Told now and then how far each replication has got (simulated time, callers so far).
    public var simulated: (@Sendable (_ replication: Int, SimInstant, _ callers: Int) -> Void)?
    /// Checks the model's rules as it runs (`RunStatistics.violation` says which broke).
    public var checks = Centre.checksByDefault

    public init() {}
  }

  /// Replications `first ..< first + count` of `scenario`, on at most `jobs` threads, in
  /// replication order; from `projection`, each runs the rest of the day from its snapshot.
  public static func replications(
    _ scenario: CentreConfiguration, count: Int, first: Int = 0,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, from projection: Projection? = nil,
    options: RunOptions = RunOptions()
  ) -> [RunStatistics] {
    Replications.run(
      scenario, count: count, first: first, jobs: jobs, from: projection,
      intervals: options.intervals, states: options.states, callRecords: options.callRecords,
      trace: options.trace, simulated: options.simulated, checks: options.checks)
  }

  /// `replications` replications of `scenario`'s day summarised: every figure with its mean
  /// and 95 % half-width, per queue, team, line and interval (`RunSummary`); its `json` is
  /// `ccsim run`'s `summary.json`.
  public static func run(
    _ scenario: CentreConfiguration, replications: Int = 1,
    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, from projection: Projection? = nil,
    options: RunOptions = RunOptions()
  ) -> RunSummary {
    RunSummary(
      configuration: projection.map { scenario.projected(from: $0.now.time) } ?? scenario,
      runs: Self.replications(
        scenario, count: replications, jobs: jobs, from: projection, options: options))
  }
}

extension RunSummary {
  /// `summary.json`: the figures as `ccsim run --format json` prints them.
  public var json: String { SummaryJSON.render(self) }

  /// The tables `ccsim run` prints.
  public var table: String { SummaryTable.render(self) }
}
