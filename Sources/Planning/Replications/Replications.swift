import ContactCentre
import Dispatch
import SimKernel

/// Runs independent replications of a centre, side by side on Dispatch worker threads.
///
/// Replication r always uses the random streams of replication r, whichever thread runs it,
/// and results come back in replication order: `jobs` changes the speed, never the numbers.
public enum Replications {
  /// Runs replications `first ..< first + count` of `configuration` on at most `jobs` threads.
  ///
  /// `trace` receives the first replication's events; `callRecords`, given a replication's
  /// index, makes what receives its calls as they end (on the thread that runs it); `simulated` is told, now and then, how far each replication has got (simulated
  /// time, callers so far); `progress` is called after each replication with the number
  /// finished. All are called from worker threads.
  ///
  /// With `projection`, every replication runs the rest of the day from its snapshot
  /// (`Projection.configuration(_:replication:)`, `CentreRun.run(from:)`).
  public static func run(
    _ configuration: CentreConfiguration, count: Int, first: Int = 0, jobs: Int,
    from projection: Projection? = nil,
    intervals: Bool = true, calls: Bool = false, states: Bool = false,
    callRecords: (@Sendable (_ replication: Int) -> any CallRecordSink)? = nil,
    trace: (@Sendable (TraceRecord) -> Void)? = nil,
    simulated: (@Sendable (_ replication: Int, SimInstant, _ callers: Int) -> Void)? = nil,
    progress: (@Sendable (Int) -> Void)? = nil, checks: Bool = Centre.checksByDefault
  ) -> [RunStatistics] {
    precondition(count >= 0 && jobs >= 1)
    let results = ResultSlots<RunStatistics>(count: count)
    let workers = min(jobs, max(count, 1))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      for index in stride(from: worker, to: count, by: workers) {
        var reportProgress: ((SimInstant, Int) -> Void)?
        if let simulated {
          reportProgress = { time, callers in simulated(index, time, callers) }
        }
        var traceHere: ((TraceRecord) -> Void)?
        if index == 0, let trace { traceHere = { trace($0) } }
        let replication = first + index
        let statistics = CentreRun.run(
          projection?.configuration(configuration, replication: replication) ?? configuration,
          replication: replication, from: projection?.now, intervals: intervals, calls: calls,
          callRecords: callRecords?(replication), states: states, trace: traceHere,
          progress: reportProgress, checks: checks)
        let finished = results.store(statistics, at: index)
        progress?(finished)
      }
    }
    return results.values
  }
}
