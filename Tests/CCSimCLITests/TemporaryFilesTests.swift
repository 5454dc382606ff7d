import Foundation
import Testing

@testable import CCSimCLI

/// Temporary files are named unpredictably, created exclusively and never through a link, mode
/// 0644 less the umask: a link planted in a shared output directory is never followed.
struct TemporaryFilesTests {
  /// The process's umask, read without changing it (Linux; 022 elsewhere).
  static var umask: mode_t {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
    return line.flatMap { mode_t($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) }
      ?? 0o022
  }

  /// Once an output set's complete manifest is renamed into place, a signal lets the command
  /// finish (exit 0) instead of ending it with 130: exit 130 always means the earlier set.
  /// (Were it to end the process, this test's process would exit 130 and the run fail.)
  @Test func aSignalAfterTheSetIsCompleteLetsTheCommandFinish() throws {
    let target = CLI.temporaryDirectory().appendingPathComponent(".ccsim-outputs").path
    let created = try TemporaryFiles.create(beside: target)
    close(created.descriptor)
    #expect(TemporaryFiles.rename(created.path, to: target, finishing: true) == nil)
    TemporaryFiles.interrupt()
    #expect(FileManager.default.fileExists(atPath: target))
  }

  @Test func namesAreRandomAndFilesAreNew() throws {
    let target = CLI.temporaryDirectory().appendingPathComponent("calls.csv").path
    let one = try TemporaryFiles.create(beside: target)
    let other = try TemporaryFiles.create(beside: target)
    defer {
      for created in [one, other] {
        close(created.descriptor)
        TemporaryFiles.remove(created.path)
      }
    }
    #expect(one.path != other.path)
    for created in [one, other] {
      let name = URL(fileURLWithPath: created.path).lastPathComponent
      #expect(name.hasPrefix(".calls.csv.") && name.hasSuffix(".tmp"))
      let random = name.dropFirst(".calls.csv.".count).dropLast(".tmp".count)
      #expect(random.count == 16 && random.allSatisfy(\.isHexDigit), "\(name)")
      var status = stat()
      #expect(fstat(created.descriptor, &status) == 0)
      #expect(status.st_mode & S_IFMT == S_IFREG)
      #expect(status.st_mode & 0o777 == 0o644 & ~Self.umask)
      #expect(status.st_size == 0)
    }
  }

  /// Whatever stands at a temporary name — a link to a file outside, a link to nothing, a file
  /// of someone else's — is left alone, and the next name is taken.
  @Test(arguments: ["link", "dangling", "file"])
  func whatStandsAtATemporaryNameIsLeftAlone(_ planted: String) throws {
    let directory = CLI.temporaryDirectory().path
    let outside = CLI.temporaryDirectory().appendingPathComponent("passwd").path
    let name = directory + "/.summary.json.0123456789abcdef.tmp"
    switch planted {
    case "link":
      try "root:x:0:0\n".write(toFile: outside, atomically: true, encoding: .utf8)
      try FileManager.default.createSymbolicLink(atPath: name, withDestinationPath: outside)
    case "dangling":
      try FileManager.default.createSymbolicLink(atPath: name, withDestinationPath: outside)
    default:
      try "someone else's\n".write(toFile: name, atomically: true, encoding: .utf8)
    }
    var names = ["0123456789abcdef", "fedcba9876543210"].makeIterator()
    let created = try TemporaryFiles.create(beside: directory + "/summary.json") {
      names.next()!
    }
    close(created.descriptor)
    TemporaryFiles.remove(created.path)
    #expect(created.path == directory + "/.summary.json.fedcba9876543210.tmp")
    switch planted {
    case "link":
      #expect(try String(contentsOfFile: outside, encoding: .utf8) == "root:x:0:0\n")
    case "dangling":
      #expect(!FileManager.default.fileExists(atPath: outside))
    default:
      #expect(try String(contentsOfFile: name, encoding: .utf8) == "someone else's\n")
    }
    #expect(FileManager.default.fileExists(atPath: name) || planted == "dangling")
  }

  /// A file written whole has the mode of a new file (0644 less the umask) and leaves no
  /// temporary file; one replaced keeps nothing of the old.
  @Test func aWrittenFileIsWholeAndAlone() throws {
    let directory = CLI.temporaryDirectory().path
    let target = directory + "/junit.xml"
    try AtomicFile.write("old and longer\n", to: target)
    try AtomicFile.write("new\n", to: target)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
    var status = stat()
    #expect(lstat(target, &status) == 0 && status.st_mode & 0o777 == 0o644 & ~Self.umask)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["junit.xml"])
  }
}
