import ContactCentre
import SimKernel

/// One entry of an outcome mix as written: the outcome, its share and where its key is.
struct OutcomeShare {
  let outcome: Outcome
  let share: Double
  let location: SourceLocation
}

extension ScenarioDecoder {
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

  /// The message for a name that is not an outcome of `vocabulary`; the other region's name
  /// of one of its outcomes (seed 002: "For Northern Ireland: … DSD replaces DWP, Choices
  /// (NI) replaces Options") gets the region's name as its hint.
  static func notAnOutcome(_ name: String, _ vocabulary: Vocabulary) -> String {
    let region = vocabulary.region
    if let own = region.outcomeName(replacing: name), vocabulary.outcome(named: own) != nil {
      return "\"\(name)\" is not a call outcome in \(region.displayName) (did you mean"
        + " \"\(own)\"? the vocabulary's region is \"\(region.rawValue)\")"
    }
    return "\"\(name)\" is not a call outcome"
      + outcomeHint(for: name, among: vocabulary.outcomes.map(\.name))
  }

  /// An outcome name as a value (a retry key is read by `outcomeKey`).
  static func outcome(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Outcome?
  {
    guard let name = Parse.string(node, path, diagnostics) else { return nil }
    guard let outcome = diagnostics.vocabulary.outcome(named: name) else {
      diagnostics.invalid(node, at: path, notAnOutcome(name, diagnostics.vocabulary))
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
      guard let outcome = diagnostics.vocabulary.outcome(named: name) else {
        diagnostics.report(
          .unknownKey, at: path.key(name), location, notAnOutcome(name, diagnostics.vocabulary))
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
      let name = diagnostics.vocabulary.name(of: entry.outcome)
      diagnostics.report(
        .invalidValue, at: path.key(name), entry.location, "\"\(name)\" " + reason)
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
    let vocabulary = diagnostics.vocabulary
    let keys =
      vocabulary.outcomes.filter { !$0.behaviour.isOutboundOnly }.map(\.name)
      + [RedialKeys.abandoned]
    var redials = Redials.none
    var failed = false
    for member in members {
      let rulePath = path.key(member.key)
      if member.key == RedialKeys.abandoned {
        redials.afterAbandon = redialRule(member.value, rulePath, diagnostics)
        failed = failed || redials.afterAbandon == nil
        continue
      }
      let named = vocabulary.outcome(named: member.key)
      guard let outcome = named, !vocabulary.behaviour(of: outcome).isOutboundOnly else {
        let message =
          named != nil
          ? "\"\(member.key)\" ends only a call the agent dialled; callers redial after"
            + " inbound calls"
          : "unknown key \"\(member.key)\": neither a call outcome nor \"abandoned\""
            + outcomeHint(for: member.key, among: keys)
        diagnostics.report(
          named != nil ? .invalidValue : .unknownKey, at: rulePath, member.keyLocation, message)
        failed = true
        continue
      }
      let rule = redialRule(member.value, rulePath, diagnostics)
      redials.setRule(rule, after: outcome)
      failed = failed || rule == nil
    }
    return failed ? nil : redials
  }

  /// `{"probability": P, "delay": D, "sameCaller": B}`.
  static func redialRule(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Redials.Rule?
  {
    typealias Keys = RedialRuleKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let probability = reader.read(Keys.probability)
    let delay = reader.read(Keys.delay)
    let sameCaller = reader.read(Keys.sameCaller)
    guard let probability, let delay, let sameCaller else { return nil }
    return Redials.Rule(probability: probability, delay: delay, sameCaller: sameCaller)
  }
}
