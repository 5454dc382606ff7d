import ContactCentre
import SimKernel

/// One entry of an outcome mix as written: the outcome, its share and where its key is.
struct OutcomeShare {
  let outcome: Outcome
  let share: Double
  let location: SourceLocation
}

extension ScenarioDecoder {
  /// The outcome names, in the procedures' order.
  static let outcomeNames = Outcome.allCases.map(\.name)

  /// The hint after a name that is not an outcome: the exact spelling of a near miss (saying
  /// so when only the dashes differ), else the closest name or the list.
  static func outcomeHint(for name: String, among names: [String]) -> String {
    let loose = { (text: String) in
      String(text.lowercased().map { "-–—‐‑".contains($0) ? "-" : $0 })
    }
    if let match = names.first(where: { loose($0) == loose(name) }), match.contains("–") {
      return " (did you mean \"\(match)\"? outcome names are spelled exactly, with an en"
        + " dash \"–\")"
    }
    return ObjectReader.hint(for: name, among: names)
  }

  /// The message for a name that is not an outcome.
  static func notAnOutcome(_ name: String) -> String {
    "\"\(name)\" is not a call outcome" + outcomeHint(for: name, among: outcomeNames)
  }

  /// An outcome name as a value (a retry key is read by `outcomeKey`).
  static func outcome(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Outcome?
  {
    guard let name = Parse.string(node, path, diagnostics) else { return nil }
    guard let outcome = Outcome(name: name) else {
      diagnostics.invalid(node, at: path, notAnOutcome(name))
      return nil
    }
    return outcome
  }

  /// `{"Call Resolved": 0.8, "Call Transferred": 0.2}`: outcome names and shares summing to 1.
  static func outcomeShares(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> [OutcomeShare]?
  {
    guard let shares = Parse.shares(node, path, diagnostics) else { return nil }
    var result: [OutcomeShare] = []
    var failed = false
    for (name, share, location) in shares {
      guard let outcome = Outcome(name: name) else {
        diagnostics.report(.unknownKey, at: path.key(name), location, notAnOutcome(name))
        failed = true
        continue
      }
      result.append(OutcomeShare(outcome: outcome, share: share, location: location))
    }
    return failed ? nil : result
  }

  /// Reports each outcome of `mix` that `refuse` gives a reason for; whether there was none.
  func checkOutcomes(
    _ mix: [OutcomeShare], at path: JSONPath, refuse: (Outcome) -> String?
  ) -> Bool {
    var clean = true
    for entry in mix {
      guard let reason = refuse(entry.outcome) else { continue }
      diagnostics.report(
        .invalidValue, at: path.key(entry.outcome.name), entry.location,
        "\"\(entry.outcome.name)\" " + reason)
      clean = false
    }
    return clean
  }

  /// `"redials": {OUTCOME: {"probability": P, "delay": D}, "abandoned": {…}}`.
  static func redials(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Redials?
  {
    guard case .object(let members) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "an object")
      return nil
    }
    let keys =
      Outcome.allCases.filter { !$0.isOutboundOnly }.map(\.name) + [RedialKeys.abandoned]
    var redials = Redials.none
    var failed = false
    for member in members {
      let rulePath = path.key(member.key)
      if member.key == RedialKeys.abandoned {
        redials.afterAbandon = redialRule(member.value, rulePath, diagnostics)
        failed = failed || redials.afterAbandon == nil
        continue
      }
      guard let outcome = Outcome(name: member.key), !outcome.isOutboundOnly else {
        let message =
          Outcome(name: member.key) != nil
          ? "\"\(member.key)\" ends only a call the agent dialled; callers redial after"
            + " inbound calls"
          : "unknown key \"\(member.key)\": neither a call outcome nor \"abandoned\""
            + outcomeHint(for: member.key, among: keys)
        diagnostics.report(
          Outcome(name: member.key) != nil ? .invalidValue : .unknownKey, at: rulePath,
          member.keyLocation, message)
        failed = true
        continue
      }
      let rule = redialRule(member.value, rulePath, diagnostics)
      redials.setRule(rule, after: outcome)
      failed = failed || rule == nil
    }
    return failed ? nil : redials
  }

  /// `{"probability": P, "delay": D}`.
  static func redialRule(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Redials.Rule?
  {
    typealias Keys = RedialRuleKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let probability = reader.read(Keys.probability)
    let delay = reader.read(Keys.delay)
    guard let probability, let delay else { return nil }
    return Redials.Rule(probability: probability, delay: delay)
  }
}
