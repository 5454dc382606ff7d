import SimKernel

/// The rest of a day from a snapshot (`ccsim run --from`): the snapshot, and whether the
/// arrivals and handle times are re-forecast at the day's run rate so far (`RunRate`). Each
/// replication draws its own factors from their posteriors (the uncertainty of the run rate
/// is carried into the spread of the replications), from streams of its own: two variants run
/// from one snapshot with common random numbers draw the same factors.
public struct Projection: Sendable {
  public var now: CentreNow
  public var arrivals: RunRate.Arrivals?
  public var handleTime: RunRate.HandleTime?

  public init(
    now: CentreNow, arrivals: RunRate.Arrivals? = nil, handleTime: RunRate.HandleTime? = nil
  ) {
    self.now = now
    self.arrivals = arrivals
    self.handleTime = handleTime
  }

  /// The scenario as replication `replication` runs the rest of the day
  /// (`CentreConfiguration.projected(from:)`), with its own draws of the factors.
  public func configuration(_ base: CentreConfiguration, replication: Int)
    -> CentreConfiguration
  {
    let streams = RandomStreams(seed: base.seed, replication: replication)
    var arrivalRandom = streams.stream("run rate/arrivals")
    var handleRandom = streams.stream("run rate/handle time")
    return base.projected(
      from: now.time, arrivalFactor: arrivals?.draw(using: &arrivalRandom),
      handleTimeFactor: handleTime?.draw(using: &handleRandom))
  }
}
