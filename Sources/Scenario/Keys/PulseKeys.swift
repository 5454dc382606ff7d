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

  /// The thresholds of a scenario without `pulse`: every declared default.
  static var standard: PulseThresholds { thresholds.defaultValue ?? .standard }
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
    "notReadyThresholds", .duration,
    figure: "an agent's time NotReady for a reason without thresholds of its own",
    amber: #""20m""#, red: #""45m""#, describe: DurationText.describe
  ).field("notReady")
  /// The Child Maintenance Group's reason codes with thresholds of their own. The procedures
  /// give no lengths but ACW's ten minutes (after which the work is Customer Related Clerical
  /// Work); these follow the example day's breaks (15 minutes), lunches (30 minutes, up to an
  /// hour) and coaching (30 minutes), with a training session of up to three hours.
  static let notReadyReasons = Field(
    "notReadyReasons", .notReadyReasonThresholds,
    .defaulted(
      #"{"Break": {"amber": "15m", "red": "20m"}, "#
        + #""Coaching": {"amber": "45m", "red": "1h"}, "#
        + #""Communications": {"amber": "20m", "red": "30m"}, "#
        + #""Customer Related Clerical Work": {"amber": "20m", "red": "30m"}, "#
        + #""Emotional Break": {"amber": "10m", "red": "15m"}, "#
        + #""Lunch": {"amber": "1h", "red": "1h5m"}, "#
        + #""Non Customer Related Work": {"amber": "20m", "red": "30m"}, "#
        + #""Outbound Call Preparation": {"amber": "10m", "red": "15m"}, "#
        + #""Team Leader": "never", "#
        + #""Training": {"amber": "3h", "red": "4h"}}"#),
    "when the cell of an agent's time NotReady for each reason code named turns amber or red"
      + " (`\"never\"`: never coloured); a reason given here replaces its default, the others"
      + " keep theirs. A reason with neither has `notReady`'s thresholds, except the one whose"
      + " behaviour is `teamLeader`, which is never coloured")

  static let format = ObjectFormat(
    "pulseThresholds",
    summary:
      "When a cell turns amber or red. Every key is optional, a missing value is the standard"
      + " one, and red must be at least as severe as amber.",
    fields: [serviceLevel, longestWait, abandonRate, afterCallWork, notReady, notReadyReasons])
}

/// The keys of one reason code's thresholds in `pulse.thresholds.notReadyReasons`.
enum NotReadyReasonThresholdKeys {
  static let amber = Field(
    "amber", .pulseTimeLimit, .optional("the reason's default, else `notReady`'s"),
    "the cell is amber when an agent's time NotReady for the reason is above this")
  static let red = Field(
    "red", .pulseTimeLimit, .optional("the reason's default, else `notReady`'s"),
    "the cell is red when an agent's time NotReady for the reason is above this; at least"
      + " amber, red being the more severe colour")

  static let format = ObjectFormat(
    "notReadyReasonThresholds", typeName: "object or `\"never\"`",
    summary:
      "When the cell of an agent's time NotReady for one reason code turns amber or red; either"
      + " may be `\"never\"`.",
    fields: [amber, red])
}

/// A reason code's thresholds as a scenario gives them: either colour may be left out (the
/// reason's default, else `notReady`'s, stands in once all are read).
struct ReasonThresholdEntry: Sendable {
  var name: String
  var amber: PulseTimeLimit?
  var red: PulseTimeLimit?
  /// Where the reason's key is, for a message about its thresholds.
  var path: JSONPath
  var location: SourceLocation
}

extension ValueKind where Value == PulseTimeLimit {
  /// A duration, or `"never"`.
  static var pulseTimeLimit: ValueKind {
    let duration = ValueKind<SimDuration>.duration
    return ValueKind(
      schema: .object([
        ("oneOf", .array([duration.schema, .object([("const", .string("never"))])]))
      ]),
      typeName: "duration or `\"never\"`", definitions: duration.definitions,
      parse: { node, path, diagnostics in
        if case .string("never") = node.value { return .never }
        return Parse.duration(node, path, diagnostics).map(PulseTimeLimit.after)
      })
  }
}

extension ValueKind where Value == [ReasonThresholdEntry] {
  /// `{REASON: {"amber": …, "red": …} or "never", …}`, keyed by the vocabulary's reason codes
  /// (`ScenarioDecoder.reasonThresholds`).
  static var notReadyReasonThresholds: ValueKind {
    let thresholds = ValueKind<ReasonThresholdEntry>.object(NotReadyReasonThresholdKeys.format)
    // Which reason codes there are is the vocabulary's: the schema holds the keys to the
    // CMG's only where the scenario speaks them (`ChildMaintenanceNames`).
    return ValueKind(
      schema: .object([
        ("type", .string("object")),
        ("propertyNames", .reference("notReadyReason")),
        (
          "additionalProperties",
          .object([
            ("oneOf", .array([.object([("const", .string("never"))]), thresholds.schema]))
          ])
        ),
      ]),
      typeName: "object: reason code → thresholds or `\"never\"`",
      definitions: ValueKind<NotReadyReason>.notReadyReason.definitions
        + thresholds.definitions,
      objects: thresholds.objects, parse: ScenarioDecoder.reasonThresholds)
  }
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
