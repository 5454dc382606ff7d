import ContactCentre
import Dispatch

/// Runs a sweep's work units side by side on Dispatch worker threads.
///
/// Unit u is replication `u mod replications` of point `u / replications`, and runs with that
/// replication's random streams wherever and whenever it runs: a unit gives the same numbers in
/// any shard, on any machine, with any `jobs`.
public enum SweepRunner {
  /// Runs `units` of the grid of `configurations` on at most `jobs` threads and returns what
  /// `keep` makes of each, in the order of `units`.
  ///
  /// `progress` is called, from worker threads, with the number of units finished.
  public static func run<Result: Sendable>(
    _ configurations: [CentreConfiguration], replications: Int, units: [Int], jobs: Int,
    keep: @escaping @Sendable (_ point: Int, _ replication: Int, RunStatistics) -> Result,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> [Result] {
    precondition(replications >= 1 && jobs >= 1)
    let results = UnitResults<Result>(count: units.count)
    let workers = min(jobs, max(units.count, 1))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for position in stride(from: worker, to: units.count, by: workers) {
        let point = units[position] / replications
        let replication = units[position] % replications
        let statistics = CentreRun.run(
          configurations[point], replication: replication, intervals: false)
        let finished = results.store(keep(point, replication, statistics), at: position)
        progress?(finished)
      }
    }
    return results.values
  }
}

/// One slot per unit, filled from several threads under a lock.
private final class UnitResults<Result: Sendable>: @unchecked Sendable {
  private var slots: [Result?]
  private var finished = 0
  private let lock = DispatchSemaphore(value: 1)

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ result: Result, at position: Int) -> Int {
    lock.wait()
    defer { lock.signal() }
    slots[position] = result
    finished += 1
    return finished
  }

  var values: [Result] {
    lock.wait()
    defer { lock.signal() }
    return slots.map { $0! }
  }
}
