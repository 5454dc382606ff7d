import ContactCentre
import SimKernel

extension SnapshotDecoder {
  /// One agent: a roster slot named once, the state with its reason (NotReady) or the call's
  /// queue, and a time in the state no longer than the day has run.
  func agent(at instant: Instant?, _ named: FirstMentions<Int>) -> Parse.Parser<CentreNow.Agent> {
    let slots = RosterNames(configuration)
    return { node, path, diagnostics in
      typealias Keys = SnapshotAgentKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format) else {
        return nil
      }
      let slot = reader.read(Keys.agent, with: slots.slot)
      if let slot, let first = named.claim(slot, at: path) {
        diagnostics.invalid(
          reader.member(Keys.agent.key) ?? node, at: path.key(Keys.agent.key),
          "agent \"\(VisibleText.prefix(slots.names[slot]))\" is given twice (also at \(first))")
      }
      let state = reader.read(Keys.state)
      let reason: NotReadyReason?
      let queue: Int?
      switch state {
      case .notReady?:
        reason = reader.read(Keys.reason, requiredBecause: "an agent notReady has a reason code")
        queue = refuse(Keys.queue.key, in: reader, "a queue goes with a call, not with notReady")
      case let state? where Keys.statesWithACall.contains(state):
        reason = refuse(Keys.reason.key, in: reader, reasonOnlyWithNotReady(state))
        queue = reader.required(
          Keys.queue.key, plan, because: "an agent \(state.reportName) holds a call of a queue")
      case let state?:
        reason = refuse(Keys.reason.key, in: reader, reasonOnlyWithNotReady(state))
        queue = refuse(
          Keys.queue.key, in: reader, "a queue goes with a call, not with \(state.reportName)")
      case nil:
        // The state has a problem: the other keys are still checked on their own.
        reason = reader.read(Keys.reason)
        queue = reader.read(Keys.queue, with: plan)
      }
      let inState = reader.read(Keys.inState).flatMap { duration in
        check(
          duration, "", ranFor: instant, reader.member(Keys.inState.key) ?? node,
          at: path.key(Keys.inState.key))
      }
      guard let slot, let state, let inState else { return nil }
      if state == .notReady, reason == nil { return nil }
      if Keys.statesWithACall.contains(state), queue == nil { return nil }
      return CentreNow.Agent(
        agent: slot, state: state, reason: reason, inState: inState, queue: queue)
    }
  }

  private func reasonOnlyWithNotReady(_ state: AgentState) -> String {
    "a reason code goes with notReady, not with \(state.reportName)"
  }

  /// Reports `key` of `reader`, if present, as not allowed here: `why`. Always nil.
  private func refuse<T>(_ key: String, in reader: ObjectReader, _ why: String) -> T? {
    if let node = reader.member(key) {
      diagnostics.invalid(node, at: reader.path.key(key), why)
    }
    return nil
  }
}

/// The roster's agents by the names routing tests give them (`agentName(slot:)`).
struct RosterNames {
  /// Slot by slot.
  let names: [String]
  private let slots: [String: Int]

  init(_ configuration: CentreConfiguration) {
    names = configuration.roster.indices.map { configuration.agentName(slot: $0) }
    slots = Dictionary(
      names.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
  }

  /// The roster slot of the agent a node names.
  func slot(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> Int? {
    guard let name = Parse.string(node, path, diagnostics) else { return nil }
    guard let slot = slots[name] else {
      diagnostics.report(
        .unknownReference, at: path, node.location,
        "no agent \"\(VisibleText.prefix(name))\" on the scenario's roster"
          + NameHint.reference(for: name, among: names, diagnostics))
      return nil
    }
    return slot
  }
}
