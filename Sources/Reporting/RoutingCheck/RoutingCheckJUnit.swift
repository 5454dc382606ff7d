import ContactCentre

/// Renders routing test verdicts as JUnit XML, the report format CI servers (Jenkins, GitLab,
/// GitHub Actions, Azure Pipelines) show as test results: one `testsuite` for the tests file,
/// one `testcase` per case, a `failure` element for each case that failed (of type
/// `MissingName` for a case naming what the scenario does not have, else
/// `RoutingExpectation`).
public enum RoutingCheckJUnit {
  /// The report of `results` from tests file `file` on scenario `scenario`.
  public static func render(_ results: [RoutingCaseResult], file: String, scenario: String)
    -> String
  {
    let failures = results.filter { !$0.passed }.count
    let total = results.reduce(0) { $0 + $1.seconds }
    let counts =
      "tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"0\" time=\"\(seconds(total))\""
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"ccsim check\" \(counts)>\n"
    xml += "  <testsuite name=\"\(escape(file))\" \(counts) skipped=\"0\">\n"
    xml += "    <properties>\n"
    xml += "      <property name=\"scenario\" value=\"\(escape(scenario))\"/>\n"
    xml += "    </properties>\n"
    let className = escape(suiteName(file))
    for result in results {
      xml +=
        "    <testcase classname=\"\(className)\" name=\"\(escape(result.name))\""
        + " time=\"\(seconds(result.seconds))\""
        + (result.line.map { " file=\"\(escape(file))\" line=\"\($0)\"" } ?? "") + ">\n"
      if !result.passed {
        // A case that names what the scenario does not have failed without running.
        let type =
          result.summary == RoutingUnresolvedCase.notRun ? "MissingName" : "RoutingExpectation"
        xml +=
          "      <failure message=\"\(escape(result.failures[0]))\" type=\"\(type)\">"
        xml += escape((result.failures + ["got: " + result.summary]).joined(separator: "\n"))
        xml += "</failure>\n"
      }
      xml += "      <system-out>\(escape(result.summary))</system-out>\n"
      xml += "    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  /// `routing.cms-day` for `scenarios/routing-tests/cms-day.json`.
  static func suiteName(_ file: String) -> String {
    var name = file.split(separator: "/").last.map(String.init) ?? file
    if name.hasSuffix(".json") { name.removeLast(5) }
    return "routing." + name
  }

  static func seconds(_ value: Double) -> String {
    let milliseconds = Int((value * 1000).rounded())
    let fraction = String(milliseconds % 1000)
    return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  /// Text for an attribute or element: markup characters escaped, and characters XML 1.0
  /// cannot hold replaced.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&apos;"
      case "\n": escaped += "&#10;"
      case "\t": escaped += "&#9;"
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          escaped += "\u{FFFD}"
        } else {
          escaped.unicodeScalars.append(scalar)
        }
      }
    }
    return escaped
  }
}
