import ContactCentre
import Foundation
import Scenario
import SimKernel
import Testing

/// A run from a snapshot of a simulated day is the rest of that day: what the day run from
/// its start does after the snapshot's instant, in distribution.
@Suite struct IntradayProjectionTests {
  /// A day whose state at 10:30 is rich: an IVR (callers in it at the instant), a queue
  /// (callers waiting, with lognormal patience: not memoryless), lognormal talk and uniform
  /// ACW (calls in hand, not memoryless), a staggered break (agents NotReady), shrinkage.
  static let scenario = """
    {
      "name": "intraday", "seed": 11, "start": "08:00", "duration": "4h", "interval": "15m",
      "serviceLevel": {"threshold": "20s", "target": 0.8},
      "agentBehaviour": {
        "shrinkage": [{"reason": "Customer Related Clerical Work", "share": 0.04,
                       "meanLength": "6m"}]
      },
      "routing": {"plans": [{"id": "gich", "steps": [{"target": {"teams": ["gich"]}}]}]},
      "callTypes": [
        {"id": "client", "talk": {"lognormal": {"mean": "4m", "sd": "3m"}},
         "acw": {"uniform": {"min": "10s", "max": "50s"}},
         "patience": {"lognormal": {"mean": "2m", "sd": "2m"}}}
      ],
      "lines": [
        {"id": "client", "kind": "client", "callType": "client",
         "arrivals": {"perHour": 170},
         "ivr": {"time": {"uniform": {"min": "20s", "max": "40s"}},
                 "branches": [{"branch": "noScin", "share": 1, "plan": "gich"}]}}
      ],
      "teams": [
        {"id": "gich", "handles": ["client"],
         "shifts": [{"start": "08:00", "end": "12:00", "agents": 14,
                     "notReady": [{"reason": "Break", "start": "10:00", "duration": "15m",
                                   "spread": "1h"}]}]}
      ]
    }
    """

  static func configuration() throws -> CentreConfiguration {
    try ScenarioLoader.decode(Array(scenario.utf8), file: "intraday.json", directory: ".")
  }

  /// The calls that entered the queue from `time` on: offered, answered, abandoned, answered
  /// within the threshold, and their total wait (seconds).
  static func after(_ time: SimInstant, _ run: RunStatistics, _ configuration: CentreConfiguration)
    -> [Double]
  {
    let first = Int(time.microseconds / configuration.interval.microseconds)
    var tally = CallTally()
    let queues = configuration.plans.count
    for (index, interval) in run.intervals.enumerated() where index / queues >= first {
      tally.merge(interval)
    }
    return [
      Double(tally.offered), Double(tally.answered), Double(tally.abandoned),
      Double(tally.answeredWithinThreshold), Double(tally.answeredWait) / 1e6,
    ]
  }

  /// For each replication r of the day: its figures after 10:30 run from the start, and those
  /// of a run from its 10:30 snapshot with other random numbers. Given the snapshot both are
  /// draws of the rest of the day, so their difference has mean zero: each figure's mean
  /// difference is tested with Student's t over the replications (two-sided, 0.1 % each, so
  /// that the five figures together fail by chance less than 0.5 % of the time).
  @Test func aRunFromASnapshotIsTheRestOfTheDay() throws {
    let configuration = try Self.configuration()
    let time = SimInstant.zero + .minutes(150)
    let projected = configuration.projected(from: time)
    let replications = 60
    var differences = Array(repeating: [Double](), count: 5)
    var waitingSeen = 0
    for replication in 0..<replications {
      let day = CentreRun.run(configuration, replication: replication)
      let now = try #require(CentreRun.now(configuration, replication: replication, at: time))
      waitingSeen += now.queues.reduce(0) { $0 + $1.waits.count }
      let rest = CentreRun.run(projected, replication: 100_000 + replication, from: now)
      #expect(rest.violation == nil)
      let fromStart = Self.after(time, day, configuration)
      let fromSnapshot = Self.after(time, rest, projected)
      for figure in 0..<5 { differences[figure].append(fromStart[figure] - fromSnapshot[figure]) }
    }
    // The day is busy enough at 10:30 that the snapshot holds waiting callers.
    #expect(waitingSeen > replications)
    let critical = StudentT.quantile(0.9995, degreesOfFreedom: replications - 1)
    for (figure, values) in differences.enumerated() {
      let mean = values.reduce(0, +) / Double(values.count)
      let variance =
        values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
      let halfWidth = critical * (variance / Double(values.count)).squareRoot()
      #expect(abs(mean) <= halfWidth, "figure \(figure): mean difference \(mean) ± \(halfWidth)")
    }
  }

  /// Callers waiting at the snapshot keep their waits: with nobody to answer them, each hangs
  /// up when their patience runs out, drawn given that it has lasted their wait — for an
  /// exponential patience of mean θ, after a further θ on average whatever the wait; for a
  /// lognormal, after E[X − w | X > w].
  @Test func waitingCallersAbandonAsTheirConditionalPatienceSays() throws {
    var configuration = try Self.configuration()
    configuration.callTypes[0].patience = .lognormal(mean: 120, sd: 120)
    // 11:30: every break of the roster is over.
    let time = SimInstant.zero + .minutes(210)
    let wait = SimDuration.seconds(90)
    let callers = 400
    // Every agent NotReady with no end: nobody answers.
    let agents = configuration.roster.indices.map {
      CentreNow.Agent(
        agent: $0, state: .notReady, reason: configuration.vocabulary.teamLeader,
        inState: .minutes(1))
    }
    let now = CentreNow(
      time: time, agents: agents,
      queues: [CentreNow.Queue(queue: 0, waits: Array(repeating: wait, count: callers))],
      actuals: [])
    var projected = configuration.projected(from: time, arrivalFactor: 0)
    projected.duration = time.sinceStart + .hours(2)
    var abandonTimes: [Double] = []
    _ = CentreRun.run(
      projected, replication: 0, from: now,
      trace: { record in
        if record.kind == "callTimer" { abandonTimes.append((record.time - time).seconds) }
      })
    #expect(abandonTimes.count == callers)
    // E[X − w | X > w] for X lognormal(μ, σ): e^{μ+σ²/2} Φ(σ − z) / Φ(−z) − w, z = (ln w − μ)/σ.
    let sigma = log(2.0).squareRoot()
    let mu = log(120.0) - sigma * sigma / 2
    let z = (log(wait.seconds) - mu) / sigma
    let expected =
      exp(mu + sigma * sigma / 2) * SpecialFunctions.normalCDF(sigma - z)
      / SpecialFunctions.normalCDF(-z) - wait.seconds
    let mean = abandonTimes.reduce(0, +) / Double(callers)
    let variance =
      abandonTimes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(callers - 1)
    let halfWidth = 3.5 * (variance / Double(callers)).squareRoot()
    #expect(abs(mean - expected) <= halfWidth, "\(mean) against \(expected) ± \(halfWidth)")
    #expect(abandonTimes.allSatisfy { $0 >= 0 })
  }
}
