/// Renders a sweep's results as JSON (`results.json`): per point its factor levels, then the
/// `calls`, `metrics` and `queues` of `summary.json` and each team's headcount and occupancy.
public enum SweepResultsJSON {
  /// The whole document.
  public static func render(_ results: SweepResults) -> String {
    document(results).rendered() + "\n"
  }

  /// The document as a value.
  public static func document(_ results: SweepResults) -> JSONOutput {
    let outline = results.outline
    return .object(
      header(outline) + [
        (
          "points",
          .array(
            results.points.enumerated().map { index, point in
              .object([
                ("point", .int(index)),
                ("factors", levels(point.outline, factors: outline.factors)),
                ("calls", SummaryJSON.calls(point.total.calls, point.outline.conventions)),
                ("metrics", SummaryJSON.metrics(point.total.metrics)),
                (
                  "queues",
                  .object(
                    point.queues.map { queue in
                      (
                        queue.id,
                        .object([
                          ("calls", SummaryJSON.calls(queue.calls, point.outline.conventions)),
                          ("metrics", SummaryJSON.metrics(queue.metrics)),
                        ])
                      )
                    })
                ),
                (
                  "teams",
                  .object(
                    zip(point.outline.teams, point.teamOccupancy).map { team, occupancy in
                      (
                        team.id,
                        .object([
                          ("agents", .int(team.agents)),
                          ("occupancy", SummaryJSON.estimate(occupancy)),
                        ])
                      )
                    })
                ),
              ])
            })
        )
      ])
  }

  /// The sweep's name, base scenario, seed, replications and factor names.
  public static func header(_ outline: SweepOutline) -> [(String, JSONOutput)] {
    [
      ("sweep", .string(outline.name)),
      ("scenario", .string(outline.scenario)),
      ("seed", SummaryJSON.seed(outline.seed)),
      ("replications", .int(outline.replications)),
      ("factors", .array(outline.factors.map { .string($0) })),
    ]
  }

  /// A point's levels by factor name.
  public static func levels(_ point: SweepOutline.Point, factors: [String]) -> JSONOutput {
    .object(zip(factors, point.levels).map { ($0, $1.json) })
  }
}
