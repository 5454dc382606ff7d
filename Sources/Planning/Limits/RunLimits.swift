/// How large a simulation ccsim starts without `--allow-large`: past these a command is refused
/// up front, with the estimate that passed them, rather than running for days or being killed
/// for want of memory.
public struct RunLimits: Sendable, Equatable {
  /// Expected calls over every replication the command runs. At 1.5 to 5 million calls a
  /// second on one core, 10¹⁰ calls are half an hour to two hours of computing.
  public var calls: Double
  /// Agents in one replication, counting one per agent and shift worked (an every-day shift of
  /// 10 agents over 30 days is 300).
  public var agents: Int
  /// The memory the command's replications need, in bytes, as `RunEstimate` reckons it.
  public var memory: Double
  /// Expected events over every replication the command runs (`RunEstimate.events`): the
  /// calls' and everything else's — idle logouts, shrinkage episodes, calls ringing out — so
  /// that rules firing many times a simulated second are seen before they run. The estimate
  /// gives a call 6 events and its plan's steps where a run handles 2 to 4, so 10¹¹ events
  /// leave a scenario of ordinary calls to the calls' limit (10¹⁰ calls of plans up to 4 steps
  /// are 10¹¹ events at most); events of timers and episodes are counted as they come, and at
  /// 4 to 8 million a second on one core 10¹¹ of them are three to seven hours of computing.
  public var events: Double

  /// Creates limits.
  public init(calls: Double, agents: Int, memory: Double, events: Double = standardEvents) {
    self.calls = calls
    self.agents = agents
    self.memory = memory
    self.events = events
  }

  /// The standard limit on events.
  public static let standardEvents = 1e11

  /// The command line's limits on a machine with `physicalMemory` bytes: 10¹⁰ calls, 10¹¹ events,
  /// a million agents, and half the memory.
  public static func standard(physicalMemory: UInt64) -> RunLimits {
    RunLimits(calls: 1e10, agents: 1_000_000, memory: Double(physicalMemory) / 2)
  }
}
