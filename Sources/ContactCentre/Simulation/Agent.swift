import SimKernel

/// One agent's telephony state, held in the centre's agent table.
struct Agent: BitwiseCopyable {
  let team: Int32
  var state = AgentState.ready
  /// When the agent entered `state`.
  var since = SimInstant.zero
  /// The call slot of the call being talked or wrapped up.
  var call: UInt32 = 0

  init(team: Int) { self.team = Int32(team) }
}

extension Agent {
  /// Enters `state` at `now`.
  mutating func enter(_ state: AgentState, at now: SimInstant) {
    self.state = state
    since = now
  }
}
