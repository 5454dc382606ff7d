extension QueueFit {
  /// Fits each queue of a call-level history, with `interval` seconds per reporting interval
  /// (a divisor of the day); the queues in the order they first appear.
  public static func fit(calls: [CallRecord], interval: Double) throws -> [QueueFit] {
    let real = calls.filter { $0.outcome != .phantom }
    guard let first = real.map(\.arrival.day).min(), let last = real.map(\.arrival.day).max()
    else { throw FittingError.tooFewValues(what: "calls", needed: 1, found: 0) }
    var order: [String] = []
    var byQueue: [String: [CallRecord]] = [:]
    for call in real {
      if byQueue[call.queue] == nil { order.append(call.queue) }
      byQueue[call.queue, default: []].append(call)
    }
    return try order.map {
      try fit(queue: $0, calls: byQueue[$0]!, days: first...last, interval: interval)
    }
  }

  private static func fit(
    queue: String, calls: [CallRecord], days: ClosedRange<Int>, interval: Double
  ) throws -> QueueFit {
    let perDay = Int((86_400 / interval).rounded())
    var counts = Array(repeating: Array(repeating: 0, count: perDay), count: days.count)
    var busyAgents = Array(
      repeating: Array(repeating: Set<String>(), count: perDay), count: days.count)
    var ivrTimes: [Double] = []
    var hangUps = 0
    var talks: [Double] = []
    var wraps: [Double] = []
    var waits: [Double] = []
    var abandoned: [Bool] = []
    var ringOuts = 0
    var offersKnown = 0
    var agentsKnown = false
    for call in calls {
      let day = call.arrival.day - days.lowerBound
      let index = min(perDay - 1, Int((call.arrival.secondsOfDay / interval).rounded(.down)))
      counts[day][index] += 1
      if call.outcome == .ivrHangUp { hangUps += 1 }
      if let ivr = call.ivrTime, call.outcome != .ivrHangUp { ivrTimes.append(ivr) }
      if let wait = call.wait, call.outcome == .answered || call.outcome == .abandoned {
        waits.append(max(wait, 0))
        abandoned.append(call.outcome == .abandoned)
      }
      guard call.outcome == .answered else { continue }
      if let talk = call.talk { talks.append(talk + (call.hold ?? 0)) }
      if let wrap = call.wrapUp { wraps.append(wrap) }
      if let rings = call.ringOuts {
        ringOuts += rings
        offersKnown += rings + 1
      }
      if let agent = call.agent, let answered = call.answered {
        agentsKnown = true
        // The agent is busy from the answer to the end of wrap-up: staffed in each interval
        // that span touches.
        let end = answered.seconds + (call.talk ?? 0) + (call.hold ?? 0) + (call.wrapUp ?? 0)
        var moment = answered.seconds
        while moment <= end {
          let time = LocalTime(seconds: moment)
          let slot = Int((time.secondsOfDay / interval).rounded(.down))
          let offset = time.day - days.lowerBound
          if offset >= 0, offset < days.count, slot < perDay {
            busyAgents[offset][slot].insert(agent)
          }
          moment = (Double(time.day) * 86_400 + Double(slot + 1) * interval)
        }
      }
    }
    let weekdays = days.map { LocalTime.weekday(ofDay: $0) }
    var fit = QueueFit(
      queue: queue, arrivals: try ArrivalFit(counts: counts, weekdays: weekdays),
      days: Array(days), interval: interval)
    fit.ivrTime = try? DistributionFits(samples: ivrTimes, families: Self.families)
    if fit.ivrTime == nil { fit.notes.append("no IVR times in the data: the line has no IVR") }
    if fit.arrivals.busynessCV.standardError == .infinity {
      fit.notes.append("no weekday seen on two days: the day-to-day busyness is not estimated")
    }
    fit.ivrHangUpShare =
      fit.ivrTime == nil ? nil : try? ProportionFit.share(successes: hangUps, trials: calls.count)
    fit.talk = try? DistributionFits(samples: talks, families: Self.families)
    if fit.talk == nil { fit.notes.append("too few talk times to fit") }
    fit.wrapUp = try? DistributionFits(samples: wraps, families: Self.families)
    if fit.wrapUp == nil { fit.notes.append("no wrap-up times in the data: ACW 0") }
    do {
      fit.patience = try PatienceFit(waits: waits, abandoned: abandoned)
    } catch {
      fit.notes.append("patience not estimated (\(error)): callers wait without limit")
    }
    if offersKnown > 0 {
      fit.ringOutShare = try? ProportionFit.share(successes: ringOuts, trials: offersKnown)
    } else {
      fit.notes.append("no ring-out counts in the data: agents never miss a call")
    }
    if agentsKnown {
      fit.agents = Self.weekdayMeans(
        busyAgents.map { $0.map { Double($0.count) } }, weekdays: weekdays)
      fit.notes.append(
        "agents per interval are those who handled a call in it (idle agents are not in call"
          + " records): give the staffing to `ccsim backtest` where you have it")
    }
    return fit
  }

  /// The families a time is chosen among (the Erlang is a gamma with whole stages: never
  /// better by AIC while the gamma is fitted).
  static let families: [DistributionFamily] = [.exponential, .lognormal, .gamma]

  /// The mean of each interval over the days of each weekday.
  static func weekdayMeans(_ values: [[Double]], weekdays: [Int]) -> [[Double]] {
    let perDay = values.first?.count ?? 0
    var sums = Array(repeating: Array(repeating: 0.0, count: perDay), count: 7)
    var days = Array(repeating: 0, count: 7)
    for (row, weekday) in zip(values, weekdays) {
      days[weekday] += 1
      for index in row.indices { sums[weekday][index] += row[index] }
    }
    return (0..<7).map { weekday in
      days[weekday] == 0 ? [] : sums[weekday].map { $0 / Double(days[weekday]) }
    }
  }
}
