import ContactCentre

extension CentreConfiguration {
  /// The configuration with every line's arrival rate multiplied by `factor` (forecasts, profiles
  /// and constant rates alike; redials and outbound work follow from the calls).
  func scalingDemand(by factor: Double) -> CentreConfiguration {
    guard factor != 1 else { return self }
    var configuration = self
    for index in configuration.lines.indices {
      configuration.lines[index].arrivals.ratePerSecond =
        configuration.lines[index].arrivals.ratePerSecond.map {
          Self.arrivalRate($0, scaledBy: factor)
        }
    }
    return configuration
  }

  /// A rate of arrivals as `scalingDemand(by: factor)` makes it.
  static func arrivalRate(_ rate: Double, scaledBy factor: Double) -> Double {
    factor == 1 ? rate : rate * factor
  }
}
