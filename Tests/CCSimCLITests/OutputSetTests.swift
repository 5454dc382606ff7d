import Foundation
import Testing

@testable import CCSimCLI

/// A reused output directory is replaced as a set: the files an earlier command wrote there and
/// this one does not are removed, and nothing else — not a user's file, a link or what it points
/// to, a directory, an input, nor anything a manifest names outside the directory.
struct OutputSetTests {
  static let manifest = OutputSet.manifestFile
  static let runFiles = ["summary.json", "intervals.csv", "agents.csv", "report.html"]

  static func files(_ directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
  }

  static func contents(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }

  static func write(_ text: String, to path: String) {
    try! text.write(toFile: path, atomically: false, encoding: .utf8)
  }

  /// The header and names of `directory`'s manifest, as `ccsim-outputs 2 run complete` and
  /// the names, checking that a complete manifest verifies.
  static func manifestLines(_ directory: String) -> [String] {
    guard let read = OutputManifest.read(directory) else { return [] }
    if read.state == .complete && read.version == 2 {
      #expect(throws: Never.self) { try OutputSetReader(directory).verify() }
    }
    return ["ccsim-outputs \(read.version) \(read.command) \(read.state)"] + read.names
  }

  /// A directory as an earlier command left it: a manifest naming `names` (in `state`), and
  /// each of `files` written.
  static func earlier(
    _ names: [String], files: [String] = [], state: String = "complete"
  ) -> String {
    let directory = CLI.temporaryDirectory().appendingPathComponent("out").path
    try! FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: false)
    write(
      (["ccsim-outputs 1 run \(state)"] + names).joined(separator: "\n") + "\n",
      to: directory + "/" + manifest)
    for file in files { write("earlier\n", to: directory + "/" + file) }
    return directory
  }

  /// `ccsim run` of a small scenario into `directory`.
  @discardableResult
  static func run(into directory: String, _ more: String...) -> CLIResult {
    let result = CLI.run(
      ["run", CLI.write(OutputSafetyTests.scenario), "--out", directory, "--quiet"] + more)
    #expect(result.code == 0, "\(result.err)")
    return result
  }

  @Test func aRunAfterALargerSetLeavesOnlyItsOwnFiles() {
    let directory = CLI.temporaryDirectory().path
    Self.write("mine\n", to: directory + "/notes.txt")
    let day = CLI.run(
      "run", CLI.scenario("cms-day.json"), "--out", directory, "--calls", "--quiet")
    #expect(day.code == 0, "\(day.err)")
    #expect(
      Self.manifestLines(directory) == [
        "ccsim-outputs 2 run complete", "summary.json", "intervals.csv", "agents.csv",
        "calls.csv", "incidents.csv", "report.html",
      ])
    let quick = CLI.run("run", CLI.scenario("quickstart.json"), "--out", directory, "--quiet")
    #expect(quick.code == 0, "\(quick.err)")
    #expect(Self.files(directory) == ([Self.manifest, "notes.txt"] + Self.runFiles).sorted())
    #expect(Self.manifestLines(directory) == ["ccsim-outputs 2 run complete"] + Self.runFiles)
    #expect(Self.contents(directory + "/notes.txt") == "mine\n", "the user's file is untouched")
  }

  /// calls.csv is written only when asked: a run without `--calls` into a directory that holds
  /// an earlier run's calls.csv removes it with the rest of the earlier set.
  @Test func aRunWithoutCallsRemovesTheEarlierCalls() {
    let directory = CLI.temporaryDirectory().path
    Self.run(into: directory, "--calls")
    #expect(Self.files(directory) == ([Self.manifest, "calls.csv"] + Self.runFiles).sorted())
    #expect(Self.manifestLines(directory).contains("calls.csv"))
    Self.run(into: directory)
    #expect(Self.files(directory) == ([Self.manifest] + Self.runFiles).sorted())
    #expect(Self.manifestLines(directory) == ["ccsim-outputs 2 run complete"] + Self.runFiles)
  }

  /// `--files` writes exactly the files named (with or without their extension), in the set's
  /// order; `--calls` adds calls.csv; the earlier set's other files go.
  @Test func filesChoosesTheSet() {
    let directory = CLI.temporaryDirectory().path
    Self.run(into: directory)
    Self.run(into: directory, "--files", "calls.csv, summary")
    #expect(Self.files(directory) == [Self.manifest, "calls.csv", "summary.json"])
    #expect(
      Self.manifestLines(directory) == [
        "ccsim-outputs 2 run complete", "summary.json", "calls.csv",
      ])
    Self.run(into: directory, "--files", "report", "--calls")
    #expect(Self.files(directory) == [Self.manifest, "calls.csv", "report.html"])
  }

  /// A name `--files` does not know, incidents without an AAC desk, and `--files` or `--calls`
  /// without `--out`: exit 64, saying why, with nothing run or written.
  @Test(arguments: [
    (
      ["--out", "DIR", "--files", "summary,call"], "--files: 'call' is not a file run --out writes"
    ),
    (["--out", "DIR", "--files", "summary,,agents"], "--files: an empty name is not a file"),
    (["--out", "DIR", "--files", "incidents"], "--files: incidents.csv is written for a scenario"),
    (["--calls"], "--calls chooses the files of --out DIR: give --out too"),
    (["--files", "summary"], "--files chooses the files of --out DIR: give --out too"),
  ])
  func badChoicesOfFilesExit64(_ options: [String], _ message: String) {
    let directory = CLI.temporaryDirectory().appendingPathComponent("out").path
    let result = CLI.run(
      ["run", CLI.write(OutputSafetyTests.scenario)]
        + options.map { $0 == "DIR" ? directory : $0 })
    #expect(result.code == 64, "\(result.err)")
    #expect(result.err.contains(message), "\(result.err)")
    #expect(result.out.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: directory))
  }

  /// An interrupted command leaves its manifest `writing`, naming both sets: the next removes
  /// what the interrupted one wrote.
  @Test func aSetLeftWritingIsReplacedToo() {
    let directory = Self.earlier(
      ["summary.json", "incidents.csv"], files: ["incidents.csv"], state: "writing")
    Self.run(into: directory)
    #expect(Self.files(directory) == ([Self.manifest] + Self.runFiles).sorted())
  }

  @Test func whileWritingTheManifestNamesBothSets() throws {
    let directory = Self.earlier(
      ["summary.json", "incidents.csv"], files: ["summary.json", "incidents.csv"])
    var output = try OutputSet(
      directory, command: "run", files: ["summary.json", "report.html"])
    try output.begin()
    #expect(
      Self.manifestLines(directory) == [
        "ccsim-outputs 2 run writing", "summary.json", "incidents.csv", "report.html",
      ])
    #expect(Self.files(directory).contains("incidents.csv"), "removed only at the end")
    try output.write("new\n", as: "summary.json")
    try output.write("new\n", as: "report.html")
    try output.commit()
    #expect(
      Self.manifestLines(directory) == [
        "ccsim-outputs 2 run complete", "summary.json", "report.html",
      ])
    #expect(Self.files(directory) == [Self.manifest, "report.html", "summary.json"])
  }

  @Test func withoutAManifestNothingIsRemoved() {
    let directory = CLI.temporaryDirectory().path
    Self.write("mine\n", to: directory + "/incidents.csv")
    Self.run(into: directory)
    #expect(Self.contents(directory + "/incidents.csv") == "mine\n")
  }

  /// A link named like a file of the earlier set stays, and so does what it points to; one
  /// named like a file of the new set is neither replaced nor written through: the command is
  /// refused before it runs.
  @Test(arguments: ["incidents.csv", "summary.json"])
  func aLinkIsNotFollowed(_ name: String) throws {
    let outside = CLI.write("not ccsim's\n", name: "target.csv")
    let directory = Self.earlier(["incidents.csv", "summary.json"])
    let link = directory + "/" + name
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside)
    let result = CLI.run(
      "run", CLI.write(OutputSafetyTests.scenario), "--out", directory, "--quiet")
    if name == "summary.json" {
      #expect(result.code == 73)
      #expect(result.err.contains("\(link): is a symbolic link: ccsim never replaces one"))
      #expect(
        Self.manifestLines(directory) == [
          "ccsim-outputs 1 run complete", "incidents.csv", "summary.json",
        ], "nothing is written")
    } else {
      #expect(result.code == 0, "\(result.err)")
    }
    #expect(Self.contents(outside) == "not ccsim's\n", "the link's target is untouched")
    let kind = try FileManager.default.attributesOfItem(atPath: link)[.type] as? FileAttributeType
    #expect(kind == .typeSymbolicLink)
  }

  @Test func aDirectoryNamedInTheManifestStays() throws {
    let directory = Self.earlier(["incidents.csv"])
    try FileManager.default.createDirectory(
      atPath: directory + "/incidents.csv", withIntermediateDirectories: false)
    Self.write("mine\n", to: directory + "/incidents.csv/notes.txt")
    Self.run(into: directory)
    #expect(Self.contents(directory + "/incidents.csv/notes.txt") == "mine\n")
  }

  /// A manifest naming anything but a plain name removes nothing, not even the plain names it
  /// also lists, and is replaced.
  @Test(arguments: ["../x", "sub/x", "sub/../x", "/x", "..", ".", ""])
  func aManifestNamingPathsRemovesNothing(_ name: String) throws {
    let directory = Self.earlier(["old.csv", name, "x"], files: ["old.csv", "x"])
    let parent = URL(fileURLWithPath: directory).deletingLastPathComponent().path
    Self.write("outside\n", to: parent + "/x")
    try FileManager.default.createDirectory(
      atPath: directory + "/sub", withIntermediateDirectories: false)
    Self.write("inside\n", to: directory + "/sub/x")
    Self.run(into: directory)
    #expect(Self.contents(parent + "/x") == "outside\n")
    #expect(Self.contents(directory + "/sub/x") == "inside\n")
    #expect(Self.contents(directory + "/old.csv") == "earlier\n")
    #expect(Self.contents(directory + "/x") == "earlier\n")
    #expect(Self.manifestLines(directory) == ["ccsim-outputs 2 run complete"] + Self.runFiles)
  }

  /// A manifest that is not ccsim's removes nothing: another format is replaced; a link (to
  /// what reads as a manifest) is neither replaced nor written through, and nothing is written.
  @Test(arguments: [false, true])
  func aManifestNotCCSimsRemovesNothing(linked: Bool) throws {
    let directory = CLI.temporaryDirectory().path
    Self.write("mine\n", to: directory + "/notes.txt")
    let path = directory + "/" + Self.manifest
    let text = linked ? "ccsim-outputs 1 run complete\nnotes.txt\n" : "notes.txt\n"
    if linked {
      let outside = CLI.write(text, name: "list.txt")
      try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: outside)
      let result = CLI.run(
        "run", CLI.write(OutputSafetyTests.scenario), "--out", directory, "--quiet")
      #expect(result.code == 73)
      #expect(Self.contents(outside) == text)
      #expect(Self.files(directory) == [Self.manifest, "notes.txt"])
    } else {
      Self.write(text, to: path)
      Self.run(into: directory)
      #expect(Self.manifestLines(directory) == ["ccsim-outputs 2 run complete"] + Self.runFiles)
    }
    #expect(Self.contents(directory + "/notes.txt") == "mine\n")
    let kind = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    #expect(kind == (linked ? .typeSymbolicLink : .typeRegular))
  }

  /// What the command reads or traces is never removed, though the manifest names it.
  @Test func theScenarioAndTheTraceStay() {
    let directory = Self.earlier(["day.json", "trace.jsonl"])
    Self.write(OutputSafetyTests.scenario, to: directory + "/day.json")
    let result = CLI.run(
      "run", directory + "/day.json", "--out", directory, "--trace",
      directory + "/trace.jsonl", "--quiet")
    #expect(result.code == 0, "\(result.err)")
    #expect(Self.contents(directory + "/day.json") == OutputSafetyTests.scenario)
    #expect(Self.files(directory).contains("trace.jsonl"))
  }

  @Test func aShardAfterAWholeSweepLeavesNoResults() {
    let directory = SweepCommandTests.setUp()
    let out = SweepCommandTests.runWhole(directory).path
    #expect(
      Self.manifestLines(out) == [
        "ccsim-outputs 2 sweep complete", "manifest.json", "replications.tsv", "results.json",
        "results.csv",
      ])
    Self.write("mine\n", to: out + "/notes.txt")
    let shard = CLI.run(
      "sweep", directory.appendingPathComponent("sweep.json").path, "--shard", "1/2", "--out",
      out, "--quiet")
    #expect(shard.code == 0, "\(shard.err)")
    #expect(
      Self.files(out) == [Self.manifest, "manifest.json", "notes.txt", "replications.tsv"])
    #expect(
      Self.manifestLines(out) == [
        "ccsim-outputs 2 sweep complete", "manifest.json", "replications.tsv",
      ])
  }

  @Test func aMergeAfterARunLeavesOnlyItsOwnFiles() {
    let directory = SweepCommandTests.setUp()
    let parts = SweepCommandTests.runShards(directory, count: 2)
    let out = CLI.temporaryDirectory().path
    Self.run(into: out)
    let merge = CLI.run(["merge"] + parts + ["--out", out, "--quiet"])
    #expect(merge.code == 0, "\(merge.err)")
    let files = ["manifest.json", "replications.tsv", "results.json", "results.csv"]
    #expect(Self.files(out) == ([Self.manifest] + files).sorted())
    #expect(Self.manifestLines(out) == ["ccsim-outputs 2 merge complete"] + files)
  }
}
