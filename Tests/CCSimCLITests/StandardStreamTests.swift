import Foundation
import Testing

@testable import CCSimCLI

/// A standard output or standard error that cannot be written — closed, full, or a pipe whose
/// reader has gone — ends ccsim with 73, never a crash, and leaves no temporary file; a stream
/// closed from the start stops it before it reads or writes anything.
@Suite(.enabled(if: ChildProcess.executable != nil))
struct StandardStreamTests {
  static var hasDevFull: Bool { FileManager.default.fileExists(atPath: "/dev/full") }

  /// A directory with a small scenario, and where `--out` would write.
  static func setUp() -> (scenario: String, out: String) {
    let directory = CLI.temporaryDirectory()
    let scenario = directory.appendingPathComponent("day.json").path
    try! OutputSafetyTests.scenario.write(toFile: scenario, atomically: true, encoding: .utf8)
    return (scenario, directory.appendingPathComponent("out").path)
  }

  @Test(arguments: [">&-", "2>&-", ">&- 2>&-"])
  func aClosedStreamStopsBeforeAnything(_ redirections: String) throws {
    let (scenario, out) = Self.setUp()
    let ending = try ChildProcess.run(
      ["run", scenario, "--out", out, "--trace", out + ".jsonl"], redirections: redirections)
    #expect(ending.exited(73), "\(redirections): \(ending.reason) \(ending.status)")
    #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
    #expect(!FileManager.default.fileExists(atPath: out + ".jsonl"))
    if redirections == ">&-" { #expect(ending.err.contains("standard output is closed")) }
  }

  /// Every command's output to a full device: 73 and a message, not SIGILL (132).
  @Test(.enabled(if: hasDevFull), arguments: ["run", "schema", "validate", "erlang", "help"])
  func aFullStandardOutputExits73(_ command: String) throws {
    let (scenario, _) = Self.setUp()
    let arguments: [String] =
      switch command {
      case "run", "validate": [command, scenario]
      case "erlang": ["erlang", "c", "--calls-per-hour", "100", "--aht", "180", "--agents", "6"]
      case "help": ["--help"]
      default: [command]
      }
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let ending = try ChildProcess.run(arguments, output: full)
    #expect(ending.exited(73), "\(command): \(ending.reason) \(ending.status) \(ending.err)")
    #expect(ending.err.contains("cannot write to standard output"))
  }

  /// A run whose results cannot be printed: 73; its output set, written before, is whole and
  /// no temporary file is left.
  @Test(.enabled(if: hasDevFull)) func aRunIntoAFullStandardOutputLeavesItsSetWhole() throws {
    let (scenario, out) = Self.setUp()
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let ending = try ChildProcess.run(["run", scenario, "--out", out], output: full)
    #expect(ending.exited(73), "\(ending.reason) \(ending.status)")
    #expect(ChildProcess.temporaryFiles(in: out).isEmpty)
    #expect(throws: Never.self) { try OutputSetReader(out).verify() }
  }

  @Test(.enabled(if: hasDevFull)) func aFullStandardErrorExits73() throws {
    let (scenario, out) = Self.setUp()
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    // The run's last word ("simulated … events") goes to standard error.
    let ending = try ChildProcess.run(["run", scenario, "--out", out], errors: full)
    #expect(ending.exited(73), "\(ending.reason) \(ending.status)")
    #expect(ChildProcess.temporaryFiles(in: out).isEmpty)
    let invalid = try ChildProcess.run(
      ["validate", CLI.write(#"{"duration": "1h"}"#)], errors: full)
    #expect(invalid.exited(73), "\(invalid.reason) \(invalid.status)")
  }

  /// A pipe whose reader has gone (closed before ccsim writes, so the write must fail): 73,
  /// silently, for every command that prints.
  @Test(arguments: ["run", "schema", "sweep"])
  func aPipeNobodyReadsExits73(_ command: String) throws {
    let (scenario, out) = Self.setUp()
    var arguments = [command]
    switch command {
    case "run": arguments += [scenario, "--format", "csv", "--trace", out + ".jsonl"]
    case "sweep":
      let sweep = URL(fileURLWithPath: scenario).deletingLastPathComponent()
        .appendingPathComponent("sweep.json").path
      try #"{"scenario": "day.json", "replications": 2}"#.write(
        toFile: sweep, atomically: true, encoding: .utf8)
      arguments += [sweep, "--out", out]
    default: break
    }
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    close(ends[0])
    let writer = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
    let ending = try ChildProcess.run(arguments, output: writer)
    #expect(ending.exited(73), "\(command): \(ending.reason) \(ending.status) \(ending.err)")
    #expect(!ending.err.contains("Fatal error"))
    let directory = URL(fileURLWithPath: out).deletingLastPathComponent().path
    #expect(ChildProcess.temporaryFiles(in: directory).isEmpty)
    #expect(ChildProcess.temporaryFiles(in: out).isEmpty)
  }
}
