import Foundation
import Reporting
import Scenario
import SimKernel

/// `ccsim validate SWEEP`: a sweep file, read by the loader `ccsim sweep` uses.
extension ValidateCommand {
  /// Whether the file at `path` is a sweep: JSON whose top level has a `scenario` or `factors`
  /// key, neither of which a scenario has. A file that cannot be read or parsed is not (the
  /// scenario loader then says what is wrong with it).
  static func isSweep(at path: String) -> Bool {
    guard let data = FileManager.default.contents(atPath: path),
      let root = try? JSONParser.parse(Array(data)), case .object(let members) = root.value
    else { return false }
    return members.contains { $0.key == "scenario" || $0.key == "factors" }
  }

  /// What `validate` prints for the valid sweep at `path`: its grid and its units of work.
  static func validSweep(_ path: String, json: Bool) throws(ScenarioLoadError) -> String {
    let sweep = try SweepLoader.load(path: path)
    if json {
      return JSONOutput.object([
        ("valid", .bool(true)), ("errors", .array([])), ("kind", .string("sweep")),
        ("points", .int(sweep.points.count)), ("replications", .int(sweep.replications)),
        ("units", .int(sweep.units)),
      ]).rendered() + "\n"
    }
    let grid =
      sweep.factors.isEmpty
      ? "no factors"
      : sweep.factors.map { "\($0.name) \($0.levels.count)" }.joined(separator: " × ")
    return "\(VisibleText.escaped(path)): valid sweep of \"\(VisibleText.escaped(sweep.scenario))\""
      + " — \(sweep.points.count) point(s) (\(grid)) × \(sweep.replications) replication(s)"
      + " = \(sweep.units) unit(s), so up to \(sweep.units) shard(s) with work\n"
  }
}
