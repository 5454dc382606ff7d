import ContactCentre
import SimKernel

/// Reads what-if changes (`WhatIf`) written as `ccsim run --from SNAPSHOT --change TEXT` takes
/// them, or one a line in a file (docs/snapshot.md, "What-if changes"):
///
/// ```
/// back "gich agent 3", "gich agent 4"     # named agents, Ready now
/// back 3 gich from Coaching               # the 3 NotReady longest, in Coaching
/// break gich Lunch 13:00                  # gich's Lunch moved to 13:00
/// overtime gich 2 until 18:00             # 2 more gich agents to 18:00 (from 11:00: later)
/// route owner-first step 2 after 30s      # a step's delay
/// route owner-first step 3 teams gich+ni  # a step's teams
/// route owner-first remove step 2         # a step removed
/// ```
///
/// Names are the scenario's (teams, routing plans, NotReady reasons, agents as routing tests
/// name them, steps by number from 1 or by name); a name with spaces is quoted. Each change
/// is checked against the scenario and snapshot as the changes before it leave them.
public enum WhatIfParser {
  /// The forms of a change, for messages and help.
  public static let forms = [
    "back AGENT[, AGENT…]", "back N TEAM [from REASON]", "break TEAM REASON HH:MM",
    "overtime TEAM N until HH:MM [from HH:MM]", "route PLAN step STEP after DURATION",
    "route PLAN step STEP teams TEAM[+TEAM…]", "route PLAN remove step STEP",
  ]

  /// The change written in `text` (line `line` of `source`, for messages), its names
  /// resolved against `configuration` and checked against the snapshot `now`
  /// (`WhatIf.apply`); nil when `text` is blank or a comment.
  ///
  /// - Throws: `ScenarioLoadError.invalid` with the problem at `source:line:column`.
  public static func parse(
    _ text: String, source: String, line: Int, configuration: CentreConfiguration,
    now: CentreNow
  ) throws(ScenarioLoadError) -> WhatIf? {
    do {
      return try WhatIfReader(
        text, source: source, line: line, configuration: configuration, now: now
      ).change()
    } catch {
      throw .invalid([error])
    }
  }

  /// The changes written in `lines` (line N of `source` is `lines[N - 1]`; blank lines and
  /// `#` comments are skipped), each read and checked against the scenario and snapshot as
  /// the changes before it leave them.
  ///
  /// - Throws: `ScenarioLoadError.invalid` with every problem found (a line with a problem
  ///   changes nothing for the lines after it).
  public static func parse(
    lines: [String], source: String, configuration: CentreConfiguration, now: CentreNow
  ) throws(ScenarioLoadError) -> [WhatIf] {
    var changes: [WhatIf] = []
    var errors: [ScenarioError] = []
    var (configuration, now) = (configuration, now)
    for (index, text) in lines.enumerated() {
      do {
        let reader = try WhatIfReader(
          text, source: source, line: index + 1, configuration: configuration, now: now)
        guard let change = try reader.change() else { continue }
        changes.append(change)
        (configuration, now) = try WhatIf.apply([change], to: configuration, now: now)
      } catch let error as ScenarioError {
        errors.append(error)
      } catch {
        // `change()` checked the change against this very state already.
        errors.append(
          ScenarioError(
            code: .invalidValue, file: source, path: "",
            location: SourceLocation(line: index + 1, column: 1), message: "\(error)"))
      }
    }
    guard errors.isEmpty else { throw .invalid(errors) }
    return changes
  }

  /// The changes in the file at `path`, one a line (`parse(lines:source:configuration:now:)`).
  ///
  /// - Throws: `ScenarioLoadError.unreadable` when the file cannot be read, `.invalid` with
  ///   every problem found otherwise.
  public static func parseFile(
    path: String, configuration: CentreConfiguration, now: CentreNow
  ) throws(ScenarioLoadError) -> [WhatIf] {
    let bytes = try ScenarioLoader.contents(of: path, what: "file of changes")
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .unreadable(file: path, reason: "is not UTF-8 text")
    }
    var lines = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }
    ).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return try parse(lines: lines, source: path, configuration: configuration, now: now)
  }
}
