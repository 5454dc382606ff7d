import Testing

@testable import SimKernel

/// An event that comes back at the same instant `repeats` times, then one second on, forever.
private struct Echo: EventHandler {
  var repeats: Int
  var handled = 0

  mutating func handle(_ event: Int, in simulation: inout Simulation<Int>) {
    handled += 1
    let again = event + 1 < repeats
    simulation.schedule(again ? event + 1 : 0, after: again ? .zero : .seconds(1))
  }
}

/// The instant budget stops a model that loops at one instant, and never one whose clock moves.
@Suite struct InstantBudgetTests {
  @Test(arguments: [1, 16, 1000, 4096])
  func aLoopAtOneInstantStalls(budget: Int) {
    var simulation = Simulation<Int>()
    simulation.instantBudget = budget
    simulation.schedule(0, at: SimInstant(since: .seconds(5)))
    var echo = Echo(repeats: .max)
    simulation.run(until: SimInstant(since: .hours(1)), handler: &echo)
    #expect(simulation.isStalled == true)
    #expect(simulation.now == SimInstant(since: .seconds(5)), "the clock stays at the loop")
    // The clock is looked at every budget ÷ 16 events: it stops within an eighth past it.
    #expect(simulation.eventsAtThisInstant >= budget)
    #expect(simulation.eventsHandled <= budget + 2 * max(budget / 16, 1))
    #expect(echo.handled == simulation.eventsHandled)
    // Stalled it stays: no more events, the clock where it was.
    #expect(simulation.step(until: SimInstant(since: .hours(2))) == nil)
    #expect(simulation.now == SimInstant(since: .seconds(5)))
    // A new budget lets it go on.
    simulation.instantBudget = .max
    #expect(simulation.isStalled == false)
    #expect(simulation.step() != nil)
  }

  /// Instants as full as the budget allows, an hour of them, pass: the count starts again
  /// whenever the clock moves.
  @Test func fullInstantsPass() {
    var simulation = Simulation<Int>()
    simulation.instantBudget = 1000
    simulation.schedule(0, at: .zero)
    var echo = Echo(repeats: 999)
    simulation.run(until: SimInstant(since: .hours(1)), handler: &echo)
    #expect(simulation.isStalled == false)
    #expect(simulation.now == SimInstant(since: .hours(1)))
    #expect(echo.handled == 3601 * 999)
    #expect(simulation.eventsHandled == echo.handled, "counted exactly, across the checks")
  }

  /// Stopping and going on, again and again (`run(until:)` a second at a time, `step` with
  /// nothing due), neither loses nor adds an event to the count.
  @Test func countExactInSteps() {
    var simulation = Simulation<Int>()
    simulation.instantBudget = 64
    simulation.schedule(0, at: .zero)
    var echo = Echo(repeats: 50)
    for second in 0...600 {
      simulation.run(until: SimInstant(since: .seconds(second)), handler: &echo)
      #expect(simulation.eventsHandled == echo.handled)
    }
    #expect(simulation.step(until: simulation.now) == nil)
    #expect(simulation.isStalled == false)
    #expect(echo.handled == 601 * 50)
    #expect(simulation.eventsHandled == echo.handled)
  }

  @Test func noBudgetByDefault() {
    var simulation = Simulation<Int>()
    #expect(simulation.instantBudget == .max)
    simulation.schedule(0, at: .zero)
    var echo = Echo(repeats: 200_000)
    simulation.run(until: .zero, handler: &echo)
    #expect(simulation.isStalled == false)
    #expect(echo.handled == 200_000)
  }
}
