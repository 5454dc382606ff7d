import SimKernel

extension Centre {
  /// Records an inbound call as it leaves the centre (or the agent's hands), when asked for.
  mutating func keepRecord(
    _ call: Call, agent: Int, answered: SimInstant?, ended: SimInstant, end: CallRecord.End,
    queued: Bool = true, bogusCallerForm: Bool = false
  ) {
    guard recordsCalls && call.counted else { return }
    statistics.calls.append(
      CallRecord(
        direction: .inbound, line: Int(call.line), callType: Int(call.callType),
        branch: call.branch >= 0 ? IVRBranch.Kind.allCases[Int(call.branch)] : nil,
        scin: Int(call.casegroup), isRedial: call.isRedial, isTransferLeg: call.isTransferLeg,
        queue: queued ? Int(call.plan) : -1, agent: agent,
        team: agent >= 0 ? Int(agents[agent].team) : -1, arrived: call.arrivedAt,
        queued: queued ? call.queuedAt : nil, answered: answered, ended: ended,
        talk: answered == nil ? .zero : call.talk,
        acw: end == .handled ? min(call.acw, acwLimit) : .zero,
        redirectedOnNoAnswer: Int(call.ronas), outcome: end == .handled ? call.outcome : nil,
        bogusCallerForm: bogusCallerForm, end: end))
  }

  /// Records an outbound call once its wrap-up is done, when asked for.
  mutating func keepOutboundRecord(_ item: OutboundItem, agent: Int, ended: SimInstant) {
    guard recordsCalls && item.counted else { return }
    statistics.calls.append(
      CallRecord(
        direction: .outbound, line: -1, callType: Int(item.callType), branch: nil, scin: -1,
        isRedial: false, isTransferLeg: false, queue: -1, agent: agent,
        team: Int(agents[agent].team), arrived: item.dialledAt, queued: nil,
        answered: item.outcome.isConnected ? item.dialledAt : nil, ended: ended,
        talk: item.talkEnd - item.dialledAt, acw: min(item.acw, acwLimit),
        redirectedOnNoAnswer: 0, outcome: item.outcome, bogusCallerForm: false, end: .handled))
  }
}
