extension QueueFit {
  /// Fits each queue of an interval history (offered calls, handle times and agents per
  /// interval); the queues in the order they first appear. Interval data has no single
  /// calls, so the talk and wrap-up are exponential with the history's mean (a family cannot be
  /// chosen from means) and patience is not estimated.
  public static func fit(intervals records: [IntervalRecord]) throws -> [QueueFit] {
    guard let first = records.map(\.start.day).min(), let last = records.map(\.start.day).max(),
      let length = records.first?.length
    else { throw FittingError.tooFewValues(what: "interval rows", needed: 1, found: 0) }
    var order: [String] = []
    var byQueue: [String: [IntervalRecord]] = [:]
    for record in records {
      if byQueue[record.queue] == nil { order.append(record.queue) }
      byQueue[record.queue, default: []].append(record)
    }
    let days = first...last
    let perDay = Int((86_400 / length).rounded())
    return try order.map { queue in
      var counts = Array(repeating: Array(repeating: 0, count: perDay), count: days.count)
      var agents = Array(repeating: Array(repeating: 0.0, count: perDay), count: days.count)
      var hasAgents = false
      var handled = 0.0
      var handleTime = 0.0
      var wrapTime = 0.0
      var wrapKnown = false
      for record in byQueue[queue]! {
        let day = record.start.day - days.lowerBound
        let index = min(perDay - 1, Int((record.start.secondsOfDay / length).rounded(.down)))
        counts[day][index] += Int(record.offered.rounded())
        if let staffed = record.agents {
          hasAgents = true
          agents[day][index] += staffed
        }
        let calls = record.handled ?? record.offered
        if let aht = record.averageHandleTime, calls > 0 {
          handled += calls
          handleTime += aht * calls
          if let wrap = record.averageWrapUp {
            wrapKnown = true
            wrapTime += wrap * calls
          }
        }
      }
      let weekdays = days.map { LocalTime.weekday(ofDay: $0) }
      var fit = QueueFit(
        queue: queue, arrivals: try ArrivalFit(counts: counts, weekdays: weekdays),
        days: Array(days), interval: length)
      if handled > 0 {
        let wrap = wrapKnown ? wrapTime / handled : 0
        fit.meanTalk = ParameterEstimate(
          value: (handleTime - (wrapKnown ? wrapTime : 0)) / handled, standardError: .nan,
          count: Int(handled))
        if wrapKnown {
          fit.meanWrapUp = ParameterEstimate(value: wrap, standardError: .nan, count: Int(handled))
        }
      }
      fit.notes.append(
        "interval data: talk\(fit.meanWrapUp == nil ? " (the whole handle time)" : "")"
          + " exponential with the history's mean; patience not estimated (no single calls)")
      if hasAgents { fit.agents = weekdayMeans(agents, weekdays: weekdays) }
      return fit
    }
  }
}
