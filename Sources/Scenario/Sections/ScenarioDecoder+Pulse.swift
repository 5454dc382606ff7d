import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `"pulse": {"thresholds": {…}}`: when CC Pulse views colour a cell amber or red.
  static func pulse(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> PulseThresholds?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: ["thresholds"])
    guard reader.has("thresholds") else { return .standard }
    return reader.optional("thresholds", pulseThresholds)
  }

  /// `{"serviceLevel", "longestWait", "abandonRate", "afterCallWork", "notReady"}`, each
  /// `{"amber": X, "red": Y}` with either key optional (the other from the standard
  /// thresholds) and red at least as severe as amber.
  static func pulseThresholds(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> PulseThresholds?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
    reader.rejectUnknownKeys(allowed: [
      "serviceLevel", "longestWait", "abandonRate", "afterCallWork", "notReady",
    ])
    let standard = PulseThresholds.standard
    // Service level is worse when lower; every other figure is worse when higher.
    let serviceLevel = reader.optional(
      "serviceLevel",
      thresholdPair(
        Parse.probability, standard: (standard.serviceLevelAmber, standard.serviceLevelRed),
        worseWhenLower: true, describe: describeShare))
    let longestWait = reader.optional(
      "longestWait",
      thresholdPair(
        Parse.duration, standard: (standard.longestWaitAmber, standard.longestWaitRed),
        describe: DurationText.describe))
    let abandonRate = reader.optional(
      "abandonRate",
      thresholdPair(
        Parse.probability, standard: (standard.abandonRateAmber, standard.abandonRateRed),
        describe: describeShare))
    let afterCallWork = reader.optional(
      "afterCallWork",
      thresholdPair(
        Parse.duration, standard: (standard.afterCallWorkAmber, standard.afterCallWorkRed),
        describe: DurationText.describe))
    let notReady = reader.optional(
      "notReady",
      thresholdPair(
        Parse.duration, standard: (standard.notReadyAmber, standard.notReadyRed),
        describe: DurationText.describe))
    let read = [
      ("serviceLevel", serviceLevel != nil), ("longestWait", longestWait != nil),
      ("abandonRate", abandonRate != nil), ("afterCallWork", afterCallWork != nil),
      ("notReady", notReady != nil),
    ]
    guard !read.contains(where: { key, isRead in !isRead && reader.has(key) }) else { return nil }
    var thresholds = standard
    if let serviceLevel {
      (thresholds.serviceLevelAmber, thresholds.serviceLevelRed) = serviceLevel
    }
    if let longestWait { (thresholds.longestWaitAmber, thresholds.longestWaitRed) = longestWait }
    if let abandonRate { (thresholds.abandonRateAmber, thresholds.abandonRateRed) = abandonRate }
    if let afterCallWork {
      (thresholds.afterCallWorkAmber, thresholds.afterCallWorkRed) = afterCallWork
    }
    if let notReady { (thresholds.notReadyAmber, thresholds.notReadyRed) = notReady }
    return thresholds
  }

  /// `{"amber": X, "red": Y}`: either may be left out (the standard value stands in), and red
  /// must be at least as severe as amber — no higher when lower is worse, no lower otherwise.
  private static func thresholdPair<T: Comparable>(
    _ parse: @escaping Parse.Parser<T>, standard: (amber: T, red: T),
    worseWhenLower: Bool = false, describe: @escaping (T) -> String
  ) -> Parse.Parser<(amber: T, red: T)> {
    { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics) else { return nil }
      reader.rejectUnknownKeys(allowed: ["amber", "red"])
      let amber = reader.optional("amber", parse)
      let red = reader.optional("red", parse)
      guard amber != nil || !reader.has("amber"), red != nil || !reader.has("red") else {
        return nil
      }
      let pair = (amber: amber ?? standard.amber, red: red ?? standard.red)
      let milder = worseWhenLower ? pair.red > pair.amber : pair.red < pair.amber
      guard !milder else {
        let key = red != nil || amber == nil ? "red" : "amber"
        let redText = describe(pair.red) + (red == nil ? ", the default" : "")
        let amberText = describe(pair.amber) + (amber == nil ? ", the default" : "")
        let relation = worseWhenLower ? "above" : "below"
        diagnostics.invalid(
          reader.member(key) ?? node, at: path.key(key),
          "red (\(redText)) must not be \(relation) amber (\(amberText)): red is the more"
            + " severe colour")
        return nil
      }
      return pair
    }
  }

  /// A share as the file would write it: "0.8".
  private static func describeShare(_ share: Double) -> String {
    var text = String(share)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }
}
