import ContactCentre
import SimKernel

/// The calls the arrival profiles bring to each queue in each reporting interval and the work
/// they carry: what the Erlang formulas staff for.
///
/// A line's expected callers are split by its call-type mix and, with an IVR, by the branches'
/// shares (IVR hang-ups reach no queue); each reaches the queue its branch, its line's plan or
/// its call type's default plan names, in the interval it rings in (the time in the IVR is
/// ignored). Redials, transfer legs and outbound calls are not forecast: only the simulation
/// sees them.
public struct WorkloadForecast: Sendable, Equatable {
  /// The forecast of one queue (or several together) in one interval.
  public struct Cell: Sendable, Equatable {
    /// Expected calls.
    public var calls = 0.0
    /// Expected handle time of those calls, summed, in seconds.
    public var handleSeconds = 0.0
    /// Expected calls whose type has a patience (callers who may abandon).
    public var patientCalls = 0.0
    /// Their mean patience, summed over them, in seconds.
    public var patienceSeconds = 0.0

    /// Creates an empty cell.
    public init() {}

    /// The mean handle time in seconds; nil without calls.
    public var averageHandleTime: Double? { calls > 0 ? handleSeconds / calls : nil }

    /// The mean patience of the callers who have one, in seconds; nil when none has.
    public var meanPatience: Double? { patientCalls > 0 ? patienceSeconds / patientCalls : nil }

    /// Adds `other`'s calls and work to these.
    public mutating func merge(_ other: Cell) {
      calls += other.calls
      handleSeconds += other.handleSeconds
      patientCalls += other.patientCalls
      patienceSeconds += other.patienceSeconds
    }
  }

  /// The number of reporting intervals.
  public let intervalCount: Int
  /// The number of queues (routing plans).
  public let queueCount: Int
  /// The length of each interval within the run, in seconds (the last may be partial).
  public let intervalSeconds: [Double]
  /// Per interval and queue, at `interval * queueCount + queue`.
  private var cells: [Cell]

  /// The forecast of `configuration`'s arrival profiles.
  public init(_ configuration: CentreConfiguration) {
    intervalCount = configuration.intervalCount
    queueCount = configuration.queues.count
    let length = configuration.interval
    intervalSeconds = (0..<intervalCount).map { interval in
      (min(configuration.duration, length * Int64(interval + 1)) - length * Int64(interval))
        .seconds
    }
    cells = Array(repeating: Cell(), count: intervalCount * queueCount)
    for (index, line) in configuration.lines.enumerated() {
      let routes = Self.routes(ofLine: index, in: configuration)
      for interval in 0..<intervalCount {
        let from = length * Int64(interval)
        let callers = line.arrivals.expectedCalls(
          from: from, to: min(configuration.duration, from + length))
        guard callers > 0 else { continue }
        for route in routes {
          let calls = callers * route.share
          var cell = Cell()
          cell.calls = calls
          // A forecast's AHT per interval scales the talk (`CallType.talkScale`).
          let scale = Self.talkFactor(
            configuration.callTypes[route.callType].talkScale, from: from,
            to: min(configuration.duration, from + length))
          cell.handleSeconds = calls * (route.handleTime + route.talk * (scale - 1))
          if let patience = route.patience {
            cell.patientCalls = calls
            cell.patienceSeconds = calls * patience
          }
          cells[interval * queueCount + route.queue].merge(cell)
        }
      }
    }
  }

  /// The forecast of `queues` together in `interval`.
  public func cell(interval: Int, queues: [Int]) -> Cell {
    queues.reduce(into: Cell()) { $0.merge(cells[interval * queueCount + $1]) }
  }

  /// The queues some forecast call reaches, in plan order.
  public var queuesWithCalls: [Int] {
    (0..<queueCount).filter { queue in
      (0..<intervalCount).contains { cells[$0 * queueCount + queue].calls > 0 }
    }
  }

  /// One way a line's callers reach a queue: their share, mean handle time and patience.
  private struct Route {
    var queue: Int
    var callType: Int
    var share: Double
    var handleTime: Double
    /// The part of the handle time that is the call type's talk, which a forecast's AHT per
    /// interval scales.
    var talk: Double
    var patience: Double?
  }

  /// The mean factor on talk over the periods from `from` to `to` (1 without factors).
  static func talkFactor(_ scale: PeriodFactors?, from: SimDuration, to: SimDuration) -> Double {
    guard let scale else { return 1 }
    var total = 0.0
    var start = from
    while start < to {
      let end = min(
        to,
        SimDuration(
          microseconds: (start.microseconds / scale.period.microseconds + 1)
            * scale.period.microseconds))
      total += scale.factor(at: start) * (end - start).seconds
      start = end
    }
    return to > from ? total / (to - from).seconds : 1
  }

  /// Where the callers of line `index` go: per call type and IVR branch (hang-ups excluded,
  /// `CentreConfiguration.queueRoutes`), with each route's handle time and patience.
  private static func routes(ofLine index: Int, in configuration: CentreConfiguration) -> [Route] {
    configuration.queueRoutes(ofLine: index).map { route in
      let callType = configuration.callTypes[route.callType]
      let identification =
        route.branch.flatMap { configuration.lines[index].ivr?.branches[$0].identification.mean }
        ?? 0
      return Route(
        queue: route.queue, callType: route.callType, share: route.share,
        handleTime: callType.meanHandleTime(identification: identification),
        talk: (1 - (callType.security?.failShare ?? 0)) * callType.talk.mean,
        patience: callType.patience?.mean)
    }
  }
}
