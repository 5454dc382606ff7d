import Calibration
import ContactCentre
import SimKernel

/// A past day to replay (`ccsim backtest`): the scenario run on that day with the callers
/// who actually rang, at the moments they rang (trace-driven), and the agents actually staffed
/// where the history gives them; the times (IVR, talk, ACW, patience) stay the scenario's —
/// fitted from history by `ccsim fit`, so the replay tests the model, not the day's own draws.
public struct BacktestDay: Sendable {
  /// Why a day cannot be replayed.
  public enum Problem: Error, Equatable, CustomStringConvertible {
    /// A queue of the history has no line of that id in the scenario.
    case unknownQueue(String, lines: [String])
    /// No call of the history rang on the day within the run.
    case noCalls(day: String)
    /// A staffing column names no team of the scenario.
    case unknownTeam(String, teams: [String])

    public var description: String {
      switch self {
      case .unknownQueue(let queue, let lines):
        "the history's queue \"\(queue)\" is no line of the scenario (its lines: "
          + lines.joined(separator: ", ") + "): a replay rings each queue's callers on the line"
          + " of the same id, as `ccsim fit` names them"
      case .noCalls(let day):
        "no call of the history rang on \(day) between the scenario's start and its end"
      case .unknownTeam(let team, let teams):
        "the staffing's column \"\(team)\" is no team of the scenario (its teams: "
          + teams.joined(separator: ", ") + ")"
      }
    }
  }

  /// The scenario with the day's arrivals and staffing in place.
  public var configuration: CentreConfiguration
  /// The day (days since 1970-01-01) and the moment the run starts on it.
  public var day: Int
  public var runStart: LocalTime
  /// The actual calls of each queue in each reporting interval, as the simulation counts them
  /// (`intervals[interval * queueCount + queue]`, queues in the scenario's order; a queue is
  /// the routing plan of the history queue's name, else not compared); and their total.
  public var intervals: [CallTally]
  /// Busy seconds of the actual agents per interval (talk + hold + wrap-up of the calls they
  /// answered, split at the interval boundaries), and the agents staffed per interval (nil
  /// without staffing): their ratio is the actual occupancy.
  public var busySeconds: [Double]
  public var staffedAgents: [Double]?
  /// Calls of the day that rang before the run's start or after its end (not replayed).
  public var outsideRun: Int

  /// Prepares the replay of `day` from `calls` (any days: those of `day` are taken) and,
  /// when given, the agents staffed per team per reporting interval from the run's start.
  public init(
    _ scenario: CentreConfiguration, calls: [Calibration.CallRecord], day: Int,
    staffing: [String: [Double]]? = nil
  ) throws(Problem) {
    var configuration = scenario
    self.day = day
    runStart = LocalTime(seconds: Double(day) * 86_400 + scenario.startOfDay.seconds)
    let runSeconds = scenario.duration.seconds
    let lineIndex = Dictionary(
      scenario.lines.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var times = Array(repeating: [SimDuration](), count: scenario.lines.count)
    var dayCalls: [Calibration.CallRecord] = []
    var outside = 0
    for call in calls where call.arrival.day == day && call.outcome != .phantom {
      guard let line = lineIndex[call.queue] else {
        throw .unknownQueue(call.queue, lines: scenario.lines.map(\.id))
      }
      let offset = call.arrival.seconds - runStart.seconds
      guard offset >= 0, offset < runSeconds else {
        outside += 1
        continue
      }
      times[line].append(.seconds(offset))
      dayCalls.append(call)
    }
    guard !dayCalls.isEmpty else { throw .noCalls(day: LocalTime.isoDate(ofDay: day)) }
    outsideRun = outside
    for line in configuration.lines.indices {
      var arrivals = ArrivalProfile.recorded(times[line], interval: scenario.interval)
      arrivals.sharedBusyness = nil
      configuration.lines[line].arrivals = arrivals
    }
    if let staffing {
      let teamIndex = Dictionary(
        scenario.teams.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
      for (team, agents) in staffing.sorted(by: { $0.key < $1.key }) {
        guard let index = teamIndex[team] else {
          throw .unknownTeam(team, teams: scenario.teams.map(\.id))
        }
        let counts = Self.counts(agents, interval: scenario.interval)
        configuration.teams[index].shifts = counts.shifts
        configuration.teams[index].staffing = counts
      }
    }
    self.configuration = configuration
    let intervalCount = scenario.intervalCount
    let queues = configuration.queues
    let planIndex = Dictionary(
      queues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    var tallies = Array(repeating: CallTally(), count: intervalCount * queues.count)
    var busy = Array(repeating: 0.0, count: intervalCount)
    let length = scenario.interval.seconds
    for call in dayCalls {
      if let answered = call.answered {
        let work = (call.talk ?? 0) + (call.hold ?? 0) + (call.wrapUp ?? 0)
        Self.spread(
          from: answered.seconds - runStart.seconds, seconds: work, length: length, into: &busy)
      }
      guard let plan = planIndex[call.queue], let queued = call.queued else { continue }
      let counted =
        scenario.conventions.answeredCounted == .atAnswer
        ? (call.answered ?? call.abandoned ?? queued) : queued
      let interval = Int(((counted.seconds - runStart.seconds) / length).rounded(.down))
      guard interval >= 0, interval < intervalCount else { continue }
      tallies[interval * queues.count + plan].count(
        call, threshold: configuration.serviceLevelThreshold(ofPlan: plan),
        shortAbandon: scenario.shortAbandon, conventions: scenario.conventions)
    }
    intervals = tallies
    busySeconds = busy
    if let staffing {
      staffedAgents = (0..<intervalCount).map { interval in
        staffing.values.reduce(0) { $0 + (interval < $1.count ? $1[interval] : 0) }
      }
    } else {
      staffedAgents = nil
    }
  }

  /// A team's staffing by counts from agents per interval (rounded to whole agents; a change
  /// only where the count changes). Who leaves: idle agents first, as an ACD's logouts at an
  /// interval's end are spread over whoever is free.
  static func counts(_ agents: [Double], interval: SimDuration) -> TeamStaffing {
    var changes: [TeamStaffing.Change] = []
    for (index, value) in agents.enumerated() {
      let count = Int(value.rounded())
      if changes.last?.agents != count {
        changes.append(TeamStaffing.Change(time: interval * Int64(index), agents: count))
      }
    }
    if changes.isEmpty { changes = [TeamStaffing.Change(time: .zero, agents: 0)] }
    return TeamStaffing(changes: changes, leaving: .idleFirst)
  }

  /// Adds `seconds` of work from `start` (seconds since the run's start) to the intervals it
  /// spans.
  static func spread(from start: Double, seconds: Double, length: Double, into busy: inout [Double])
  {
    var from = max(start, 0)
    let end = start + seconds
    while from < end {
      let interval = Int((from / length).rounded(.down))
      guard interval < busy.count else { return }
      let until = min(end, Double(interval + 1) * length)
      busy[interval] += until - from
      from = until
    }
  }
}
