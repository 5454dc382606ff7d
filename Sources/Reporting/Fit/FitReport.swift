import Calibration

/// What `ccsim fit` estimated, every figure with its uncertainty: the table it prints and the
/// JSON it writes (`fit.json`).
public enum FitReport {
  /// A table per queue: each estimate, its standard error and 95 % interval.
  public static func table(_ fits: [QueueFit]) -> String {
    var text = ""
    for fit in fits {
      var table = TextTable(["estimate", "value", "± SE", "95 % interval", "from"], leftAligned: 1)
      for row in rows(fit) {
        table.add([
          row.name, number(row.estimate.value), number(row.estimate.standardError),
          row.estimate.lower95.isFinite && row.estimate.upper95.isFinite
            ? number(row.estimate.lower95) + "–" + number(row.estimate.upper95) : "—",
          Formatting.count(row.estimate.count),
        ])
      }
      text += "Queue \(fit.queue)\n" + table.rendered()
      for note in fit.notes { text += "  note: \(note)\n" }
      text += "\n"
    }
    return text
  }

  /// One named estimate, in the table and the JSON alike.
  struct Row {
    var key: String
    var name: String
    var estimate: ParameterEstimate
  }

  static func rows(_ fit: QueueFit) -> [Row] {
    var rows: [Row] = []
    for (weekday, total) in fit.arrivals.dailyTotals.enumerated() {
      guard let total, total.value > 0 else { continue }
      rows.append(
        Row(
          key: "calls.\(weekday)", name: LocalTime.weekdayNames[weekday] + " calls", estimate: total
        ))
    }
    rows.append(Row(key: "busynessCV", name: "busyness cv", estimate: fit.arrivals.busynessCV))
    rows.append(
      Row(key: "dispersionIndex", name: "dispersion index", estimate: fit.arrivals.dispersionIndex))
    if let share = fit.ivrHangUpShare {
      rows.append(Row(key: "ivrHangUpShare", name: "IVR hang-up share", estimate: share))
    }
    for (key, name, fits) in [
      ("ivrTime", "IVR time", fit.ivrTime), ("talk", "talk + hold", fit.talk),
      ("acw", "ACW", fit.wrapUp),
    ] {
      guard let best = fits?.best else { continue }
      let family = String(describing: best.family)
      rows.append(Row(key: key + ".mean", name: "\(name) mean (\(family))", estimate: best.mean))
      if let sd = best.sd { rows.append(Row(key: key + ".sd", name: "\(name) sd", estimate: sd)) }
    }
    if let mean = fit.meanTalk {
      rows.append(Row(key: "talk.mean", name: "talk mean", estimate: mean))
    }
    if let mean = fit.meanWrapUp {
      rows.append(Row(key: "acw.mean", name: "ACW mean", estimate: mean))
    }
    if let patience = fit.patience {
      let best = patience.best
      rows.append(
        Row(
          key: "patience.mean", name: "patience mean (\(best.family), censored)",
          estimate: best.mean))
      if let sd = best.sd {
        rows.append(Row(key: "patience.sd", name: "patience sd", estimate: sd))
      }
      if let median = patience.kaplanMeier.median {
        rows.append(
          Row(
            key: "patience.kaplanMeierMedian", name: "patience median (Kaplan–Meier)",
            estimate: median))
      }
      rows.append(
        Row(
          key: "patience.naiveMean", name: "naive mean of abandons (biased)",
          estimate: patience.naiveMean))
    }
    if let share = fit.ringOutShare {
      rows.append(Row(key: "ringOutShare", name: "RONA per offer", estimate: share))
    }
    return rows
  }

  /// Every estimate, each family's fit with its goodness of fit, and the notes.
  public static func json(_ fits: [QueueFit], source: String) -> String {
    func estimate(_ estimate: ParameterEstimate) -> JSONOutput {
      .object([
        ("value", .number(estimate.value)), ("standardError", .number(estimate.standardError)),
        ("lower95", .number(estimate.lower95)), ("upper95", .number(estimate.upper95)),
        ("count", .int(estimate.count)),
      ])
    }
    func families(_ fits: DistributionFits?) -> JSONOutput {
      guard let fits else { return .null }
      return .array(
        fits.fits.map { fit in
          .object([
            ("family", .string(String(describing: fit.family))), ("mean", estimate(fit.mean)),
            ("sd", fit.sd.map(estimate) ?? .null), ("k", fit.k.map { .int($0) } ?? .null),
            ("aic", .number(fit.aic)), ("ks", .number(fit.goodness.kolmogorovSmirnov)),
            ("ksPValue", .number(fit.goodness.kolmogorovSmirnovPValue)),
            ("andersonDarling", .number(fit.goodness.andersonDarling)),
          ])
        })
    }
    let queues = fits.map { fit in
      var members: [(String, JSONOutput)] = [
        ("queue", .string(fit.queue)), ("days", .int(fit.days.count)),
        ("firstDay", .string(LocalTime.isoDate(ofDay: fit.days.first ?? 0))),
        ("lastDay", .string(LocalTime.isoDate(ofDay: fit.days.last ?? 0))),
        ("intervalSeconds", .number(fit.interval)),
        ("estimates", .object(rows(fit).map { ($0.key, estimate($0.estimate)) })),
        (
          "callsPerInterval",
          .object(
            fit.arrivals.intervalMeans.enumerated().filter { !$0.element.isEmpty }.map {
              weekday, means in
              (
                LocalTime.weekdayNames[weekday],
                .object([
                  ("mean", .array(means.map { .number($0.value) })),
                  ("standardError", .array(means.map { .number($0.standardError) })),
                ])
              )
            })
        ),
        ("ivrTime", families(fit.ivrTime)), ("talk", families(fit.talk)),
        ("acw", families(fit.wrapUp)),
      ]
      if let patience = fit.patience {
        members.append(
          (
            "patience",
            .object([
              ("censoredShare", .number(patience.censoredShare)),
              ("abandoned", .int(patience.abandonedCount)),
              ("answered", .int(patience.answeredCount)),
              (
                "models",
                .array(
                  patience.models.map { model in
                    .object([
                      ("family", .string(String(describing: model.family))),
                      ("mean", estimate(model.mean)),
                      ("sd", model.sd.map(estimate) ?? .null), ("aic", .number(model.aic)),
                    ])
                  })
              ),
            ])
          ))
      }
      members.append(("notes", .array(fit.notes.map { .string($0) })))
      return JSONOutput.object(members)
    }
    return JSONOutput.object([("source", .string(source)), ("queues", .array(queues))]).rendered()
      + "\n"
  }

  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "—" }
    let magnitude = abs(value)
    return Formatting.fixed(value, decimals: magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 4)
  }
}

extension FitReport {
  /// The file name of a path, as reports name the source.
  public static func sourceName(_ path: String) -> String {
    String(path.split(separator: "/").last ?? Substring(path))
  }
}
