import SimKernel

/// The shortest a timer or an episode of the format may be, and why a real centre never goes
/// below it. Past these a scenario would not describe a centre but a runaway: a rule firing
/// millions of times a simulated second, or again and again at one instant, so that a run never
/// ends. Each bound is stated beside its key in docs/scenario-format.md and, as a `minimum`, in
/// the JSON Schema, both made from the declarations that use these bounds.
struct LeastDuration: Sendable {
  /// The bound.
  let duration: SimDuration
  /// What the key is, in words: "idle logout".
  let name: String
  /// Why nothing shorter is a centre, and what would happen below it.
  let reason: String

  /// `rules.ronaTimeout`.
  static let ronaTimeout = LeastDuration(
    duration: .seconds(1), name: "RONA timeout",
    reason: "a phone rings a second at least before a call can ring out; shorter, a missed call"
      + " would ring out and be offered again ever faster")
  /// `rules.acwLimit`.
  static let acwLimit = LeastDuration(
    duration: .seconds(1), name: "ACW limit",
    reason: "a limit under a second would cut every wrap-up as it starts")
  /// `rules.idleLogout`.
  static let idleLogout = LeastDuration(
    duration: .minutes(1), name: "idle logout",
    reason: "agents are logged out after minutes idle, not between two calls; shorter, every"
      + " Ready agent would be logged out and back in again and again")
  /// A shrinkage rule's `meanLength`.
  static let shrinkageLength = LeastDuration(
    duration: .minutes(1), name: "mean length of an unscheduled NotReady episode",
    reason: "an episode of unscheduled NotReady lasts minutes; shorter episodes would come so"
      + " often that a run could not end")
  /// The mean of a redial's `delay`.
  static let redialDelay = LeastDuration(
    duration: .seconds(1), name: "mean delay before a redial",
    reason: "a caller takes a second or more to ring again; at once, callers who ring again"
      + " with a probability near 1 would ring for ever at the same moment")
  /// A retry's `after`.
  static let retryAfter = LeastDuration(
    duration: .seconds(1), name: "time before a retry",
    reason: "a number is dialled again a second or more after the attempt ended")
  /// A warm transfer's `hold`.
  static let hold = LeastDuration(
    duration: .seconds(1), name: "hold",
    reason: "a caller held for less than a second is not held")

  /// A direct-dial line's `ringTime`.
  static let ringTime = LeastDuration(
    duration: .seconds(1), name: "direct-dial ring time",
    reason: "a phone rings a second at least before a call can go on unanswered")

  /// The bound in seconds, as the schema writes it.
  var seconds: Int { Int(duration.microseconds / SimDuration.ticksPerSecond) }

  /// The message for `value`, which is shorter than the bound.
  func message(for value: SimDuration, mean: Bool = false) -> String {
    let given = DurationText.describe(value)
    let least = DurationText.describe(duration)
    return (mean ? "the mean, \(given), is" : "\(given) is")
      + " shorter than \(least), the least \(name) the format allows: \(reason)"
  }
}

extension Parse {
  /// A duration of `least` or more.
  static func duration(atLeast least: LeastDuration) -> Parser<SimDuration> {
    { node, path, diagnostics in
      guard let value = duration(node, path, diagnostics) else { return nil }
      guard value >= least.duration else {
        diagnostics.invalid(node, at: path, least.message(for: value))
        return nil
      }
      return value
    }
  }

  /// A distribution whose mean is `least` or more.
  static func distribution(meanAtLeast least: LeastDuration) -> Parser<Distribution> {
    { node, path, diagnostics in
      guard let value = distribution(node, path, diagnostics) else { return nil }
      let mean = SimDuration.seconds(value.mean)
      guard mean >= least.duration else {
        diagnostics.invalid(node, at: path, least.message(for: mean, mean: true))
        return nil
      }
      return value
    }
  }
}

extension ValueKind where Value == SimDuration {
  /// A duration of `least` or more: the schema states the bound for a number of seconds
  /// (a string's value is beyond a pattern; its type name and `validate` say it).
  static func duration(atLeast least: LeastDuration) -> ValueKind {
    ValueKind(
      schema: .object([
        ("$ref", .string("#/$defs/duration")),
        (
          "if", .object([("type", .string("number"))])
        ),
        ("then", .object([("minimum", .number(least.seconds))])),
      ]),
      typeName: "duration of \(DurationText.describe(least.duration)) or more",
      definitions: ValueKind.duration.definitions,
      parse: { Parse.duration(atLeast: least)($0, $1, $2) })
  }
}

extension ValueKind where Value == Distribution {
  /// A distribution whose mean is `least` or more (a fixed number of seconds is held to it by
  /// the schema too).
  static func distribution(meanAtLeast least: LeastDuration) -> ValueKind {
    ValueKind(
      schema: .object([
        ("$ref", .string("#/$defs/distribution")),
        ("if", .object([("type", .string("number"))])),
        ("then", .object([("minimum", .number(least.seconds))])),
      ]),
      typeName: "distribution of mean \(DurationText.describe(least.duration)) or more",
      definitions: ValueKind.distribution.definitions,
      parse: { Parse.distribution(meanAtLeast: least)($0, $1, $2) })
  }
}
