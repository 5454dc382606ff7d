import ContactCentre
import SimKernel

/// The keys of a routing plan's `goal`: the queue's own service level and abandon limit.
enum QueueGoalKeys {
  static let threshold = Field(
    "threshold", .duration, .optional("the centre's `serviceLevel.threshold`"),
    "the queue's service-level threshold: its calls answered after waiting this long or less"
      + " are answered within the service level, in every report and total")
  static let target = Field(
    "target", .probability, .optional("the centre's `serviceLevel.target`"),
    "the queue's service-level target: what `ccsim staff` and `ccsim schedule` hold it to, shown"
      + " beside its service level")
  static let maxAbandon = Field(
    "maxAbandon", .probability, .optional("the staffing command's `--max-abandon`"),
    "the most of the queue's callers who may abandon, for `ccsim staff` and `ccsim schedule`")

  static let format = ObjectFormat(
    "queueGoal",
    summary:
      "A queue's own goal where it differs from the centre's: its service level (threshold and"
      + " target) and abandon limit.",
    fields: [threshold, target, maxAbandon])
}

extension ScenarioDecoder {
  /// `"goal": {"threshold", "target", "maxAbandon"}`: every key optional, at least one given.
  static func queueGoal(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> QueueGoal?
  {
    typealias Keys = QueueGoalKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let problems = diagnostics.errors.count
    let goal = QueueGoal(
      threshold: reader.read(Keys.threshold), target: reader.read(Keys.target),
      maxAbandon: reader.read(Keys.maxAbandon))
    guard diagnostics.errors.count == problems else { return nil }
    guard goal != QueueGoal() else {
      diagnostics.invalid(
        node, at: path, "gives none of \"threshold\", \"target\", \"maxAbandon\"")
      return nil
    }
    return goal
  }
}
