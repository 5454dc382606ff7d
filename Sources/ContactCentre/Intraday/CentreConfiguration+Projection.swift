import SimKernel

extension CentreConfiguration {
  /// The scenario as the rest of its day from `time` (`CentreRun.run(from:)`): it ends at the
  /// end of that day (or the scenario's end, if sooner) and counts from `time`; with
  /// `arrivalFactor`, every line's arrivals from `time` are scaled by it and the day's
  /// busyness draw is dropped (the factor, a run-rate estimate of this day's busyness,
  /// replaces it); with `handleTimeFactor`, every call type's talk and ACW are stretched by it.
  public func projected(
    from time: SimInstant, arrivalFactor: Double? = nil, handleTimeFactor: Double? = nil
  ) -> CentreConfiguration {
    var projected = self
    let day = SimDuration.hours(24).microseconds
    let dayEnd = (time.microseconds / day + 1) * day
    projected.duration = SimDuration(microseconds: min(duration.microseconds, dayEnd))
    projected.warmup = time.sinceStart
    if let arrivalFactor {
      for line in projected.lines.indices {
        projected.lines[line].arrivals = lines[line].arrivals.scaled(
          by: arrivalFactor, from: time)
      }
    }
    if let handleTimeFactor {
      for type in projected.callTypes.indices {
        projected.callTypes[type].talk = callTypes[type].talk.scaled(by: handleTimeFactor)
        projected.callTypes[type].acw = callTypes[type].acw.scaled(by: handleTimeFactor)
      }
    }
    return projected
  }
}

extension ArrivalProfile {
  /// The rates from the period holding `time` on multiplied by `factor`, without the day's
  /// busyness (own or shared); a recorded day is replayed as it was.
  func scaled(by factor: Double, from time: SimInstant) -> ArrivalProfile {
    guard recorded == nil else { return self }
    var scaled = self
    scaled.overdispersion = 0
    scaled.sharedBusyness = nil
    let first = isConstant ? 0 : Int(time.microseconds / period.microseconds)
    for index in scaled.ratePerSecond.indices where index >= first {
      scaled.ratePerSecond[index] *= factor
    }
    return scaled
  }
}
