import ContactCentre
import Planning
import Reporting

/// The part of a sweep one shard ran, as a directory: `replications.tsv` (one line per unit)
/// and `manifest.json` (the sweep, the shard and the grid), an output set (`OutputSet`) whose
/// `.ccsim-outputs` is checked when the part is read.
struct SweepPart {
  /// The manifest's `format`, changed whenever the files change incompatibly.
  static let format = "ccsim-sweep-part-2"
  static let manifestFile = "manifest.json"
  static let replicationsFile = "replications.tsv"

  /// The ccsim that ran the part.
  var version: String
  /// The sweep's fingerprint (`Sweep.fingerprint`).
  var fingerprint: String
  var shard: SweepShard
  var outline: SweepOutline
  /// The part's units, in unit order.
  var replications: [SweepReplication]

  /// A directory as given, without trailing slashes (so that messages name `out/`, not `out//`).
  static func directory(_ text: String) -> String {
    var text = text
    while text.count > 1, text.hasSuffix("/") { text.removeLast() }
    return text
  }

  /// Writes the part's two files into `output`.
  func write(into output: inout OutputSet) throws(CLIError) {
    try output.write(replicationsText, as: Self.replicationsFile)
    try output.write(manifest.rendered() + "\n", as: Self.manifestFile)
  }

  /// `replications.tsv`: a header naming the columns, then a line per unit.
  var replicationsText: String {
    var text = "# point\treplication\toccupancy\tteam occupancies\ttotal\tqueues…"
    text += " (a tally: " + SweepReplication.tallyFields.joined(separator: ",") + ")\n"
    for record in replications { text += record.line + "\n" }
    return text
  }

  /// `manifest.json`.
  var manifest: JSONOutput {
    .object(
      [
        ("format", .string(Self.format)),
        ("ccsim", .string(version)),
        ("sweepHash", .string(fingerprint)),
      ] + SweepResultsJSON.header(outline) + [
        ("units", .int(outline.units)),
        ("shard", .string(shard.description)),
        ("unitsDone", .int(replications.count)),
        ("replicationsFile", .string(Self.replicationsFile)),
        (
          "points",
          .array(
            outline.points.map { point in
              .object(
                [
                  ("factors", SweepResultsJSON.levels(point, factors: outline.factors)),
                  ("queues", .array(point.queues.map { .string($0) })),
                  (
                    "teams",
                    .array(
                      point.teams.map {
                        .object([("id", .string($0.id)), ("agents", .int($0.agents))])
                      }
                    )
                  ),
                ] + Self.reporting(point.conventions))
            })
        ),
      ])
  }

  /// A point's `reporting` conventions as its scenario writes them, when they are not the
  /// standard ones (so that a merge computes its metrics as the whole sweep does).
  static func reporting(_ conventions: ReportingConventions) -> [(String, JSONOutput)] {
    guard conventions != .standard else { return [] }
    return [
      (
        "reporting",
        .object([
          ("serviceLevelThreshold", .string(conventions.threshold.rawValue)),
          ("abandonsInServiceLevel", .string(conventions.abandonsInServiceLevel.rawValue)),
          (
            "shortAbandonsInAbandonRate",
            .string(conventions.shortAbandonsInAbandonRate.rawValue)
          ),
          ("answeredCounted", .string(conventions.answeredCounted.rawValue)),
        ])
      )
    ]
  }
}
