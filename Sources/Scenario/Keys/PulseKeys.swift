import ContactCentre
import SimKernel

/// The keys of `pulse` (docs/scenario-format.md, section 16).
enum PulseKeys {
  static let thresholds = Field(
    "thresholds",
    .object(PulseThresholdKeys.format).reading(with: ScenarioDecoder.pulseThresholds),
    .defaulted("{}"), "when a cell turns amber or red")

  static let format = ObjectFormat(
    "pulse", summary: "CC Pulse views (ccsim pulse).", fields: [thresholds])
}

/// The keys of `pulse.thresholds`: one pair of thresholds for each coloured figure.
enum PulseThresholdKeys {
  typealias Pair<Value> = (amber: Value, red: Value)

  static let serviceLevel = ThresholdPairKeys<Double>(
    "serviceLevelThresholds", .probability, figure: "a queue's service level", amber: "0.8",
    red: "0.6", worseWhenLower: true, describe: ScenarioDecoder.describeShare
  ).field("serviceLevel")
  static let longestWait = ThresholdPairKeys<SimDuration>(
    "longestWaitThresholds", .duration,
    figure: "a queue's longest current wait (the caller waiting longest now)",
    amber: #""30s""#, red: #""60s""#, describe: DurationText.describe
  ).field("longestWait")
  static let abandonRate = ThresholdPairKeys<Double>(
    "abandonRateThresholds", .probability, figure: "a queue's abandon rate", amber: "0.05",
    red: "0.1", describe: ScenarioDecoder.describeShare
  ).field("abandonRate")
  static let afterCallWork = ThresholdPairKeys<SimDuration>(
    "afterCallWorkThresholds", .duration, figure: "an agent's time in After Call Work",
    amber: #""8m""#, red: #""10m""#, describe: DurationText.describe
  ).field("afterCallWork")
  static let notReady = ThresholdPairKeys<SimDuration>(
    "notReadyThresholds", .duration, figure: "an agent's time NotReady (any reason)",
    amber: #""20m""#, red: #""45m""#, describe: DurationText.describe
  ).field("notReady")

  static let format = ObjectFormat(
    "pulseThresholds",
    summary:
      "When a cell turns amber or red. Every key is optional, a missing value is the standard"
      + " one, and red must be at least as severe as amber.",
    fields: [serviceLevel, longestWait, abandonRate, afterCallWork, notReady])
}

/// The keys of one figure's thresholds, `{"amber": X, "red": Y}`: each may be left out (its
/// default stands in), and red must be at least as severe as amber.
struct ThresholdPairKeys<Value: Comparable & Sendable>: Sendable {
  let amber: Field<Value>
  let red: Field<Value>
  let format: ObjectFormat
  /// What the thresholds apply to, e.g. "a queue's service level".
  let figure: String
  /// Whether a lower value is worse (a service level) rather than a higher one.
  let worseWhenLower: Bool
  /// A value as a message writes it.
  let describe: @Sendable (Value) -> String

  /// The thresholds of `figure`, whose values are of `kind`, with the default `amber` and
  /// `red` written as JSON.
  init(
    _ name: String, _ kind: ValueKind<Value>, figure: String, amber: String, red: String,
    worseWhenLower: Bool = false, describe: @escaping @Sendable (Value) -> String
  ) {
    let past = worseWhenLower ? "below" : "above"
    self.amber = Field(
      "amber", kind, .defaulted(amber), "the cell is amber when \(figure) is \(past) this")
    self.red = Field(
      "red", kind, .defaulted(red),
      "the cell is red when \(figure) is \(past) this; \(worseWhenLower ? "at most" : "at least")"
        + " amber, red being the more severe colour")
    format = ObjectFormat(
      name, summary: "When a cell of \(figure) turns amber or red.",
      fields: [self.amber, self.red])
    self.figure = figure
    self.worseWhenLower = worseWhenLower
    self.describe = describe
  }

  /// The key `key` of `pulse.thresholds` holding these thresholds; left out, both are their
  /// defaults.
  func field(_ key: String) -> Field<PulseThresholdKeys.Pair<Value>> {
    guard case .defaulted(let amberText) = amber.presence,
      case .defaulted(let redText) = red.presence
    else { preconditionFailure("thresholds have defaults") }
    return Field(
      key, .object(format).reading(with: ScenarioDecoder.thresholdPair(self)),
      .defaulted(#"{"amber": \#(amberText), "red": \#(redText)}"#),
      "when the cell of \(figure) turns amber or red")
  }
}
