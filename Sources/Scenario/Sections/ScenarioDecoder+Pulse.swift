import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `"pulse": {"thresholds": {…}}`: when CC Pulse views colour a cell amber or red.
  static func pulse(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> PulseThresholds?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics, format: PulseKeys.format)
    else { return nil }
    return reader.read(PulseKeys.thresholds)
  }

  /// `{"serviceLevel", "longestWait", "abandonRate", "afterCallWork", "notReady"}`, each
  /// `{"amber": X, "red": Y}`, and `"notReadyReasons"`; every key left out has its declared
  /// default, and the reasons given are laid over the default reasons.
  static func pulseThresholds(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> PulseThresholds?
  {
    typealias Keys = PulseThresholdKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format),
      let serviceLevel = reader.read(Keys.serviceLevel),
      let longestWait = reader.read(Keys.longestWait),
      let abandonRate = reader.read(Keys.abandonRate),
      let afterCallWork = reader.read(Keys.afterCallWork),
      let notReady = reader.read(Keys.notReady),
      let reasons = reasonThresholds(
        reader.read(Keys.notReadyReasons) ?? [],
        any: NotReadyThresholds(amber: .after(notReady.amber), red: .after(notReady.red)),
        diagnostics)
    else { return nil }
    return PulseThresholds(
      serviceLevelAmber: serviceLevel.amber, serviceLevelRed: serviceLevel.red,
      longestWaitAmber: longestWait.amber, longestWaitRed: longestWait.red,
      abandonRateAmber: abandonRate.amber, abandonRateRed: abandonRate.red,
      afterCallWorkAmber: afterCallWork.amber, afterCallWorkRed: afterCallWork.red,
      notReadyAmber: notReady.amber, notReadyRed: notReady.red, notReadyReasons: reasons)
  }

  /// The thresholds of each reason code: the default reasons' (`PulseThresholdKeys
  /// .notReadyReasons`), with `given` laid over them; a colour a given reason leaves out is
  /// its default's, else `any`'s. Red must be at least as severe as amber.
  static func reasonThresholds(
    _ given: [ReasonThresholdEntry], any: NotReadyThresholds, _ diagnostics: Diagnostics
  ) -> [String: NotReadyThresholds]? {
    var standard: [String: NotReadyThresholds] = [:]
    for entry in PulseThresholdKeys.notReadyReasons.defaultValue ?? [] {
      standard[entry.name] = NotReadyThresholds(
        amber: entry.amber ?? any.amber, red: entry.red ?? any.red)
    }
    var table = standard.filter { diagnostics.vocabulary.reason(named: $0.key) != nil }
    var clean = true
    for entry in given {
      let base = standard[entry.name] ?? any
      let thresholds = NotReadyThresholds(
        amber: entry.amber ?? base.amber, red: entry.red ?? base.red)
      if case .after(let amber) = thresholds.amber, case .after(let red) = thresholds.red,
        red < amber
      {
        let key = entry.red != nil || entry.amber == nil ? "red" : "amber"
        let redText = DurationText.describe(red) + (entry.red != nil ? "" : ", the default")
        let amberText =
          DurationText.describe(amber) + (entry.amber != nil ? "" : ", the default")
        diagnostics.report(
          .invalidValue, at: entry.path.key(key), entry.location,
          "red (\(redText)) must not be below amber (\(amberText)): red is the more severe"
            + " colour")
        clean = false
        continue
      }
      table[entry.name] = thresholds
    }
    return clean ? table : nil
  }

  /// `{REASON: {"amber": D, "red": D} or "never", …}`: the vocabulary's reason codes, each
  /// colour a duration or `"never"`, either left out (filled in by `reasonThresholds`).
  static func reasonThresholds(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> [ReasonThresholdEntry]?
  {
    guard case .object(let members) = node.value else {
      diagnostics.wrongType(node, at: path, expected: "an object")
      return nil
    }
    let vocabulary = diagnostics.vocabulary
    var entries: [ReasonThresholdEntry] = []
    for member in members {
      let entryPath = path.key(member.key)
      guard vocabulary.reason(named: member.key) != nil else {
        diagnostics.report(
          .unknownKey, at: entryPath, member.keyLocation,
          "unknown key \"\(VisibleText.prefix(member.key))\": not a NotReady reason code"
            + ObjectReader.hint(for: member.key, among: vocabulary.notReadyReasons.map(\.name)))
        continue
      }
      var entry = ReasonThresholdEntry(
        name: member.key, path: entryPath, location: member.value.location)
      if case .string(let text) = member.value.value {
        guard text == "never" else {
          diagnostics.invalid(
            member.value, at: entryPath,
            "\"\(VisibleText.prefix(text))\" is neither \"never\" nor thresholds"
              + " {\"amber\": …, \"red\": …}")
          continue
        }
        entry.amber = .never
        entry.red = .never
        entries.append(entry)
        continue
      }
      typealias Keys = NotReadyReasonThresholdKeys
      let problems = diagnostics.errors.count
      guard let reader = ObjectReader(member.value, at: entryPath, diagnostics, format: Keys.format)
      else { continue }
      entry.amber = reader.read(Keys.amber)
      entry.red = reader.read(Keys.red)
      if diagnostics.errors.count == problems { entries.append(entry) }
    }
    // The reasons read well are still checked (red against amber) beside the others' errors,
    // which keep the scenario from becoming a configuration.
    return entries
  }

  /// `{"amber": X, "red": Y}`: either may be left out (its default stands in), and red must be
  /// at least as severe as amber — no higher when lower is worse, no lower otherwise.
  static func thresholdPair<T>(_ keys: ThresholdPairKeys<T>)
    -> ValueKind<PulseThresholdKeys.Pair<T>>.Parser
  {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics, format: keys.format)
      else { return nil }
      let problems = diagnostics.errors.count
      // A value that is not a threshold reads as its default: compare none then.
      guard let amber = reader.read(keys.amber), let red = reader.read(keys.red),
        diagnostics.errors.count == problems
      else { return nil }
      let amberGiven = reader.has(keys.amber.key)
      let redGiven = reader.has(keys.red.key)
      let milder = keys.worseWhenLower ? red > amber : red < amber
      guard !milder else {
        let key = redGiven || !amberGiven ? keys.red.key : keys.amber.key
        let redText = keys.describe(red) + (redGiven ? "" : ", the default")
        let amberText = keys.describe(amber) + (amberGiven ? "" : ", the default")
        let relation = keys.worseWhenLower ? "above" : "below"
        diagnostics.invalid(
          reader.member(key) ?? node, at: path.key(key),
          "red (\(redText)) must not be \(relation) amber (\(amberText)): red is the more"
            + " severe colour")
        return nil
      }
      return (amber, red)
    }
  }

  /// A share as the file would write it: "0.8".
  @Sendable static func describeShare(_ share: Double) -> String {
    var text = String(share)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }
}
