import SimKernel

extension CentreConfiguration {
  /// One way a line's callers reach a queue: the call type, the IVR branch (nil without an
  /// IVR) and the share of the line's callers that take it.
  public struct QueueRoute: Sendable, Equatable {
    /// The queue (routing plan) reached.
    public var queue: Int
    /// The call type's index.
    public var callType: Int
    /// The IVR branch's index within the line's IVR; nil when the line has none.
    public var branch: Int?
    /// The share of the line's callers that take this route.
    public var share: Double
  }

  /// Where the callers of line `line` go: one route per call type of its mix and, with an
  /// IVR, per branch that names a plan (IVR hang-ups and branches without a plan reach no
  /// queue, so the shares may sum to less than 1).
  public func queueRoutes(ofLine line: Int) -> [QueueRoute] {
    var routes: [QueueRoute] = []
    for mix in lines[line].callTypes where mix.share > 0 {
      guard let ivr = lines[line].ivr else {
        guard let queue = plan(line: line, callType: mix.callType) else { continue }
        routes.append(
          QueueRoute(queue: queue, callType: mix.callType, branch: nil, share: mix.share))
        continue
      }
      for (index, branch) in ivr.branches.enumerated() where branch.share > 0 {
        guard let queue = branch.plan else { continue }
        routes.append(
          QueueRoute(
            queue: queue, callType: mix.callType, branch: index, share: mix.share * branch.share))
      }
    }
    return routes
  }

  /// The calls the arrival profiles are expected to offer each queue (indexed as `queues`)
  /// between `start` and `end`, times since t = 0: each line's expected callers
  /// (`ArrivalProfile.expectedCalls`) split by `queueRoutes(ofLine:)`.
  ///
  /// A caller counts at the moment they ring (the time in the IVR is ignored); redials,
  /// transfer legs and outbound calls are not forecast. This is the forecast the run rate is
  /// measured against (`RunRate.Arrivals`), as `WorkloadForecast` is the one staffing uses.
  public func expectedOffered(from start: SimDuration, to end: SimDuration) -> [Double] {
    var offered = Array(repeating: 0.0, count: queues.count)
    for (index, line) in lines.enumerated() {
      let callers = line.arrivals.expectedCalls(from: start, to: end)
      guard callers > 0 else { continue }
      for route in queueRoutes(ofLine: index) {
        offered[route.queue] += callers * route.share
      }
    }
    return offered
  }
}
