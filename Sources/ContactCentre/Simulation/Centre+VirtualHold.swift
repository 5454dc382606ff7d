import SimKernel

/// Callback in queue (virtual hold, `VirtualHold`): the offer to a caller still waiting at the
/// plan's `offerAfter`, and the call-back an agent makes when the call reaches them.
///
/// An accepted caller stays in every waiting list they are in, at their place (`queuedAt`):
/// an agent takes the call as any other (`Router.takeWaitingCall`, or a step's Ready agent),
/// and `offer` turns it into a call-back instead of ringing the agent. The caller has no
/// patience left: they do not abandon.
extension Centre {
  /// When the call's plan offers its caller a call-back; never once offered, for a plan
  /// without virtual hold, or for a transfer leg or an incident call (no caller to call back).
  @inline(__always)
  func holdOfferDue(slot: Int) -> SimInstant {
    guard !calls[slot].holdOffered, !calls[slot].isTransferLeg, !calls[slot].isIncidentCall,
      let hold = virtualHolds[Int(calls[slot].plan)]
    else { return .distantFuture }
    return calls[slot].queuedAt + hold.offerAfter
  }

  /// The waiting caller is offered a call-back; one who accepts keeps their place and loses
  /// their patience (they no longer abandon).
  mutating func offerVirtualHold(slot: Int, now: SimInstant) {
    calls[slot].holdOffered = true
    guard let hold = virtualHolds[Int(calls[slot].plan)] else { return }
    var random = virtualHoldDraws.stream(calls[slot].caller, 0)
    let accepts = random.nextUnitInterval() < hold.acceptShare
    if calls[slot].counted {
      recorder.recordVirtualHold(calls[slot]) {
        $0.offered += 1
        if accepts { $0.accepted += 1 }
      }
    }
    guard accepts else { return }
    calls[slot].onVirtualHold = true
    calls[slot].abandonAt = .distantFuture
    // The caller hangs up: their trunk is free at once (the call-back takes none, as outbound
    // calls take none); the call keeps its place among the queue's unanswered (`maxWaiting`).
    if blocksCallers {
      releaseTrunk(of: calls[slot], at: now, now: now)
      calls[slot].holdsTrunk = false
    }
  }

  /// The agent who took the call on virtual hold dials the caller: after the dial time the
  /// caller answers (reach share) and the call is handled as if answered then — its wait runs
  /// from queue entry to that moment — or is not reached: the call closes as abandoned then
  /// (not retried), and the agent is free. The dial shows as the agent's ringing (Reserved).
  mutating func callBack(slot: Int, agent: Int, in simulation: inout Simulation<CentreEvent>) {
    let now = simulation.now
    guard let hold = virtualHolds[Int(calls[slot].plan)] else { return }
    var random = virtualHoldDraws.stream(calls[slot].caller, 1 &+ UInt64(calls[slot].ronas))
    let dial = hold.dialTime.sampleDuration(using: &random)
    let reached = random.nextUnitInterval() < hold.reachShare
    let reachedAt = now + dial
    guard reached else {
      calls[slot].phase = .ringing
      calls[slot].abandonAt = reachedAt
      agents.move(
        agent,
        to: .ringing(
          call: UInt32(slot), until: reachedAt + SimDuration(microseconds: 1), missing: false),
        at: now, recorder: &recorder)
      armTimer(slot: slot, in: &simulation)
      return
    }
    if calls[slot].counted {
      let accepted = calls[slot].queuedAt + hold.offerAfter
      recorder.recordVirtualHold(calls[slot]) {
        $0.completed += 1
        $0.timeToCallBack += (reachedAt - accepted).microseconds
      }
    }
    handle(slot: slot, agent: agent, answeredAt: reachedAt, in: &simulation)
  }
}
