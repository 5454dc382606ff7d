import SimKernel

extension Parse {
  /// The distribution names of the format, in documentation order.
  static let distributionKinds = [
    "exponential", "uniform", "lognormal", "gamma", "erlang", "triangular", "empirical",
  ]

  /// A distribution: a duration (fixed) or an object with exactly one distribution key.
  static func distribution(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Distribution?
  {
    switch node.value {
    case .number, .string:
      return seconds(node, path, diagnostics).map { Distribution.fixed($0) }
    case .object(let members):
      guard members.count == 1, let member = members.first else {
        diagnostics.invalid(
          node, at: path,
          "a distribution object has exactly one key, one of: "
            + distributionKinds.joined(separator: ", "))
        return nil
      }
      let inner = path.key(member.key)
      guard let reader = ObjectReader(member.value, at: inner, diagnostics) else { return nil }
      switch member.key {
      case "exponential":
        reader.rejectUnknownKeys(allowed: ["mean"])
        guard let mean = reader.required("mean", positiveSeconds) else { return nil }
        return .exponential(mean: mean)
      case "uniform":
        reader.rejectUnknownKeys(allowed: ["min", "max"])
        guard let low = reader.required("min", seconds), let high = reader.required("max", seconds)
        else { return nil }
        guard low <= high else {
          let text = { (seconds: Double) in DurationText.describe(.seconds(seconds)) }
          diagnostics.invalid(
            member.value, at: inner, "min \(text(low)) is greater than max \(text(high))")
          return nil
        }
        return .uniform(min: low, max: high)
      case "lognormal", "gamma":
        reader.rejectUnknownKeys(allowed: ["mean", "sd"])
        guard let mean = reader.required("mean", positiveSeconds),
          let sd = reader.required("sd", positiveSeconds)
        else { return nil }
        // Past this a gamma's shape is so small that nearly every draw rounds to 0 µs.
        if member.key == "gamma" && sd > 100 * mean, let node = reader.member("sd") {
          diagnostics.invalid(
            node, at: path.key("gamma").key("sd"),
            "sd \(DurationText.describe(.seconds(sd))) is more than 100 times the mean"
              + " \(DurationText.describe(.seconds(mean))): nearly every draw would be 0")
          return nil
        }
        return member.key == "gamma" ? .gamma(mean: mean, sd: sd) : .lognormal(mean: mean, sd: sd)
      case "erlang":
        reader.rejectUnknownKeys(allowed: ["mean", "k"])
        guard let mean = reader.required("mean", positiveSeconds),
          let k = reader.required("k", integer(in: 1...1000))
        else { return nil }
        return .erlang(mean: mean, k: k)
      case "triangular":
        reader.rejectUnknownKeys(allowed: ["min", "mode", "max"])
        guard let low = reader.required("min", seconds),
          let mode = reader.required("mode", seconds),
          let high = reader.required("max", seconds)
        else { return nil }
        guard low <= mode, mode <= high, low < high else {
          diagnostics.invalid(
            member.value, at: inner, "needs min ≤ mode ≤ max and min < max")
          return nil
        }
        return .triangular(min: low, mode: mode, max: high)
      case "empirical":
        return empirical(reader, at: inner, diagnostics)
      default:
        diagnostics.report(
          .unknownKey, at: inner, member.keyLocation,
          "unknown distribution \"\(member.key)\""
            + ObjectReader.hint(for: member.key, among: distributionKinds))
        return nil
      }
    default:
      diagnostics.wrongType(node, at: path, expected: "a duration or a distribution object")
      return nil
    }
  }

  private static func positiveSeconds(
    _ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics
  ) -> Double? {
    guard let value = seconds(node, path, diagnostics) else { return nil }
    guard value > 0 else {
      diagnostics.invalid(node, at: path, "must be greater than zero")
      return nil
    }
    return value
  }

  private static func empirical(
    _ reader: ObjectReader, at path: JSONPath, _ diagnostics: Diagnostics
  ) -> Distribution? {
    reader.rejectUnknownKeys(allowed: ["values", "weights"])
    guard let values = reader.required("values", array(nonEmpty: true, seconds)),
      let weights = reader.required("weights", array(nonEmpty: true, nonNegative))
    else { return nil }
    guard values.count == weights.count else {
      diagnostics.invalid(
        reader.node, at: path,
        "values has \(values.count) entries but weights has \(weights.count)")
      return nil
    }
    guard weights.reduce(0, +) > 0 else {
      diagnostics.invalid(reader.node, at: path.key("weights"), "weights must not all be zero")
      return nil
    }
    return .empirical(values: values, weights: weights)
  }
}
