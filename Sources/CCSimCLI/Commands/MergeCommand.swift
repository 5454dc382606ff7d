import Planning
import Reporting

/// `ccsim merge DIR...`: combine the parts of a sharded sweep into its results.
enum MergeCommand {
  static let help = """
    Usage: ccsim merge DIR... [--out DIR] [--format table|json|csv] [--quiet]

    Combines the parts written by 'ccsim sweep SWEEP --shard K/N --out DIR' into the results
    of the whole sweep, identical byte for byte to those of an unsharded run. The parts must
    come from the same sweep file, base scenario and ccsim (their manifests' sweepHash), and
    together run every unit exactly once: all N shards of K/N, or shards of different N that
    do not overlap (part 2/4 re-run as 2/8 and 6/8, say). Each part must be whole: its files
    as its .ccsim-outputs names them, size and SHA-256. Anything else is refused, saying
    which shard or unit is missing or run twice, or which file does not match (exit 65; 66
    when a directory or its manifest is missing, or its sweep has not finished).

    Options:
      --out DIR     Write DIR/results.json, DIR/results.csv and the merged part
                    (DIR/manifest.json, DIR/replications.tsv), as an unsharded run does;
                    each atomically, and last DIR/.ccsim-outputs naming them with their
                    sizes and SHA-256. In a reused DIR, the files an earlier run, sweep or
                    merge wrote there (named in its .ccsim-outputs) that this merge does
                    not write are removed; other files are left alone. DIR is locked while
                    the merge writes: another command writing there is refused (exit 73);
                    each file must be new or a regular file (exit 73), and never one of the
                    parts read (exit 64).
      --format F    What stdout shows: table (default), json (results.json) or csv
                    (results.csv).
      --quiet       No diagnostics on stderr except errors.
      -h, --help    This help.

    """

  static let declaration = CommandDeclaration(
    "merge", options: ["--out", "--format"], flags: ["--quiet"])

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let directories = arguments.positionals
    guard !directories.isEmpty else {
      throw .usage("missing DIR (the parts to merge)", command: "merge")
    }
    let format =
      try arguments.choice("--format", ["table", "json", "csv"], command: "merge") ?? "table"
    let outDirectory = arguments.value("--out").map(SweepPart.directory)

    var parts: [SweepPart] = []
    for directory in directories { parts.append(try SweepPart.read(directory)) }
    let merged = try merge(parts, directories: directories)
    let results = SweepResults(outline: merged.outline, replications: merged.replications)
    if let outDirectory {
      var output = try OutputSet(
        outDirectory, command: "merge", files: SweepCommand.outputFiles(.whole))
      try output.begin()
      try merged.write(into: &output)
      try SweepCommand.writeResults(results, into: &output)
      try output.commit()
    }
    console.out(SweepCommand.render(results, format: format))
    if !arguments.has("--quiet") {
      console.err(
        "merged \(parts.count) part\(parts.count == 1 ? "" : "s"):"
          + " \(merged.outline.points.count) points × \(merged.outline.replications)"
          + " replications\(outDirectory.map { "; wrote \($0)/" } ?? "")\n")
    }
  }

  /// The whole sweep from `parts`, which must be of one sweep and cover it exactly.
  static func merge(_ parts: [SweepPart], directories: [String]) throws(CLIError) -> SweepPart {
    let first = parts[0]
    for (part, directory) in zip(parts, directories).dropFirst() {
      guard part.version == first.version else {
        throw CLIError(
          .invalidScenario,
          "\(directory): made by ccsim \(part.version), but \(directories[0]) by ccsim"
            + " \(first.version); run every shard with the same ccsim")
      }
      guard part.fingerprint == first.fingerprint, part.outline == first.outline else {
        throw CLIError(
          .invalidScenario,
          "\(directory): a part of a different sweep (sweepHash \(part.fingerprint), but"
            + " \(directories[0]) has \(first.fingerprint)): the sweep file, its scenario or"
            + " a forecast changed between shards")
      }
    }
    let coverage = SweepCoverage(parts.map(\.shard), units: first.outline.units)
    var problems: [String] = []
    for overlap in coverage.overlaps {
      let (one, other) = (parts[overlap.first].shard, parts[overlap.second].shard)
      problems.append(
        one == other
          ? "shard \(one) is given twice: \(directories[overlap.first]) and"
            + " \(directories[overlap.second])"
          : "\(directories[overlap.first]) (shard \(one)) and \(directories[overlap.second])"
            + " (shard \(other)) both ran unit \(overlap.unit)")
    }
    if !coverage.missingShards.isEmpty {
      let names = coverage.missingShards.map(\.description)
      problems.append(
        "missing shard\(names.count == 1 ? "" : "s") \(names.joined(separator: ", "))"
          + " (\(coverage.missing.count) of \(first.outline.units) units not run)")
    } else if !coverage.missing.isEmpty {
      let shown = coverage.missing.prefix(5).map(String.init).joined(separator: ", ")
      problems.append(
        "\(coverage.missing.count) of \(first.outline.units) units are in no part"
          + " (units \(shown)\(coverage.missing.count > 5 ? ", …" : ""))")
    }
    guard problems.isEmpty else {
      throw CLIError(.invalidScenario, problems.joined(separator: "\n"))
    }
    let records = parts.flatMap(\.replications).sorted {
      ($0.point, $0.replication) < ($1.point, $1.replication)
    }
    return SweepPart(
      version: first.version, fingerprint: first.fingerprint, shard: .whole,
      outline: first.outline, replications: records)
  }
}
