import SimKernel

extension Parse {
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
            + DistributionKeys.kinds.map(\.name).joined(separator: ", "))
        return nil
      }
      let inner = path.key(member.key)
      guard let format = DistributionKeys.kinds.first(where: { $0.name == member.key }) else {
        diagnostics.report(
          .unknownKey, at: inner, member.keyLocation,
          "unknown distribution \"\(member.key)\""
            + ObjectReader.hint(for: member.key, among: DistributionKeys.kinds.map(\.name)))
        return nil
      }
      guard let reader = ObjectReader(member.value, at: inner, diagnostics, format: format)
      else { return nil }
      return distribution(member.key, reader, at: inner, diagnostics)
    default:
      diagnostics.wrongType(node, at: path, expected: "a duration or a distribution object")
      return nil
    }
  }

  /// The distribution `kind` with the parameters `reader` holds.
  private static func distribution(
    _ kind: String, _ reader: ObjectReader, at inner: JSONPath, _ diagnostics: Diagnostics
  ) -> Distribution? {
    typealias Keys = DistributionKeys
    switch kind {
    case "exponential":
      return reader.read(Keys.mean).map { .exponential(mean: $0) }
    case "uniform":
      guard let low = reader.read(Keys.low), let high = reader.read(Keys.high) else { return nil }
      guard low <= high else {
        let text = { (seconds: Double) in DurationText.describe(.seconds(seconds)) }
        diagnostics.invalid(
          reader.node, at: inner, "min \(text(low)) is greater than max \(text(high))")
        return nil
      }
      return .uniform(min: low, max: high)
    case "lognormal", "gamma":
      guard let mean = reader.read(Keys.mean), let sd = reader.read(Keys.sd) else { return nil }
      // Past this a gamma's shape is so small that nearly every draw rounds to 0 µs.
      if kind == "gamma" && sd > 100 * mean, let node = reader.member("sd") {
        diagnostics.invalid(
          node, at: inner.key("sd"),
          "sd \(DurationText.describe(.seconds(sd))) is more than 100 times the mean"
            + " \(DurationText.describe(.seconds(mean))): nearly every draw would be 0")
        return nil
      }
      return kind == "gamma" ? .gamma(mean: mean, sd: sd) : .lognormal(mean: mean, sd: sd)
    case "erlang":
      guard let mean = reader.read(Keys.mean), let k = reader.read(Keys.stages) else {
        return nil
      }
      return .erlang(mean: mean, k: k)
    case "triangular":
      guard let low = reader.read(Keys.low), let mode = reader.read(Keys.mode),
        let high = reader.read(Keys.high)
      else { return nil }
      guard low <= mode, mode <= high, low < high else {
        diagnostics.invalid(reader.node, at: inner, "needs min ≤ mode ≤ max and min < max")
        return nil
      }
      return .triangular(min: low, mode: mode, max: high)
    default:
      guard let values = reader.read(Keys.values), let weights = reader.read(Keys.weights)
      else { return nil }
      guard values.count == weights.count else {
        diagnostics.invalid(
          reader.node, at: inner,
          "values has \(values.count) entries but weights has \(weights.count)")
        return nil
      }
      guard weights.reduce(0, +) > 0 else {
        diagnostics.invalid(reader.node, at: inner.key("weights"), "weights must not all be zero")
        return nil
      }
      return .empirical(values: values, weights: weights)
    }
  }

  static func positiveSeconds(
    _ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics
  ) -> Double? {
    guard let value = seconds(node, path, diagnostics) else { return nil }
    guard value > 0 else {
      diagnostics.invalid(node, at: path, "must be greater than zero")
      return nil
    }
    return value
  }
}
