import Planning

/// Renders a comparison as one JSON object (`ccsim compare --format json`).
///
/// `base` and `candidate` name the scenarios; `seed` and `replications` are shared by both;
/// `total`, `queues` (by id) and `teams` (by id) map each metric to its comparison:
/// `{"base": {"mean", "halfWidth95"}, "candidate": {…}, "difference": {"mean",
/// "halfWidth95"}, "unpairedHalfWidth95", "significant", "pairs"}`; `onlyInBase` and
/// `onlyInCandidate` list the queues and teams not compared, and `onlyInBaseFigures` and
/// `onlyInCandidateFigures` give their figures on the side that has them (each metric's
/// `{"mean", "halfWidth95"}`). `moved` lists the figures that moved, largest
/// relative change first, as the table's summary does (`ComparisonChange`), and `unmoved`
/// counts the others.
public enum ComparisonJSON {
  /// The whole document.
  public static func render(_ summary: ComparisonSummary) -> String {
    document(summary).rendered() + "\n"
  }

  /// The document as a value, keys in a fixed order.
  public static func document(_ summary: ComparisonSummary) -> JSONOutput {
    .object([
      ("base", .object([("scenario", .string(summary.comparison.base.name))])),
      ("candidate", .object([("scenario", .string(summary.comparison.candidate.name))])),
      ("seed", SummaryJSON.seed(summary.seed)),
      ("replications", .int(summary.replications)),
      ("commonRandomNumbers", .bool(true)),
      ("total", metrics(summary.total)),
      ("queues", .object(summary.queues.map { ($0.id, metrics($0)) })),
      ("teams", .object(summary.teams.map { ($0.id, metrics($0)) })),
      ("onlyInBase", ids(summary.onlyInBase)),
      ("onlyInCandidate", ids(summary.onlyInCandidate)),
      ("onlyInBaseFigures", figures(summary.baseOnly)),
      ("onlyInCandidateFigures", figures(summary.candidateOnly)),
      ("moved", .array(summary.changes.map(change))),
      ("unmoved", .int(summary.unmoved)),
    ])
  }

  /// One figure that moved: where, which metric, both sides' means, the difference with its
  /// paired half-width, the relative change (null from 0) and whether it is significant.
  static func change(_ change: ComparisonChange) -> JSONOutput {
    let compared = change.compared
    return .object([
      ("scope", .string(change.kind.rawValue)), ("id", .string(change.id)),
      ("metric", .string(change.metric.rawValue)), ("base", .number(compared.base.mean)),
      ("candidate", .number(compared.candidate.mean)),
      ("difference", .number(compared.difference.mean)),
      ("halfWidth95", .number(compared.difference.halfWidth95)),
      ("relativeChange", .number(change.relativeChange)),
      ("significant", compared.significant.map { .bool($0) } ?? .null),
    ])
  }

  /// The figures of the queues and teams only one side has, by id.
  static func figures(
    _ scopes: (queues: [ComparisonSummary.OneSided], teams: [ComparisonSummary.OneSided])
  ) -> JSONOutput {
    func byId(_ list: [ComparisonSummary.OneSided]) -> JSONOutput {
      .object(
        list.map { scope in
          (
            scope.id,
            .object(scope.metrics.map { ($0.name.rawValue, SummaryJSON.estimate($0.estimate)) })
          )
        })
    }
    return .object([("queues", byId(scopes.queues)), ("teams", byId(scopes.teams))])
  }

  static func metrics(_ scope: ComparisonSummary.Scope) -> JSONOutput {
    .object(scope.metrics.map { ($0.name.rawValue, difference($0.difference)) })
  }

  /// One metric's comparison; `significant` is null with fewer than two pairs.
  static func difference(_ compared: PairedDifference) -> JSONOutput {
    .object([
      ("base", SummaryJSON.estimate(compared.base)),
      ("candidate", SummaryJSON.estimate(compared.candidate)),
      ("difference", SummaryJSON.estimate(compared.difference)),
      ("unpairedHalfWidth95", .number(compared.unpairedHalfWidth95)),
      ("significant", compared.significant.map { .bool($0) } ?? .null),
      ("pairs", .int(compared.difference.count)),
    ])
  }

  static func ids(_ ids: (queues: [String], teams: [String])) -> JSONOutput {
    .object([
      ("queues", .array(ids.queues.map { .string($0) })),
      ("teams", .array(ids.teams.map { .string($0) })),
    ])
  }
}
