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

  /// Creates limits.
  public init(calls: Double, agents: Int, memory: Double) {
    self.calls = calls
    self.agents = agents
    self.memory = memory
  }

  /// The command line's limits on a machine with `physicalMemory` bytes: 10¹⁰ calls, a million
  /// agents, and half the memory.
  public static func standard(physicalMemory: UInt64) -> RunLimits {
    RunLimits(calls: 1e10, agents: 1_000_000, memory: Double(physicalMemory) / 2)
  }
}
