import SimKernel

/// What a caller ringing again as the same person keeps of their last call
/// (`Redials.Rule.sameCaller`): its talk proper (before the search for the record, the security
/// questions and interpreting are added), its ACW and its patience — by call slot, from the
/// call's ring to its redial. Nothing is recorded unless some rule keeps the caller.
struct KeptAttempts {
  /// One call's times, and the caller whose they are.
  struct Attempt {
    var caller: UInt64
    var talk: SimDuration
    var acw: SimDuration
    /// Nil when callers of the type never hang up.
    var patience: SimDuration?
    /// The caller whose keyed uniforms give the times when they depend on who serves
    /// (`ServiceTimes`): the first call's, so that another server gives the same person's
    /// question its own time from the same uniforms.
    var timesOf: UInt64
  }

  /// Whether some rule keeps the caller: only then is anything recorded.
  let isOn: Bool
  private var bySlot: [Attempt] = []

  init(_ redials: Redials) { isOn = redials.keepsCallers }

  /// Records the times of the call in `slot`.
  mutating func record(_ attempt: Attempt, slot: Int) {
    if slot >= bySlot.count {
      let none = Attempt(caller: 0, talk: .zero, acw: .zero, patience: nil, timesOf: 0)
      bySlot.append(contentsOf: repeatElement(none, count: slot + 1 - bySlot.count))
    }
    bySlot[slot] = attempt
  }

  /// Forgets what `slot` held: its next call keeps nothing.
  mutating func forget(slot: Int) {
    if slot < bySlot.count { bySlot[slot].caller = 0 }
  }

  /// The times recorded in `slot` if they are `caller`'s (the slot's call, not an earlier one).
  func attempt(slot: Int, caller: UInt64) -> Attempt? {
    slot < bySlot.count && bySlot[slot].caller == caller ? bySlot[slot] : nil
  }
}
