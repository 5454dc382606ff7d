import SimKernel
import TestSupport
import Testing

@testable import ContactCentre

/// A call queues when no agent is offered it the moment it enters the queue; ring time and a
/// RONA after an offer at once make it wait, not queue.
struct QueueingCountTests {
  typealias Rule = TelephonyRuleTests

  static func line(plan: Int) -> Line {
    var line = Line(id: "line", callType: 0, arrivals: .perHour(0))
    line.plan = plan
    return line
  }

  @Test func theSecondOfTwoCallersForOneRingingAgentQueues() {
    let ringing = AgentBehaviour(
      answerDelay: .fixed(3), missProbability: 0, afterMiss: .ready, relogDelay: nil,
      shrinkage: [])
    var configuration = Rule.centre(
      lines: [Self.line(plan: 0)], teams: [Rule.team("gich", agents: 1, behaviour: ringing)],
      plans: [RoutingPlan(id: "gich", steps: [RoutingStep(after: .zero, target: .teams([0]))])])
    configuration.lines = [Self.line(plan: 0)]
    let statistics = Rule.run(configuration, callers: 2, until: .hours(1))
    for tally in [statistics.total, statistics.lines[0], statistics.teamCalls[0]] {
      #expect(tally.answered == 2)
      #expect(tally.waited == 2, "both rang")
      #expect(tally.notOfferedAtOnce == 1, "the second found the agent ringing")
      #expect(tally.probabilityOfWait == 1 && tally.probabilityOfQueueing == 0.5)
    }
  }

  @Test func aCallOfferedAtOnceThatRingsOutWaitsButDidNotQueue() {
    let missing = AgentBehaviour(
      answerDelay: .fixed(3), missProbability: 1,
      afterMiss: .notReady(.nonCustomerRelatedWork, .fixed(3_600)), relogDelay: nil,
      shrinkage: [])
    var configuration = Rule.centre(
      lines: [Self.line(plan: 0)],
      teams: [Rule.team("missing", agents: 1, behaviour: missing), Rule.team("gich", agents: 1)],
      plans: [
        RoutingPlan(
          id: "plan",
          steps: [
            RoutingStep(after: .zero, target: .teams([0])),
            RoutingStep(after: .seconds(5), target: .teams([1])),
          ])
      ])
    configuration.lines = [Self.line(plan: 0)]
    let statistics = Rule.run(configuration, callers: 1, until: .hours(1))
    #expect(statistics.total.redirectedOnNoAnswer == 1)
    #expect(statistics.total.answered == 1 && statistics.total.waited == 1)
    #expect(statistics.total.notOfferedAtOnce == 0, "offered at once, then RONA at 15 s")
    #expect(statistics.teamCalls[1].answered == 1 && statistics.teamCalls[1].notOfferedAtOnce == 0)
  }
}
