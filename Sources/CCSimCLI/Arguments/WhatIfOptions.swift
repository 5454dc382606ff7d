import ContactCentre
import Foundation
import Scenario

/// The what-if changes of `--change TEXT` (each a line of its own) and `--changes FILE`, read
/// against a scenario and its snapshot (`WhatIfParser`) and applied at the snapshot's instant
/// (`WhatIf.apply`).
enum WhatIfOptions {
  /// The scenario and snapshot with `changes` then `file`'s changes applied, and the changes as
  /// given (the file's lines without blanks and comments).
  ///
  /// - Throws: a change that does not read or apply (65); an unreadable file (66).
  static func apply(
    _ changes: [String], file: String?, to configuration: CentreConfiguration,
    now: CentreNow, command: String
  ) throws(CLIError) -> (CentreConfiguration, CentreNow, [String]) {
    guard !changes.isEmpty || file != nil else { return (configuration, now, []) }
    var parsed: [WhatIf]
    var given = changes
    do {
      parsed = try WhatIfParser.parse(
        lines: changes, source: "--change", configuration: configuration, now: now)
      if let file {
        parsed += try WhatIfParser.parseFile(path: file, configuration: configuration, now: now)
        // As shown beside the projection: the file's changes, without blanks and comments.
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        given += text.components(separatedBy: .newlines).map {
          $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
      }
    } catch {
      throw CLIError.from(error)
    }
    do {
      let (changed, changedNow) = try WhatIf.apply(parsed, to: configuration, now: now)
      return (changed, changedNow, given)
    } catch {
      throw CLIError(.invalidScenario, "what-if: \(error)")
    }
  }
}
