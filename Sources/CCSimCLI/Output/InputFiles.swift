import Foundation
import Scenario

/// ccsim never writes over what it reads: an output that is one of the files the command has
/// read — the scenario, its forecast CSVs, a sweep file and its scenario, a routing tests file,
/// the parts of a merge, as the loaders note them in `FilesRead` — is refused (the same file,
/// whatever the path says: compared by device and inode).
enum InputFiles {
  /// The files the command has read so far.
  static var read: [String] { FilesRead.current?.paths ?? [] }

  /// Refuses (exit 64) when any of `outputs`, written for `option`, is a file the command has
  /// read: call once the inputs are read, before anything runs.
  static func refuseOverwriting(_ outputs: [String], option: String, command: String)
    throws(CLIError)
  {
    let inputs = read
    for output in outputs {
      guard let input = inputs.first(where: { isSameFile(output, $0) }) else { continue }
      throw .usage(
        "\(option) would write \(output), which is the input \(input): ccsim never writes"
          + " over its input; write somewhere else", command: command)
    }
  }

  /// Refuses (exit 64) to write `output` when it is a file the command has read: the last
  /// check, as the file is written.
  static func refuseOverwritingRead(_ output: String) throws(CLIError) {
    guard let input = read.first(where: { isSameFile(output, $0) }) else { return }
    throw CLIError(
      .usage, "\(output) is the input \(input): ccsim never writes over its input")
  }

  /// Whether `first` and `second` name one existing file.
  static func isSameFile(_ first: String, _ second: String) -> Bool {
    var one = stat()
    var other = stat()
    return stat(first, &one) == 0 && stat(second, &other) == 0 && one.st_dev == other.st_dev
      && one.st_ino == other.st_ino
  }

  /// The paths of `files` in `directory`.
  static func paths(_ files: [String], in directory: String) -> [String] {
    files.map { directory + "/" + $0 }
  }
}
