import ContactCentre
import SimKernel

/// What a simulation of a configuration will cost, reckoned from the configuration alone
/// (without allocating anything the size of the run), to refuse absurd runs before they start.
public struct RunEstimate: Sendable, Equatable {
  /// Expected calls in one replication: the lines' arrivals and the activity plans' calls
  /// (redials, transfer legs, retries and call-backs come on top).
  public var callsPerReplication: Double
  /// Agents in one replication, one per agent and shift worked.
  public var agents: Int
  /// Reporting intervals × (queues + teams): the tallies kept per interval.
  public var intervalCells: Double
  /// Expected events in one replication, by what makes them (`events(_:)`).
  public var events: [EventSource: Double]

  /// Expected events in one replication.
  public var eventsPerReplication: Double { events.values.reduce(0, +) }

  /// Rough bytes per agent (its record, state times, waiting lists and timetable), per
  /// interval cell (the call tally, outcomes and state times of a queue or team in an interval)
  /// and per call record (`calls.csv`, held until the run ends, and its text).
  static let bytesPerAgent = 2048.0
  static let bytesPerIntervalCell = 1024.0
  static let bytesPerCallRecord = 512.0

  /// An estimate of these figures.
  public init(
    callsPerReplication: Double, agents: Int, intervalCells: Double,
    events: [EventSource: Double] = [:]
  ) {
    self.callsPerReplication = callsPerReplication
    self.agents = agents
    self.intervalCells = intervalCells
    self.events = events
  }

  /// Reckons the cost of `configuration`.
  public init(_ configuration: CentreConfiguration) {
    let duration = configuration.duration
    var calls = 0.0
    for line in configuration.lines {
      calls += line.arrivals.expectedCalls(from: .zero, to: duration)
    }
    for plan in configuration.outbound?.activityPlans ?? [] {
      let open = min(plan.to, duration) - max(plan.from, .zero)
      if open > .zero { calls += plan.perHour * open.seconds / 3600 }
    }
    callsPerReplication = calls
    agents = configuration.teams.reduce(0) { total, team in
      team.shifts.reduce(total) { $0 + $1.agents.count }
    }
    intervalCells =
      Double(configuration.intervalCount)
      * Double(configuration.plans.count + configuration.teams.count)
    events = Self.events(configuration)
  }

  /// What a command needs to run `replications` replications, of which `kept` are held in
  /// memory at once (all of them when a report is made from every run), with per-interval
  /// tallies when `intervals` and a record of every call when `callRecords`.
  public struct Need: Sendable, Equatable {
    public var replications: Int
    public var kept: Int
    public var intervals: Bool
    public var callRecords: Bool

    /// Creates a need.
    public init(replications: Int, kept: Int, intervals: Bool = false, callRecords: Bool = false) {
      self.replications = replications
      self.kept = kept
      self.intervals = intervals
      self.callRecords = callRecords
    }
  }

  /// The memory in bytes that `need` takes.
  public func memory(for need: Need) -> Double {
    var perReplication = Double(agents) * Self.bytesPerAgent
    if need.intervals { perReplication += intervalCells * Self.bytesPerIntervalCell }
    if need.callRecords { perReplication += callsPerReplication * Self.bytesPerCallRecord }
    return perReplication * Double(max(need.kept, 1))
  }

  /// Why the run `need` describes passes `limits`, in sentences, or nil when it does not.
  public func excess(for need: Need, limits: RunLimits) -> String? {
    var reasons: [String] = []
    let calls = callsPerReplication * Double(need.replications)
    if !(calls <= limits.calls) {
      let each =
        need.replications == 1
        ? ""
        : " (\(Self.describe(callsPerReplication)) in each of \(need.replications) replications)"
      reasons.append(
        "about \(Self.describe(calls)) calls\(each), more than the \(Self.describe(limits.calls))"
          + " ccsim simulates without asking (at a few million calls a second)")
    }
    let events = eventsPerReplication * Double(need.replications)
    if !(events <= limits.events) {
      let each =
        need.replications == 1
        ? ""
        : " (\(Self.describe(eventsPerReplication)) in each of \(need.replications)"
          + " replications)"
      let most = self.events.max { $0.value < $1.value }.map { ", most of them \($0.key.rawValue)" }
      reasons.append(
        "about \(Self.describe(events)) events\(each)\(most ?? ""), more than the"
          + " \(Self.describe(limits.events)) ccsim simulates without asking (at a few million"
          + " events a second)")
    }
    if agents > limits.agents {
      reasons.append(
        "\(Self.describe(Double(agents))) agents (one per agent and shift worked), more than"
          + " \(Self.describe(Double(limits.agents)))")
    }
    let memory = memory(for: need)
    if !(memory <= limits.memory) {
      reasons.append(
        "about \(Self.bytes(memory)) of memory, more than \(Self.bytes(limits.memory)) (half the"
          + " memory this machine gives)")
    }
    return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
  }

  /// A count to two or three significant figures: "4,200", "3.6 million", "1.2 × 10^12".
  static func describe(_ value: Double) -> String {
    guard value.isFinite else { return "infinitely many" }
    if value < 10_000 { return String(Int(value.rounded())) }
    if value < 1e9 {
      let millions = value / 1e6
      if millions >= 1 { return "\(rounded(millions)) million" }
      return "\(Int((value / 1000).rounded())),000"
    }
    var exponent = 0
    var mantissa = value
    while mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    let shown = rounded(mantissa)
    return shown == "1" ? "10^\(exponent)" : "\(shown) × 10^\(exponent)"
  }

  /// Bytes in GiB or MiB.
  static func bytes(_ value: Double) -> String {
    let gib = value / 1_073_741_824
    if gib >= 1 { return "\(rounded(gib)) GiB" }
    return "\(Int((value / 1_048_576).rounded())) MiB"
  }

  /// Two significant figures past the point at most: 3.6, 12, 250.
  private static func rounded(_ value: Double) -> String {
    let tenths = (value * 10).rounded() / 10
    return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
  }
}
