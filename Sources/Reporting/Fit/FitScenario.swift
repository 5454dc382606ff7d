import Calibration
import Planning

/// The scenario `ccsim fit` writes: one line, call type, routing plan and team per queue of the
/// history, named after the queue, for one weekday's profile — a scenario that runs as it is
/// and that a planner then edits (`ccsim staff`, `ccsim schedule`).
public enum FitScenario {
  /// Why no scenario can be written.
  public enum Problem: Error, Equatable, CustomStringConvertible {
    case noCalls(weekday: String)

    public var description: String {
      switch self {
      case .noCalls(let weekday):
        "the history has no calls on a \(weekday): choose another weekday (--weekday)"
      }
    }
  }

  /// The scenario as JSON text for the days of `weekday` (0 = Monday): from the first interval
  /// with calls on any queue to the last.
  public static func json(
    _ fits: [QueueFit], weekday: Int, name: String, description: String
  ) throws(Problem) -> String {
    let interval = fits.first?.interval ?? 900
    let means = fits.map { fit in fit.arrivals.intervalMeans[weekday].map(\.value) }
    let open = (0..<(means.map(\.count).max() ?? 0)).filter { index in
      means.contains { index < $0.count && $0[index] > 0 }
    }
    guard let first = open.first, let last = open.last else {
      throw .noCalls(weekday: LocalTime.weekdayNames[weekday])
    }
    let range = first...last
    var lines: [JSONOutput] = []
    var callTypes: [JSONOutput] = []
    var plans: [JSONOutput] = []
    var teams: [JSONOutput] = []
    for (fit, mean) in zip(fits, means) {
      let queue = JSONOutput.string(fit.queue)
      var line: [(String, JSONOutput)] = [
        ("id", queue), ("kind", .string("client")), ("callType", queue),
      ]
      var arrivals: [(String, JSONOutput)] = [
        ("perInterval", .array(range.map { .double(rounded(index: $0, mean)) }))
      ]
      let cv = rounded(fit.arrivals.busynessCV.value, 3)
      if cv > 0 { arrivals.append(("overdispersion", .object([("cv", .double(cv))]))) }
      line.append(("arrivals", .object(arrivals)))
      if let ivr = fit.ivrTime {
        let hangUp = rounded(fit.ivrHangUpShare?.value ?? 0, 4)
        line.append(
          (
            "ivr",
            .object([
              ("time", distribution(ivr.best.distribution)),
              (
                "branches",
                .array([
                  .object([("branch", .string("hangUp")), ("share", .double(hangUp))]),
                  .object([
                    ("branch", .string("noScin")), ("share", .double(rounded(1 - hangUp, 4))),
                    ("plan", queue),
                  ]),
                ])
              ),
            ])
          ))
      } else {
        line.append(("plan", queue))
      }
      lines.append(.object(line))
      var callType: [(String, JSONOutput)] = [("id", queue)]
      if let talk = fit.talk {
        callType.append(("talk", distribution(talk.best.distribution)))
      } else {
        callType.append(("talk", exponential(fit.meanTalk?.value ?? 300)))
      }
      if let wrap = fit.wrapUp {
        callType.append(("acw", distribution(wrap.best.distribution)))
      } else if let wrap = fit.meanWrapUp, wrap.value > 0 {
        callType.append(("acw", exponential(wrap.value)))
      }
      if let patience = fit.patience {
        callType.append(("patience", distribution(patience.best.distribution)))
      }
      callTypes.append(.object(callType))
      plans.append(
        .object([
          ("id", queue),
          (
            "steps",
            .array([
              .object([("after", .int(0)), ("target", .object([("teams", .array([queue]))]))])
            ])
          ),
        ]))
      var team: [(String, JSONOutput)] = [("id", queue)]
      let agents = range.map { index in
        agentsNeeded(fit, weekday: weekday, index: index, calls: rounded(index: index, mean))
      }
      team.append(
        (
          "staffing",
          .object([
            ("perInterval", .array(agents.map { .int($0) })), ("leaving", .string("idleFirst")),
          ])
        ))
      if let miss = fit.ringOutShare, miss.value > 0 {
        team.append(("behaviour", .object([("missProbability", .double(rounded(miss.value, 4)))])))
      }
      teams.append(.object(team))
    }
    return JSONOutput.object([
      ("name", .string(name)), ("description", .string(description)), ("seed", .int(1)),
      ("start", .string(clock(Double(first) * interval))),
      ("duration", .double(Double(range.count) * interval)), ("interval", .double(interval)),
      ("lines", .array(lines)), ("callTypes", .array(callTypes)),
      ("routing", .object([("plans", .array(plans))])), ("teams", .array(teams)),
      (
        "scheduling", scheduling(open: Double(first) * interval, close: Double(last + 1) * interval)
      ),
    ]).rendered() + "\n"
  }

  /// Shift templates for `ccsim schedule` over the opening hours: full days of 8 h 30 m with
  /// two paid breaks and an unpaid lunch, and part-time shifts of 4 h with one break, starting
  /// every 30 minutes from the opening to the last start that ends by the close — a common
  /// contact-centre pattern for the planner to replace by their own.
  static func scheduling(open: Double, close: Double) -> JSONOutput {
    func template(
      _ id: String, length: Double, breaks: [(String, Double, Bool, Double, Double)], partTime: Bool
    ) -> JSONOutput? {
      guard close - open >= length else { return nil }
      var members: [(String, JSONOutput)] = [
        ("id", .string(id)), ("length", .double(length)), ("earliestStart", .string(clock(open))),
        ("latestStart", .string(clock(close - length))), ("startStep", .string("30m")),
        (
          "breaks",
          .array(
            breaks.map { reason, length, paid, from, to in
              .object([
                ("reason", .string(reason)), ("length", .double(length)), ("paid", .bool(paid)),
                ("window", .array([.double(from), .double(to)])),
              ])
            })
        ),
      ]
      if partTime { members.append(("partTime", .bool(true))) }
      return .object(members)
    }
    let hour = 3600.0
    let templates = [
      template(
        "full-day", length: 8.5 * hour,
        breaks: [
          ("Break", 900, true, 2 * hour, 3 * hour), ("Lunch", 1800, false, 4 * hour, 5 * hour),
          ("Break", 900, true, 6 * hour, 7 * hour),
        ], partTime: false),
      template(
        "part-time", length: 4 * hour, breaks: [("Break", 900, true, 1.5 * hour, 2.5 * hour)],
        partTime: true),
    ].compactMap { $0 }
    return .object([("templates", .array(templates))])
  }

  /// The agents of an interval: the history's (rounded up) where it has them, else Erlang C's
  /// least that answers 80 % in 20 s at the interval's mean load.
  static func agentsNeeded(_ fit: QueueFit, weekday: Int, index: Int, calls: Double) -> Int {
    if let agents = fit.agents, index < agents[weekday].count {
      return Int(agents[weekday][index].rounded(.up))
    }
    guard calls > 0 else { return 0 }
    let handle =
      (fit.talk?.best.distribution.mean ?? fit.meanTalk?.value ?? 300)
      + (fit.wrapUp?.best.distribution.mean ?? fit.meanWrapUp?.value ?? 0)
    let perHour = calls * 3600 / fit.interval
    var agents = max(1, Int((perHour * handle / 3600).rounded(.up)))
    while agents < 100_000 {
      let input = ErlangInput(
        callsPerHour: perHour, averageHandleTime: handle, agents: agents, threshold: 20)
      if Erlang.c(input).serviceLevel >= 0.8 { return agents }
      agents += 1
    }
    return agents
  }

  /// A fitted distribution in the scenario format's terms, its times to a tenth of a second.
  static func distribution(_ distribution: ParametricDistribution) -> JSONOutput {
    let mean = JSONOutput.double(rounded(distribution.mean, 1))
    switch distribution {
    case .exponential: return .object([("exponential", .object([("mean", mean)]))])
    case .lognormal:
      return .object([
        ("lognormal", .object([("mean", mean), ("sd", .double(rounded(distribution.sd, 1)))]))
      ])
    case .gamma:
      return .object([
        ("gamma", .object([("mean", mean), ("sd", .double(rounded(distribution.sd, 1)))]))
      ])
    case .erlang(let k, _): return .object([("erlang", .object([("mean", mean), ("k", .int(k))]))])
    }
  }

  static func exponential(_ mean: Double) -> JSONOutput {
    .object([("exponential", .object([("mean", .double(rounded(max(mean, 0.1), 1)))]))])
  }

  static func rounded(index: Int, _ values: [Double]) -> Double {
    index < values.count ? rounded(values[index], 2) : 0
  }

  static func rounded(_ value: Double, _ decimals: Int) -> Double {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    return (value * scale).rounded() / scale
  }

  static func clock(_ seconds: Double) -> String {
    let minutes = Int(seconds / 60)
    return Formatting.pad(minutes / 60) + ":" + Formatting.pad(minutes % 60)
  }
}
