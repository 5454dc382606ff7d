import ContactCentre
import SimKernel

/// The distributions of the format (docs/scenario-format.md, section 5): a fixed duration, or
/// an object with exactly one key naming the distribution, whose value holds its parameters.
enum DistributionKeys {
  static let mean = Field("mean", .positiveSeconds, .required, "the mean, longer than zero")
  static let sd = Field(
    "sd", .positiveSeconds, .required, "the standard deviation, longer than zero")
  static let low = Field("min", .durationSeconds, .required, "the smallest value")
  static let high = Field("max", .durationSeconds, .required, "the largest value")
  static let mode = Field(
    "mode", .durationSeconds, .required, "the most likely value, from min to max")
  static let stages = Field(
    "k", .integer(in: 1...1000), .required, "the number of exponential stages")
  static let values = Field(
    "values", .array(of: .durationSeconds, nonEmpty: true), .required,
    "the values drawn, as many as weights")
  static let weights = Field(
    "weights", .array(of: .nonNegative, nonEmpty: true), .required,
    "the weight of each value: numbers ≥ 0, not all zero, not necessarily summing to 1")

  /// Each distribution: its key, what a draw is, and its parameters.
  static let kinds: [ObjectFormat] = [
    ObjectFormat("exponential", summary: "exponential with this mean", fields: [mean]),
    ObjectFormat(
      "uniform", summary: "any value from min to max, all equally likely; min ≤ max",
      fields: [low, high]),
    ObjectFormat(
      "lognormal", summary: "lognormal whose own mean and standard deviation are these",
      fields: [mean, sd]),
    ObjectFormat(
      "gamma",
      summary:
        "gamma with this mean and standard deviation; sd at most 100 times the mean",
      fields: [mean, sd]),
    ObjectFormat(
      "erlang", summary: "the sum of k exponential stages, each of mean mean/k",
      fields: [mean, stages]),
    ObjectFormat(
      "triangular", summary: "most likely near mode, never outside min to max",
      fields: [low, mode, high]),
    ObjectFormat(
      "empirical",
      summary: "one of the listed values, chosen with probability weight / sum of weights",
      fields: [values, weights]),
  ]

  /// The schema of a distribution: a fixed duration, or one of `kinds`.
  static var schema: JSONNode {
    .object([
      (
        "description",
        .string(
          "How a time is drawn for each caller or agent: a fixed duration, or an object with"
            + " exactly one of the \(kinds.count) distribution kinds.")
      ),
      (
        "oneOf",
        .array(
          [
            .object([
              ("description", .string("Fixed: every draw is exactly this duration.")),
              ("$ref", .string("#/$defs/duration")),
            ])
          ]
            + kinds.map { kind in
              .object([
                ("description", .string("{\"\(kind.name)\": {...}}: \(kind.summary).")),
                ("type", .string("object")),
                ("properties", .object([(kind.name, kind.schema)])),
                ("required", .array([.string(kind.name)])),
                ("additionalProperties", .boolean(false)),
              ])
            })
      ),
    ])
  }
}

extension ValueKind where Value == Distribution {
  /// How a time is drawn: `Parse.distribution`.
  static var distribution: ValueKind {
    .defined(
      "distribution", DistributionKeys.schema, typeName: "distribution",
      nested: ValueKind<SimDuration>.duration.definitions
        + ValueKind<SimDuration>
        .positiveDuration.definitions,
      parse: Parse.distribution)
  }
}

extension ValueKind where Value == Double {
  /// A duration in seconds, ≥ 0.
  static var durationSeconds: ValueKind {
    ValueKind(
      schema: .reference("duration"), typeName: "duration",
      definitions: ValueKind<SimDuration>.duration.definitions, parse: Parse.seconds)
  }

  /// A duration in seconds, greater than zero.
  static var positiveSeconds: ValueKind {
    ValueKind(
      schema: .reference("positiveDuration"), typeName: "duration > 0",
      definitions: ValueKind<SimDuration>.positiveDuration.definitions,
      parse: Parse.positiveSeconds)
  }
}
