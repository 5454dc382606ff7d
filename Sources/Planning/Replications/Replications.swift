import ContactCentre
import Dispatch

/// Runs independent replications of a centre, side by side on Dispatch worker threads.
///
/// Replication r always uses the random streams of replication r, whichever thread runs it,
/// and results come back in replication order: `jobs` changes the speed, never the numbers.
public enum Replications {
  /// Runs replications `first ..< first + count` of `configuration` on at most `jobs` threads.
  ///
  /// `progress` is called (from any thread) after each replication with the number finished.
  public static func run(
    _ configuration: CentreConfiguration, count: Int, first: Int = 0, jobs: Int,
    intervals: Bool = true, calls: Bool = false, states: Bool = false,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> [RunStatistics] {
    precondition(count >= 0 && jobs >= 1)
    let results = ResultSlots(count: count)
    let workers = min(jobs, max(count, 1))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for index in stride(from: worker, to: count, by: workers) {
        let statistics = CentreRun.run(
          configuration, replication: first + index, intervals: intervals, calls: calls,
          states: states)
        let finished = results.store(statistics, at: index)
        progress?(finished)
      }
    }
    return results.values
  }
}

/// Result slots filled from several threads under a lock.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [RunStatistics?]
  private var finished = 0
  private let lock = DispatchSemaphore(value: 1)

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ statistics: RunStatistics, at index: Int) -> Int {
    lock.wait()
    defer { lock.signal() }
    slots[index] = statistics
    finished += 1
    return finished
  }

  var values: [RunStatistics] {
    lock.wait()
    defer { lock.signal() }
    return slots.map { $0! }
  }
}
