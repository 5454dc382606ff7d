import Foundation
import Testing

@testable import Planning

/// Erlang C's probability of wait from its textbook definition, summed term by term:
/// P(wait) = (aⁿ/n! · n/(n − a)) / (Σ_{k<n} aᵏ/k! + aⁿ/n! · n/(n − a)), independent of the
/// Erlang B recursion the library uses.
private func directProbabilityOfWait(agents: Int, load: Double) -> Double {
  var term = 1.0  // aᵏ/k!
  var below = 0.0
  for k in 0..<agents {
    below += term
    term *= load / Double(k + 1)
  }
  let waiting = term * Double(agents) / (Double(agents) - load)
  return waiting / (below + waiting)
}

/// Erlang C's service level from the direct probability of wait: 1 − P(wait)·e^{−(nμ − λ)T}.
private func directServiceLevel(agents: Int, load: Double, handle: Double, threshold: Double)
  -> Double
{
  let wait = directProbabilityOfWait(agents: agents, load: load)
  return 1 - wait * exp(-(Double(agents) - load) / handle * threshold)
}

@Suite("Erlang sizing")
struct ErlangSizingTests {
  @Test("Erlang C: 360 calls/h, AHT 240 s, 80 % in 20 s needs 29 agents (direct formula)")
  func textbookErlangC() {
    let input = ErlangInput(
      callsPerHour: 360, averageHandleTime: 240, agents: 0, threshold: 20)
    let (agents, result) = Erlang.agentsRequired(
      input, goal: Erlang.Goal(serviceLevel: 0.8), formula: .c)
    #expect(agents == 29)
    let at29 = directServiceLevel(agents: 29, load: 24, handle: 240, threshold: 20)
    let at28 = directServiceLevel(agents: 28, load: 24, handle: 240, threshold: 20)
    #expect(abs(result.serviceLevel - at29) < 1e-12)
    #expect(abs(at29 - 0.840283) < 5e-7 && abs(at28 - 0.761296) < 5e-7)
    #expect(abs(result.probabilityOfWait - directProbabilityOfWait(agents: 29, load: 24)) < 1e-12)
    #expect(abs(result.occupancy - 24.0 / 29) < 1e-15)
  }

  @Test("Erlang B: 10 erlangs at 1 %, 5 % and 0.1 % blocking need 18, 15 and 21 agents")
  func erlangBTable() {
    // Erlang B tables: 18 trunks carry 10.44 erlangs at 1 %, 17 only 9.65.
    let input = ErlangInput(callsPerHour: 3600, averageHandleTime: 10, agents: 0, threshold: 0)
    for (cap, expected) in [(0.01, 18), (0.05, 15), (0.001, 21)] {
      let (agents, result) = Erlang.agentsRequired(
        input, goal: Erlang.Goal(maxBlocking: cap), formula: .b)
      #expect(agents == expected, "cap \(cap)")
      #expect(result.abandonRate == Erlang.b(agents: agents, offeredLoad: 10))
      #expect(Erlang.b(agents: agents - 1, offeredLoad: 10) > cap)
    }
  }

  @Test(
    "the agents needed meet the goal and one fewer does not (brute force)",
    arguments: [
      (Erlang.Formula.c, 200.0, 180.0, nil, Erlang.Goal(serviceLevel: 0.8)),
      (.c, 200, 180, nil, Erlang.Goal(serviceLevel: 0.8, maxOccupancy: 0.7)),
      (.c, 36_000, 240, nil, Erlang.Goal(serviceLevel: 0.95)),
      (.c, 12, 600, nil, Erlang.Goal(serviceLevel: 0.5, maxOccupancy: 0.3)),
      (.a, 200, 180, 300, Erlang.Goal(serviceLevel: 0.8)),
      (.a, 200, 180, 300, Erlang.Goal(serviceLevel: 0.5, maxAbandon: 0.005)),
      (.a, 1080, 300, 120, Erlang.Goal(serviceLevel: 0.9, maxAbandon: 0.02, maxOccupancy: 0.85)),
      (.a, 400, 300, 60, Erlang.Goal(serviceLevel: 0.6, maxOccupancy: 0.75)),
      (.a, 200, 180, 0, Erlang.Goal(serviceLevel: 0.95)),
      (.b, 3600, 10, nil, Erlang.Goal(maxBlocking: 0.02)),
      (.b, 3600, 10, nil, Erlang.Goal(maxOccupancy: 0.5, maxBlocking: 0.05)),
      (.b, 90, 3600, nil, Erlang.Goal(maxBlocking: 1)),
    ] as [(Erlang.Formula, Double, Double, Double?, Erlang.Goal)])
  func bruteForce(
    formula: Erlang.Formula, perHour: Double, handle: Double, patience: Double?,
    goal: Erlang.Goal
  ) {
    var input = ErlangInput(
      callsPerHour: perHour, averageHandleTime: handle, agents: 0, threshold: 20,
      patience: patience)
    let (agents, result) = Erlang.agentsRequired(input, goal: goal, formula: formula)
    input.agents = agents
    #expect(result == Erlang.figures(input, formula: formula))
    #expect(goal.isMet(by: result))
    var first = 0
    while true {
      input.agents = first
      if goal.isMet(by: Erlang.figures(input, formula: formula)) { break }
      first += 1
    }
    #expect(agents == first, "\(formula) \(perHour)/h: \(goal)")
  }

  @Test("no calls need no agents", arguments: Erlang.Formula.allCases)
  func noCalls(formula: Erlang.Formula) {
    let input = ErlangInput(
      callsPerHour: 0, averageHandleTime: 180, agents: 5, threshold: 20, patience: 60)
    let goal = Erlang.Goal(serviceLevel: formula == .b ? nil : 0.9, maxBlocking: 0.01)
    let (agents, result) = Erlang.agentsRequired(input, goal: goal, formula: formula)
    #expect(agents == 0)
    #expect(result.serviceLevel == 1 && result.abandonRate == 0 && result.occupancy == 0)
  }

  @Test("with no agents: C is unstable with nothing carried, A and B answer no call")
  func zeroAgents() {
    let input = ErlangInput(
      callsPerHour: 200, averageHandleTime: 180, agents: 0, threshold: 20, patience: 300)
    let erlangC = Erlang.figures(input, formula: .c)
    #expect(erlangC.probabilityOfWait == 1 && erlangC.serviceLevel == 0)
    #expect(erlangC.averageSpeedOfAnswer == .infinity && erlangC.occupancy == 0)
    let erlangA = Erlang.figures(input, formula: .a)
    #expect(abs(erlangA.abandonRate - 1) < 1e-12 && erlangA.serviceLevel == 0)
    #expect(erlangA.occupancy == 0)
    let erlangB = Erlang.figures(input, formula: .b)
    #expect(erlangB.abandonRate == 1 && erlangB.occupancy == 0)
  }
}
