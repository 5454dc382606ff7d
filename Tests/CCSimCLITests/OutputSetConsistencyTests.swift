import Foundation
import Testing

@testable import CCSimCLI

/// An output set is the earlier one or the new one, never a mix: its complete manifest names
/// the run and each file's size and SHA-256, two commands never write one directory at once,
/// and an interrupted or mixed set does not verify — `merge` refuses it.
struct OutputSetConsistencyTests {
  static func run(into directory: String, seed: Int) -> CLIResult {
    CLI.run(
      "run", CLI.write(OutputSafetyTests.scenario), "--out", directory, "--calls", "--seed",
      String(seed), "--format", "json", "--quiet")
  }

  @Test func theManifestNamesTheRunAndEachFilesSizeAndDigest() throws {
    let directory = CLI.temporaryDirectory().path
    #expect(Self.run(into: directory, seed: 3).code == 0)
    let text = try String(contentsOfFile: directory + "/.ccsim-outputs", encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    let header = lines[0].split(separator: " ")
    #expect(header.prefix(4) == ["ccsim-outputs", "2", "run", "complete"])
    #expect(header.count == 5 && header[4].count == 32)
    // calls.csv (--calls), written as the run went, is hashed as it was written.
    let files = ["summary.json", "intervals.csv", "agents.csv", "calls.csv", "report.html"]
    #expect(lines.count == 1 + files.count)
    for (line, name) in zip(lines.dropFirst(), files) {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
      #expect(line == "\(SHA256.hex(bytes)) \(bytes.count) \(name)")
    }
    // Another run into the same directory names another run.
    #expect(Self.run(into: directory, seed: 3).code == 0)
    let again = try String(contentsOfFile: directory + "/.ccsim-outputs", encoding: .utf8)
    #expect(again.split(separator: "\n").first != lines.first.map { Substring($0) })
    #expect(again.split(separator: "\n").dropFirst() == text.split(separator: "\n").dropFirst())
  }

  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: CLIResult] = [:]
    func set(_ index: Int, _ result: CLIResult) { lock.withLock { results[index] = result } }
    var all: [CLIResult] { lock.withLock { results.keys.sorted().map { results[$0]! } } }
  }

  /// Two runs started together into one directory: the second to lock it is refused (73), or
  /// they did not overlap and both ran; either way the directory ends with one whole set, that
  /// of a run that succeeded.
  @Test func twoRunsAtOnceEndWithOneWholeSet() throws {
    for round in 0..<4 {
      let directory = CLI.temporaryDirectory().path
      #expect(Self.run(into: directory, seed: 100).code == 0, "an earlier set")
      let results = Results()
      let group = DispatchGroup()
      let start = DispatchSemaphore(value: 0)
      for index in 0..<2 {
        group.enter()
        Thread {
          start.wait()
          results.set(index, Self.run(into: directory, seed: 2 * round + index + 1))
          group.leave()
        }.start()
      }
      start.signal()
      start.signal()
      group.wait()
      let finished = results.all
      for result in finished where result.code != 0 {
        #expect(result.code == 73, "round \(round): \(result.err)")
        #expect(result.err.contains("another ccsim command is writing there"))
        #expect(result.out.isEmpty)
      }
      let succeeded = finished.filter { $0.code == 0 }
      #expect(!succeeded.isEmpty, "round \(round)")
      try OutputSetReader(directory).verify()
      let summary = try String(contentsOfFile: directory + "/summary.json", encoding: .utf8)
      #expect(succeeded.contains { $0.out == summary }, "round \(round): a winner's summary")
      #expect(ChildProcess.temporaryFiles(in: directory).isEmpty)
    }
  }

  /// While one command holds the directory, another is refused at once and writes nothing.
  @Test func aLockedDirectoryIsRefused() throws {
    let directory = CLI.temporaryDirectory().path
    let earlier = Self.run(into: directory, seed: 5)
    var lock: DirectoryLock? = try DirectoryLock(directory)
    let refused = Self.run(into: directory, seed: 6)
    #expect(refused.code == 73)
    #expect(
      refused.err.contains(
        "\(directory): another ccsim command is writing there: wait for it to finish"))
    try OutputSetReader(directory).verify()
    #expect(try String(contentsOfFile: directory + "/summary.json", encoding: .utf8) == earlier.out)
    _ = lock
    lock = nil
    #expect(Self.run(into: directory, seed: 6).code == 0, "free again")
  }

  /// A command stopped between its first file and its manifest leaves `writing`: the set does
  /// not verify, whatever files are there.
  @Test func anInterruptedSetDoesNotVerify() throws {
    let directory = CLI.temporaryDirectory().path
    #expect(Self.run(into: directory, seed: 7).code == 0)
    try OutputSetReader(directory).verify()
    var output = try OutputSet(directory, command: "run", files: OutputSetTests.runFiles)
    try output.begin()
    try output.write("{}\n", as: "summary.json")
    let error = #expect(throws: CLIError.self) { try OutputSetReader(directory) }
    #expect(error?.code == .inputMissing)
    #expect(error?.message.contains("its output set is incomplete") == true)
  }

  /// The files of two runs side by side — summary.json of one, calls.csv of another — do not
  /// verify against either manifest.
  @Test func aMixedSetDoesNotVerify() throws {
    let one = CLI.temporaryDirectory().path
    let other = CLI.temporaryDirectory().path
    #expect(Self.run(into: one, seed: 8).code == 0)
    #expect(Self.run(into: other, seed: 9).code == 0)
    try FileManager.default.removeItem(atPath: one + "/calls.csv")
    try FileManager.default.copyItem(atPath: other + "/calls.csv", toPath: one + "/calls.csv")
    let reader = try OutputSetReader(one)
    _ = try reader.contents("summary.json")
    let error = #expect(throws: CLIError.self) { try reader.verify() }
    #expect(error?.code == .invalidScenario)
    #expect(error?.message.contains("\(one)/calls.csv: not the file") == true)
  }

  /// `merge` reads only whole parts: one being written (or interrupted), one whose files are
  /// of two sweeps, or one from before manifests had digests, is refused.
  @Test func mergeRefusesAPartThatIsNotWhole() throws {
    let directory = SweepCommandTests.setUp()
    let parts = SweepCommandTests.runShards(directory, count: 2)
    let other = SweepCommandTests.setUp {
      $0.replacing("\"replications\": 2", with: "\"replications\": 2, \"seed\": 12")
    }
    let otherParts = SweepCommandTests.runShards(other, count: 2)
    let manifest = parts[1] + "/.ccsim-outputs"
    let complete = try String(contentsOfFile: manifest, encoding: .utf8)

    try FileManager.default.removeItem(atPath: parts[1] + "/replications.tsv")
    try FileManager.default.copyItem(
      atPath: otherParts[1] + "/replications.tsv", toPath: parts[1] + "/replications.tsv")
    let mixed = CLI.run("merge", parts[0], parts[1])
    #expect(mixed.code == 65)
    #expect(mixed.err.contains("\(parts[1])/replications.tsv: not the file"), "\(mixed.err)")

    let writing = complete.split(separator: "\n")[0].replacing(" complete ", with: " writing ")
    try (writing + "\nmanifest.json\nreplications.tsv\n").write(
      toFile: manifest, atomically: true, encoding: .utf8)
    let unfinished = CLI.run("merge", parts[0], parts[1])
    #expect(unfinished.code == 66)
    #expect(unfinished.err.contains("\(parts[1]): its output set is incomplete"))

    try "ccsim-outputs 1 sweep complete\nmanifest.json\nreplications.tsv\n".write(
      toFile: manifest, atomically: true, encoding: .utf8)
    let old = CLI.run("merge", parts[0], parts[1])
    #expect(old.code == 65)
    #expect(old.err.contains("written by an earlier ccsim"))

    try FileManager.default.removeItem(atPath: manifest)
    let none = CLI.run("merge", parts[0], parts[1])
    #expect(none.code == 66)
    #expect(none.err.contains("\(parts[1]): no .ccsim-outputs"))
  }
}
