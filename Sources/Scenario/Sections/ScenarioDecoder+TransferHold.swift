import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// A transfer's `whenNobodyAnswers` and `takeBackOutcome`: what the caseworker does when
  /// the hold is up. Seed 002 allows an unannounced handover only as a cold transfer ("Only in
  /// emergency situations, for example on a strike day, is it not necessary for the caseworker
  /// to speak to the recipient of the transfer"), so `handOver` needs an emergency day. Nil
  /// when in error (reported).
  static func whenNobodyAnswers(
    _ reader: ObjectReader, cold: Bool, _ context: ScenarioContext
  ) -> Transfer.WhenNobodyAnswers? {
    typealias Keys = TransferKeys
    let path = reader.path
    let diagnostics = reader.diagnostics
    guard let mode = reader.read(Keys.whenNobodyAnswers) else { return nil }
    let outcome = reader.read(Keys.takeBackOutcome)
    if reader.has(Keys.takeBackOutcome.key) && outcome == nil { return nil }
    if cold {
      for key in [Keys.whenNobodyAnswers.key, Keys.takeBackOutcome.key] {
        guard let node = reader.member(key) else { continue }
        diagnostics.invalid(
          node, at: path.key(key),
          "a cold transfer holds nobody: remove \"\(key)\" or make the transfer warm")
        return nil
      }
      return .handOver  // never used: a cold transfer's caseworker wraps up at once
    }
    let modeNode = reader.member(Keys.whenNobodyAnswers.key)
    if mode == .handOver, !context.isEmergencyDay, let modeNode {
      diagnostics.invalid(
        modeNode, at: path.key(Keys.whenNobodyAnswers.key),
        "an unannounced handover is a cold transfer, allowed only on an emergency day"
          + " (top-level \"emergency\"): on a normal day the caseworker takes the caller back"
          + " (\"takeBack\") or keeps holding (\"keepHolding\")")
      return nil
    }
    if mode == .keepHolding, let node = reader.member(Keys.hold.key) {
      diagnostics.invalid(
        node, at: path.key(Keys.hold.key),
        "\"keepHolding\" holds with no limit: remove \"hold\", or take the caller back when"
          + " it is up (\"whenNobodyAnswers\": \"takeBack\")")
      return nil
    }
    if mode != .takeBack, let node = reader.member(Keys.takeBackOutcome.key) {
      diagnostics.invalid(
        node, at: path.key(Keys.takeBackOutcome.key),
        "only a caller taken back closes with \"takeBackOutcome\": remove it, or give"
          + " \"whenNobodyAnswers\": \"takeBack\"")
      return nil
    }
    switch mode {
    case .keepHolding: return .keepHolding
    case .handOver: return .handOver
    case .takeBack: break
    }
    let vocabulary = diagnostics.vocabulary
    if let outcome, let node = reader.member(Keys.takeBackOutcome.key) {
      let behaviour = vocabulary.behaviour(of: outcome)
      let name = vocabulary.name(of: outcome)
      let refusal: String? =
        switch behaviour {
        case .transfers: "transfers the call: a caller taken back is not transferred"
        case .failsSecurity: "is decided by the security check"
        case _ where behaviour.isOutboundOnly: "ends only a call the agent dialled"
        default: nil
        }
      if let refusal {
        diagnostics.invalid(
          node, at: path.key(Keys.takeBackOutcome.key), "\"\(name)\" \(refusal)")
        return nil
      }
      return .takeBack(outcome)
    }
    guard let callBack = vocabulary.outcomes(.requestsCallBack).first else {
      // A vocabulary in error has been reported already: its behaviours are not to be trusted.
      if diagnostics.errors.contains(where: { $0.path.hasPrefix("vocabulary") }) { return nil }
      diagnostics.report(
        .missingKey, at: path.key(Keys.takeBackOutcome.key), reader.node.location,
        "no outcome of the vocabulary requests a call-back (the behaviour"
          + " \"requestsCallBack\"): give the outcome a caller taken back after the hold"
          + " closes with (\"takeBackOutcome\"), or another \"whenNobodyAnswers\"")
      return nil
    }
    return .takeBack(callBack)
  }
}
