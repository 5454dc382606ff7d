import CCSimCLI
import Foundation
import TestSupport

/// Runs the command line in-process and captures what it prints.
struct CLIResult {
  var code: Int32
  var out: String
  var err: String
}

final class Capture: @unchecked Sendable {
  private let lock = NSLock()
  private var text = ""
  func append(_ more: String) {
    lock.lock()
    text += more
    lock.unlock()
  }
  var value: String {
    lock.lock()
    defer { lock.unlock() }
    return text
  }
}

enum CLI {
  /// `ccsim ARGUMENTS…`.
  static func run(_ arguments: String...) -> CLIResult { run(arguments) }

  static func run(_ arguments: [String]) -> CLIResult {
    let out = Capture()
    let err = Capture()
    let console = Console(out: { out.append($0) }, err: { err.append($0) })
    let code = CCSim.main(["ccsim"] + arguments, console: console)
    return CLIResult(code: code, out: out.value, err: err.value)
  }

  /// The repository's root (for the example scenarios).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func scenario(_ name: String) -> String {
    root.appendingPathComponent("scenarios/\(name)").path
  }

  /// A fresh temporary directory (removed as the tests end: `TestDirectory`).
  static func temporaryDirectory() -> URL { TestDirectory.fresh("ccsim-test") }

  /// Writes `text` to a new file `name` in a fresh directory and returns its path.
  static func write(_ text: String, name: String = "scenario.json") -> String {
    let url = temporaryDirectory().appendingPathComponent(name)
    try! text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}
