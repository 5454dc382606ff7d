import Foundation
import Testing

@testable import CCSimCLI

/// SIGINT, SIGTERM and SIGHUP at any moment of a run — simulating, writing the trace, writing
/// the set — end it with 130 and leave no temporary file; the directory then holds a set whose
/// complete manifest verifies (the earlier one, or the new one), or a manifest saying `writing`:
/// never a complete manifest over the files of two runs.
@Suite(.enabled(if: ChildProcess.executable != nil))
struct InterruptionTests {
  /// About a second in a debug build, writing some megabytes.
  static let scenario = """
    {"duration": "4h",
     "lines": [{"id": "main", "callType": "general", "arrivals": {"perHour": 2500}}],
     "callTypes": [{"id": "general", "talk": {"exponential": {"mean": 170}}}],
     "teams": [{"id": "gich", "agents": 130, "handles": ["general"]}]}
    """

  /// What the directory holds: the complete set's run, verified; nil while writing.
  static func completeRun(_ directory: String) throws -> String? {
    let manifest = try #require(OutputManifest.read(directory), "a manifest")
    guard manifest.state == .complete else { return nil }
    try OutputSetReader(directory).verify()
    return manifest.run
  }

  @Test func aSignalAtAnyMomentLeavesNoTemporaryFileAndNoMixedSet() throws {
    let directory = CLI.temporaryDirectory()
    let scenario = directory.appendingPathComponent("long.json").path
    try Self.scenario.write(toFile: scenario, atomically: true, encoding: .utf8)
    let out = directory.appendingPathComponent("out").path
    let trace = out + "/trace.jsonl"
    func arguments(seed: Int) -> [String] {
      ["run", scenario, "--out", out, "--trace", trace, "--seed", String(seed), "--quiet"]
    }
    let started = Date()
    let first = try ChildProcess.run(arguments(seed: 1))
    #expect(first.exited(0), "\(first.err)")
    let length = Date().timeIntervalSince(started)
    var previous = try Self.completeRun(out)
    #expect(previous != nil)

    var generator = SystemRandomNumberGenerator()
    let signals = [SIGINT, SIGTERM, SIGHUP]
    let rounds = 16
    for round in 0..<rounds {
      let signal = signals[round % signals.count]
      // A random moment in the round's share of the run, so that every phase is reached.
      let share = (Double(round) + Double.random(in: 0..<1, using: &generator)) / Double(rounds)
      let delay = share * length * 1.1
      let child = try ChildProcess.start(arguments(seed: round + 2))
      Thread.sleep(forTimeInterval: delay)
      kill(child.process.processIdentifier, signal)
      let ending = ChildProcess.wait(child)
      let place = "round \(round), signal \(signal) after \(String(format: "%.3f", delay)) s"
      // Before the handlers are installed, the signal's default action ends the child.
      let early = ending.reason == .uncaughtSignal && ending.status == signal
      #expect(
        ending.exited(130) || ending.exited(0) || early,
        "\(place): \(ending.reason) \(ending.status) \(ending.err)")
      #expect(ChildProcess.temporaryFiles(in: out).isEmpty, "\(place)")
      let now = try Self.completeRun(out)
      if ending.exited(0) {
        #expect(now != nil && now != previous, "\(place): the new set")
      } else if let now {
        #expect(now == previous, "\(place): the earlier set, untouched")
      }
      if let now { previous = now }
      // The trace, beside the set, is whole too: absent, or ending with its last line.
      if let handle = FileHandle(forReadingAtPath: trace) {
        let size = handle.seekToEndOfFile()
        handle.seek(toFileOffset: max(size, 1) - 1)
        #expect(handle.readData(ofLength: 1) == Data("\n".utf8), "\(place)")
        handle.closeFile()
      }
    }
  }
}
