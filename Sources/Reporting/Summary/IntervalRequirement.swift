import ContactCentre
import Planning
import SimKernel

/// The agents Erlang says an interval's simulated load needs to meet the service-level goal:
/// the "required" beside the simulation's "scheduled", as WFM tools show them.
///
/// The load is the simulation's own: the calls offered to the queue in the interval (per
/// replication) over the interval's length, times the interval's simulated AHT. Erlang C, or
/// Erlang A when the queue's callers have a patience (its mean, as `WorkloadForecast` weighs it
/// over the call types reaching the queue), against the queue's service-level threshold and
/// target (its `goal`, else `serviceLevel`'s).
struct IntervalRequirement {
  /// The offered load in erlangs and the fewest agents meeting the goal.
  struct Figures {
    var load: Double
    var agents: Int
  }

  /// Per queue: the service-level threshold (seconds) and target.
  let thresholds: [Double]
  let targets: [Double]
  /// The calls the arrival profiles bring to each queue per interval, and over the day per
  /// queue: whose patience the requirement takes (the day's in an interval the forecast gives
  /// no calls, e.g. one of redials only).
  private let forecast: WorkloadForecast
  private let day: [WorkloadForecast.Cell]

  init(_ configuration: CentreConfiguration) {
    thresholds = configuration.plans.indices.map {
      configuration.serviceLevelThreshold(ofPlan: $0).seconds
    }
    targets = configuration.plans.indices.map { configuration.serviceLevelTarget(ofPlan: $0) }
    forecast = WorkloadForecast(configuration)
    let forecast = forecast
    day = configuration.queues.indices.map { queue in
      (0..<forecast.intervalCount).reduce(into: WorkloadForecast.Cell()) {
        $0.merge(forecast.cell(interval: $1, queues: [queue]))
      }
    }
  }

  /// The requirement of `queue` in `interval` of `seconds`, for `offered` calls per replication
  /// handled in `averageHandleTime` seconds on average; nil without calls, a handle time, or a
  /// target below 1 (a service level of 1 is never met).
  func figures(
    queue: Int, interval: Int, seconds: Double, offered: Double, averageHandleTime: Double?
  ) -> Figures? {
    let target = targets[queue]
    guard offered > 0, seconds > 0, let averageHandleTime, averageHandleTime > 0, target < 1
    else { return nil }
    let cell = forecast.cell(interval: interval, queues: [queue])
    let patience = (cell.calls > 0 ? cell : day[queue]).meanPatience
    let input = ErlangInput(
      callsPerHour: offered / seconds * 3600, averageHandleTime: averageHandleTime, agents: 0,
      threshold: thresholds[queue], patience: patience)
    let required = Erlang.agentsRequired(input, serviceLevel: max(target, 0))
    return Figures(load: input.offeredLoad, agents: required.agents)
  }
}
