/// A share (of calls that rang out unanswered, of callers who retried, …) with Wilson's interval.
public enum ProportionFit {
  /// successes / trials, with the binomial standard error √(p(1 − p)/n) and Wilson's score
  /// interval, which stays inside [0, 1] and keeps its coverage near 0 and 1 where the normal
  /// interval does not.
  ///
  /// - Throws: `FittingError` when `trials` is not positive or `successes` is outside 0...trials.
  public static func share(successes: Int, trials: Int) throws -> ParameterEstimate {
    guard trials > 0 else {
      throw FittingError.tooFewValues(what: "trials", needed: 1, found: trials)
    }
    guard (0...trials).contains(successes) else {
      throw FittingError.invalidValue(what: "successes", index: 0, value: Double(successes))
    }
    let n = Double(trials)
    let p = Double(successes) / n
    let z = ParameterEstimate.z95
    let z2 = z * z
    let denominator = 1 + z2 / n
    let center = (p + z2 / (2 * n)) / denominator
    let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
    return ParameterEstimate(
      value: p, standardError: (p * (1 - p) / n).squareRoot(), lower95: max(0, center - half),
      upper95: min(1, center + half), count: trials)
  }
}
