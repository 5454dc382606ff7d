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
  /// `{"amber": X, "red": Y}`; every key left out has its declared default.
  static func pulseThresholds(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> PulseThresholds?
  {
    typealias Keys = PulseThresholdKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format),
      let serviceLevel = reader.read(Keys.serviceLevel),
      let longestWait = reader.read(Keys.longestWait),
      let abandonRate = reader.read(Keys.abandonRate),
      let afterCallWork = reader.read(Keys.afterCallWork),
      let notReady = reader.read(Keys.notReady)
    else { return nil }
    return PulseThresholds(
      serviceLevelAmber: serviceLevel.amber, serviceLevelRed: serviceLevel.red,
      longestWaitAmber: longestWait.amber, longestWaitRed: longestWait.red,
      abandonRateAmber: abandonRate.amber, abandonRateRed: abandonRate.red,
      afterCallWorkAmber: afterCallWork.amber, afterCallWorkRed: afterCallWork.red,
      notReadyAmber: notReady.amber, notReadyRed: notReady.red)
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
