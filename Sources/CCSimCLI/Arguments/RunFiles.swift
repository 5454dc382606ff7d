import ContactCentre
import Foundation
import SimKernel

/// The files `ccsim run --out DIR` writes: by default the summary, the interval, agent and
/// incident files (incidents with an AAC desk), the projection (from a snapshot) and the
/// report; the per-call `calls.csv` only
/// when asked (`--calls`), as its size grows with the calls; or exactly a list (`--files
/// summary,intervals,calls`), to which `--calls` adds the calls.
struct RunFiles: Equatable {
  /// A file of the set, in the set's order.
  enum File: String, CaseIterable {
    case summary, intervals, agents, calls, incidents, projection, report

    /// Its name in the output directory.
    var name: String {
      switch self {
      case .summary: "summary.json"
      case .report: "report.html"
      default: rawValue + ".csv"
      }
    }
  }

  /// The files chosen, in the set's order: none without `--out`.
  private(set) var files: [File]

  /// The files chosen by `--files` and `--calls` (with `--out`) for a scenario with an AAC desk
  /// or not (`aac`).
  ///
  /// - Throws: exit 64 when `--files` names a file ccsim does not write, or incidents without
  ///   an AAC desk, or is empty; when `--files` or `--calls` is given without `--out`.
  init(_ arguments: Arguments, aac: Bool, projection: Bool = false, command: String)
    throws(CLIError)
  {
    for option in ["--files", "--calls"]
    where arguments.value(option) != nil || arguments.has(option) {
      guard arguments.value("--out") != nil else {
        throw .usage("\(option) chooses the files of --out DIR: give --out too", command: command)
      }
    }
    guard arguments.value("--out") != nil else {
      files = []
      return
    }
    var chosen: Set<File>
    if let list = arguments.value("--files") {
      chosen = try Self.parse(list, command: command)
      if chosen.contains(.incidents) && !aac {
        throw .usage(
          "--files: incidents.csv is written for a scenario with an AAC desk (\"aac\"), and this"
            + " one has none", command: command)
      }
      if chosen.contains(.projection) && !projection {
        throw .usage(
          "--files: projection.csv is written for a run from a snapshot (--from)",
          command: command)
      }
    } else {
      chosen = [.summary, .intervals, .agents, .report]
      if aac { chosen.insert(.incidents) }
      if projection { chosen.insert(.projection) }
    }
    if arguments.has("--calls") { chosen.insert(.calls) }
    files = File.allCases.filter(chosen.contains)
  }

  /// The files of a `--files` list: names separated by commas, each a file's name with or
  /// without its extension (`calls` or `calls.csv`).
  static func parse(_ list: String, command: String) throws(CLIError) -> Set<File> {
    let known = File.allCases.map(\.rawValue).joined(separator: ", ")
    var chosen = Set<File>()
    for item in list.split(separator: ",", omittingEmptySubsequences: false) {
      let word = item.trimmingCharacters(in: .whitespaces)
      guard let file = File.allCases.first(where: { $0.rawValue == word || $0.name == word })
      else {
        let shown = word.isEmpty ? "an empty name" : "'\(VisibleText.escaped(word))'"
        throw .usage(
          "--files: \(shown) is not a file run --out writes; name some of \(known),"
            + " separated by commas (e.g. --files summary,intervals,calls)", command: command)
      }
      chosen.insert(file)
    }
    return chosen
  }

  /// Whether `file` is chosen.
  func has(_ file: File) -> Bool { files.contains(file) }

  /// The names of the files chosen.
  var names: [String] { files.map(\.name) }
}
