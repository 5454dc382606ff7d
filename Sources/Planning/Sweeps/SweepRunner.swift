import ContactCentre
import Dispatch

/// Runs a sweep's work units side by side on Dispatch worker threads.
///
/// Unit u is replication `u mod replications` of point `u / replications`, and runs with that
/// replication's random streams wherever and whenever it runs: a unit gives the same numbers in
/// any shard, on any machine, with any `jobs`.
public enum SweepRunner {
  /// Runs `units` of the grid whose point p is `configuration(p)` on at most `jobs` threads
  /// and returns what `keep` makes of each, in the order of `units`. A unit's configuration is
  /// made when the unit runs, and dropped when it ends.
  ///
  /// `progress` is called, from worker threads, with the number of units finished.
  public static func run<Result: Sendable>(
    _ configuration: @escaping @Sendable (_ point: Int) -> CentreConfiguration,
    replications: Int, units: [Int], jobs: Int,
    keep: @escaping @Sendable (_ point: Int, _ replication: Int, RunStatistics) -> Result,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> [Result] {
    precondition(replications >= 1 && jobs >= 1)
    let results = ResultSlots<Result>(count: units.count)
    let workers = min(jobs, max(units.count, 1))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for position in stride(from: worker, to: units.count, by: workers) {
        let point = units[position] / replications
        let replication = units[position] % replications
        let statistics = CentreRun.run(
          configuration(point), replication: replication, intervals: false)
        let finished = results.store(keep(point, replication, statistics), at: position)
        progress?(finished)
      }
    }
    return results.values
  }
}
