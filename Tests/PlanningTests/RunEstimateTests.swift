import ContactCentre
import Planning
import SimKernel
import Testing

/// The estimate that refuses absurd runs before they start: calls, agents and memory.
struct RunEstimateTests {
  /// 100 calls an hour for 10 hours on one line, 20 an hour from 09:00 to 11:00 dialled out,
  /// and 5 + 3 × 2 days of agents.
  static var centre: CentreConfiguration {
    var configuration = CentreConfiguration(
      name: "estimate", duration: .hours(10),
      lines: [
        Line(id: "main", callTypes: [.init(callType: 0, share: 1)], arrivals: .perHour(100))
      ],
      callTypes: [CallType(id: "general", talk: .fixed(60), patience: nil)],
      teams: [Team(id: "gich", agents: 5, handles: [0])])
    let shift = Shift(
      start: .hours(1), end: .hours(5), agents: Array(repeating: AgentProfile(), count: 3))
    configuration.teams[0].shifts += [shift, shift]
    configuration.outbound = Outbound(
      activityPlans: [
        ActivityPlan(
          team: 0, callType: 0, perHour: 20, from: .hours(9), to: .hours(11), due: .hours(4))
      ])
    return configuration
  }

  @Test func countsCallsAgentsAndIntervalTallies() {
    let estimate = RunEstimate(Self.centre)
    // The activity plan's window is cut at the end of the run: one hour of it.
    #expect(abs(estimate.callsPerReplication - 1020) < 1e-9)
    #expect(estimate.agents == 11)
    // 40 quarter-hours × (1 queue + 1 team).
    #expect(estimate.intervalCells == 80)
  }

  @Test func smallRunsPassTheLimits() {
    let need = RunEstimate.Need(replications: 30, kept: 30, intervals: true, callRecords: true)
    let limits = RunLimits.standard(physicalMemory: 1 << 30)
    #expect(RunEstimate(Self.centre).excess(for: need, limits: limits) == nil)
  }

  @Test func eachLimitIsExplained() {
    let estimate = RunEstimate(callsPerReplication: 3e9, agents: 2_000_000, intervalCells: 1e6)
    let limits = RunLimits(calls: 1e10, agents: 1_000_000, memory: 1e9)
    let need = RunEstimate.Need(replications: 4, kept: 1)
    let excess = estimate.excess(for: need, limits: limits) ?? ""
    #expect(excess.contains("about 1.2 × 10^10 calls (3 × 10^9 in each of 4 replications)"))
    #expect(excess.contains("more than the 10^10"))
    #expect(
      excess.contains("2 million agents (one per agent and shift worked), more than 1 million"))
    #expect(excess.contains("GiB of memory, more than 954 MiB"))
  }

  @Test func memoryGrowsWithWhatIsKept() {
    let estimate = RunEstimate(callsPerReplication: 1e6, agents: 1000, intervalCells: 1e4)
    let bare = estimate.memory(for: .init(replications: 10, kept: 1))
    let intervals = estimate.memory(for: .init(replications: 10, kept: 1, intervals: true))
    let records = estimate.memory(for: .init(replications: 10, kept: 1, callRecords: true))
    let all = estimate.memory(for: .init(replications: 10, kept: 10, callRecords: true))
    #expect(bare < intervals && intervals < records)
    #expect(all == 10 * records)
  }

  @Test func anInfiniteRateIsRefused() {
    let estimate = RunEstimate(callsPerReplication: .infinity, agents: 1, intervalCells: 1)
    let excess = estimate.excess(
      for: .init(replications: 1, kept: 1), limits: .standard(physicalMemory: 1 << 30))
    #expect(excess?.contains("infinitely many calls") == true)
  }
}
