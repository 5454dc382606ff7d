import Foundation

/// Python's `jsonschema` (draft 2020-12), through `scripts/check-schema.py`: the standard
/// validator that the tests hold ccsim's schemas to.
///
/// Needs `python3` with `jsonschema` (Debian: python3-jsonschema); the tests that use it skip
/// without it, unless CCSIM_REQUIRE_JSONSCHEMA=1 (as in CI) makes that a failure.
public enum JSONSchemaValidator {
  /// Whether `python3` can import `jsonschema`.
  public static let isAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import jsonschema"]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }()

  /// Whether a missing validator is a failure rather than a reason to skip.
  public static let isRequired =
    ProcessInfo.processInfo.environment["CCSIM_REQUIRE_JSONSCHEMA"] == "1"

  /// The schema given is not a valid draft 2020-12 schema.
  public struct InvalidSchema: Error {}

  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The validator's verdict on each file: "valid", "invalid: …" or "unreadable: …", by path.
  public static func verdicts(schema: String, files: [String]) throws -> [String: String] {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("ccsim-schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let schemaPath = directory.appendingPathComponent("schema.json").path
    try schema.write(toFile: schemaPath, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["python3", repository.appendingPathComponent("scripts/check-schema.py").path, schemaPath]
      + files
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw InvalidSchema() }
    var verdicts: [String: String] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let words = line.split(separator: " ", maxSplits: 1)
      guard words.count == 2 else { continue }
      let rest = String(words[1])
      let path = rest.split(separator: ":", maxSplits: 1).first.map(String.init) ?? rest
      verdicts[path] = String(words[0]) + rest.dropFirst(path.count)
    }
    return verdicts
  }
}
