import ContactCentre
import SimKernel

/// Renders routing test verdicts in the Test Anything Protocol (TAP version 14), which CI
/// systems and `prove` read: a plan line, `ok N - name` or `not ok N - name` with a YAML block
/// saying what was expected and what happened, and a closing count.
public enum RoutingCheckTAP {
  /// The report of `results` from tests file `file` on scenario `scenario`; `verbose` adds what
  /// happened to every call, as comments.
  public static func render(
    _ results: [RoutingCaseResult], file: String, scenario: String, verbose: Bool = false
  ) -> String {
    var text = "TAP version 14\n"
    text += "# ccsim check \(VisibleText.escaped("\(file) (scenario \(scenario))"))\n"
    text += "1..\(results.count)\n"
    for (index, result) in results.enumerated() {
      let name = escape(result.name)
      guard !result.passed else {
        text += "ok \(index + 1) - \(name)\n"
        if verbose { text += "  # \(VisibleText.escaped(result.summary))\n" }
        continue
      }
      text += "not ok \(index + 1) - \(name)\n"
      text += "  ---\n"
      text += "  message: \(quoted(result.failures[0]))\n"
      if result.failures.count > 1 {
        text += "  failures:\n"
        for failure in result.failures { text += "    - \(quoted(failure))\n" }
      }
      text += "  got: \(quoted(result.summary))\n"
      if let line = result.line { text += "  at: \(quoted("\(file):\(line)"))\n" }
      text += "  ...\n"
    }
    let failed = results.filter { !$0.passed }.count
    text += "# \(results.count - failed) passed, \(failed) failed\n"
    return text
  }

  /// A test name with `#` and `\` escaped, on one line, its other control characters shown
  /// (`VisibleText`).
  static func escape(_ name: String) -> String {
    var text = ""
    for character in name {
      switch character {
      case "\\": text += "\\\\"
      case "#": text += "\\#"
      case "\n", "\r", "\r\n": text += " "
      default: text += VisibleText.escaped(String(character))
      }
    }
    return text
  }

  /// A YAML double-quoted scalar.
  static func quoted(_ value: String) -> String {
    var text = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\t": text += "\\t"
      default:
        if VisibleText.isControl(scalar) {
          let hex = String(scalar.value, radix: 16)
          text +=
            scalar.value < 0x100
            ? "\\x" + (scalar.value < 0x10 ? "0" : "") + hex
            : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    return text + "\""
  }
}
