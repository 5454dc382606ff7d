import Foundation
import Testing

@testable import CCSimCLI

/// What ccsim writes over: a new name or a regular file (replaced whole); a FIFO or a character
/// device given as a single output file (`--trace`, `--write-scenario`, `--junit`) is written
/// through; a link, a directory — or, among the files of an output set, anything but a regular
/// file — is refused with 73 and left as it was. Every path here is in a temporary directory.
struct OutputTargetTests {
  /// The commands that write files, each given `target` as the file it writes.
  enum Output: String, CaseIterable, Sendable {
    case trace, writeScenario, junit, runSet, sweepSet

    /// Whether a FIFO or a character device is written through (single files) or refused
    /// (the files of a set).
    var streams: Bool { self == .trace || self == .writeScenario || self == .junit }

    /// The command line writing `target` (for a set: `target` is its first file), with its
    /// inputs in `directory`.
    func arguments(_ target: String, in directory: URL) throws -> [String] {
      let scenario = directory.appendingPathComponent("day.json").path
      try StaffCommandTests.core.write(toFile: scenario, atomically: true, encoding: .utf8)
      let setDirectory = URL(fileURLWithPath: target).deletingLastPathComponent().path
      switch self {
      case .trace: return ["run", scenario, "--trace", target, "--quiet"]
      case .writeScenario:
        return ["staff", scenario, "--write-scenario", target] + StaffCommandTests.fast
      case .junit:
        let tests = directory.appendingPathComponent("routing.json").path
        try
          #"{"scenario": "day.json", "cases": [{"name": "waits", "caller": {"line": "main"}, "expect": {"waits": true}}]}"#
          .write(
            toFile: tests, atomically: true, encoding: .utf8)
        return ["check", tests, "--junit", target]
      case .runSet: return ["run", scenario, "--out", setDirectory, "--quiet"]
      case .sweepSet:
        let sweep = directory.appendingPathComponent("sweep.json").path
        try #"{"scenario": "day.json", "replications": 2}"#.write(
          toFile: sweep, atomically: true, encoding: .utf8)
        return ["sweep", sweep, "--out", setDirectory, "--quiet"]
      }
    }

    /// The file written: for a set, its first file in `out`.
    func target(in directory: URL) -> String {
      switch self {
      case .trace: directory.appendingPathComponent("trace.jsonl").path
      case .writeScenario: directory.appendingPathComponent("staffed.json").path
      case .junit: directory.appendingPathComponent("junit.xml").path
      case .runSet: directory.appendingPathComponent("out/summary.json").path
      case .sweepSet: directory.appendingPathComponent("out/manifest.json").path
      }
    }
  }

  enum Kind: String, CaseIterable, Sendable {
    case link, danglingLink, directory, fifo
  }

  static func kind(_ path: String) -> FileAttributeType? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
  }

  /// A link (to a file outside, or to nothing) or a directory is never replaced nor written
  /// through: 73, and it and what it points to are as they were.
  @Test(arguments: Output.allCases, [Kind.link, .danglingLink, .directory])
  func aLinkOrADirectoryIsRefused(_ output: Output, _ kind: Kind) throws {
    let directory = CLI.temporaryDirectory()
    let target = output.target(in: directory)
    try FileManager.default.createDirectory(
      atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path,
      withIntermediateDirectories: true)
    let outside = CLI.temporaryDirectory().appendingPathComponent("outside.txt").path
    switch kind {
    case .link:
      try "not ccsim's\n".write(toFile: outside, atomically: true, encoding: .utf8)
      try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: outside)
    case .danglingLink:
      try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: outside)
    default:
      try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
    }
    let result = CLI.run(try output.arguments(target, in: directory))
    #expect(result.code == 73, "\(output) \(kind): \(result.err)")
    let what = kind == .directory ? "a directory" : "a symbolic link"
    #expect(result.err.contains("\(target): is \(what): ccsim never replaces one"))
    #expect(Self.kind(target) == (kind == .directory ? .typeDirectory : .typeSymbolicLink))
    if kind == .link {
      #expect(try String(contentsOfFile: outside, encoding: .utf8) == "not ccsim's\n")
    } else if kind == .danglingLink {
      #expect(!FileManager.default.fileExists(atPath: outside), "nothing created through it")
    }
    #expect(ChildProcess.temporaryFiles(in: directory.path).isEmpty)
  }

  /// A FIFO: a single output file is written through to whoever reads it, and stays a FIFO;
  /// among the files of a set it is refused.
  @Test(arguments: Output.allCases)
  func aFIFOIsWrittenThroughOrRefused(_ output: Output) throws {
    let directory = CLI.temporaryDirectory()
    let target = output.target(in: directory)
    try FileManager.default.createDirectory(
      atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path,
      withIntermediateDirectories: true)
    #expect(mkfifo(target, 0o644) == 0)
    let reader = FIFOReader(target)
    let result = CLI.run(try output.arguments(target, in: directory))
    let read = reader.finish()
    var status = stat()
    #expect(lstat(target, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
    if output.streams {
      #expect(result.code == 0, "\(output): \(result.err)")
      let expected =
        switch output {
        case .trace: "{\"t\":"
        case .junit: "<?xml"
        default: "{"
        }
      #expect(read.hasPrefix(expected), "\(output): \(read.prefix(80))")
      #expect(read.hasSuffix("\n"))
    } else {
      #expect(result.code == 73, "\(output): \(result.err)")
      #expect(result.err.contains("\(target): is a FIFO: ccsim never replaces one"))
      #expect(read.isEmpty)
    }
    #expect(ChildProcess.temporaryFiles(in: directory.path).isEmpty)
  }

  /// A character device made in the temporary directory (as root: the null device's numbers)
  /// is written through by `--trace`, refused in a set, and stays a device.
  @Test(.enabled(if: canMakeDevices)) func aCharacterDeviceIsWrittenThroughOrRefused() throws {
    for output in [Output.trace, .runSet] {
      let directory = CLI.temporaryDirectory()
      let target = output.target(in: directory)
      try FileManager.default.createDirectory(
        atPath: URL(fileURLWithPath: target).deletingLastPathComponent().path,
        withIntermediateDirectories: true)
      #expect(mknod(target, S_IFCHR | 0o666, Self.nullDevice) == 0)
      let result = CLI.run(try output.arguments(target, in: directory))
      #expect(result.code == (output.streams ? 0 : 73), "\(output): \(result.err)")
      #expect(Self.kind(target) == .typeCharacterSpecial)
      #expect(ChildProcess.temporaryFiles(in: directory.path).isEmpty)
    }
  }

  /// The device numbers of the null device (1, 3).
  static let nullDevice = dev_t(1 << 8 | 3)

  /// Whether a character device can be made, and written, in a temporary directory.
  static let canMakeDevices: Bool = {
    let path = CLI.temporaryDirectory().appendingPathComponent("probe").path
    guard mknod(path, S_IFCHR | 0o666, nullDevice) == 0 else { return false }
    defer { unlink(path) }
    let descriptor = open(path, O_WRONLY)
    guard descriptor >= 0 else { return false }
    close(descriptor)
    return true
  }()

  /// Reads a FIFO from another thread until the writer is done: opened at once (non-blocking,
  /// so that a command that never opens it cannot hang the test).
  final class FIFOReader: @unchecked Sendable {
    private let lock = NSLock()
    private var text = Data()
    private var finished = false
    private let done = DispatchSemaphore(value: 0)

    init(_ path: String) {
      let descriptor = open(path, O_RDONLY | O_NONBLOCK)
      Thread {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
          let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65536) }
          if count > 0 {
            self.lock.withLock { self.text.append(contentsOf: buffer[0..<count]) }
            continue
          }
          if self.lock.withLock({ self.finished }) { break }
          usleep(1000)
        }
        close(descriptor)
        self.done.signal()
      }.start()
    }

    /// What was read, once the command writing has returned.
    func finish() -> String {
      lock.withLock { finished = true }
      done.wait()
      return lock.withLock { String(decoding: text, as: UTF8.self) }
    }
  }
}
