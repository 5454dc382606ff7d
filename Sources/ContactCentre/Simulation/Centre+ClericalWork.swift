import SimKernel

/// Clerical work left when the ACW is cut at the limit. Seed 002: "Caseworkers have 10 minutes
/// to complete any ACW before they are automatically set to Available by the system. If a
/// caseworker requires more than 10 minutes ACW to complete additional work on a case, they
/// will need to put their Call Status to Not Ready and enter the reason code as Customer
/// Related Clerical Work."
///
/// By default every caseworker does so at once (`finishCall` leaves the work in
/// `plans.clerical`, `afterWork` goes NotReady for it). With `clericalNotReadyShare` below 1,
/// or a `clericalNotReadyDelay`, the work may wait while the caseworker is Available:
/// - a caseworker who does not put themselves NotReady stays Available and does the work
///   between calls, in time the ACD shows as Ready: the model follows it no further;
/// - one who does, after a delay, is Available meanwhile: if still Ready when it is up they go
///   NotReady – Customer Related Clerical Work for the whole of it; if a call (or a break, or
///   other work) came first, they take the work up when that is over — after a call, with that
///   call's own clerical work added.
extension Centre {
  /// After a call's work: clerical work waiting from an earlier cut is taken up now (returns
  /// false: `afterWork` goes NotReady for it); a fresh cut's is left to wait, the caseworker
  /// Available, when the caseworker's draw says so (returns true). The draws are keyed by the
  /// agent and the instant, so they shift no other stream.
  mutating func letClericalWorkWait(
    agent: Int, in simulation: inout Simulation<CentreEvent>
  ) -> Bool {
    let waiting = agents[agent].plans.waitingClerical
    if waiting > .zero {
      agents[agent].plans.waitingClerical = .zero
      agents[agent].plans.clericalDue = .distantFuture
      agents[agent].plans.clerical = agents[agent].plans.clerical + waiting
      return false
    }
    let clerical = agents[agent].plans.clerical
    let behaviour = agents.behaviours[Int(agents[agent].team)]
    guard clerical > .zero, behaviour.clericalWorkMayWait else { return false }
    let now = simulation.now
    var random = clericalDraws.stream(
      hashing: SplitMix64.mix(UInt64(agent)) &+ UInt64(bitPattern: now.microseconds))
    let goesNotReady = random.nextUnitInterval() < behaviour.clericalNotReadyShare
    let delay =
      goesNotReady ? behaviour.clericalNotReadyDelay.sampleDuration(using: &random) : .zero
    if goesNotReady && delay == .zero { return false }
    agents[agent].plans.clerical = .zero
    if goesNotReady {
      agents[agent].plans.waitingClerical = clerical
      agents[agent].plans.clericalDue = now + delay
      simulation.schedule(.clericalDue(agent: Int32(agent)), at: now + delay)
    }
    becomeAvailable(agent: agent, in: &simulation)
    return true
  }

  /// The delay is up: a caseworker still Ready goes NotReady for the clerical work that waited
  /// (one busy otherwise takes it up when free).
  mutating func clericalFallsDue(agent: Int, in simulation: inout Simulation<CentreEvent>) {
    guard agents[agent].plans.clericalDue == simulation.now, agents[agent].isReady else { return }
    takeUpWaitingClericalWork(agent: agent, in: &simulation)
  }

  /// NotReady – Customer Related Clerical Work for the clerical work that waited.
  mutating func takeUpWaitingClericalWork(
    agent: Int, in simulation: inout Simulation<CentreEvent>
  ) {
    let clerical = agents[agent].plans.waitingClerical
    agents[agent].plans.waitingClerical = .zero
    agents[agent].plans.clericalDue = .distantFuture
    goNotReady(
      agent: agent, reason: vocabulary.clerical, cause: .clerical, for: clerical, in: &simulation)
  }
}
