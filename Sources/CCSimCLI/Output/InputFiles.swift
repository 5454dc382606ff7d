import Foundation

/// ccsim never writes over what it reads: an output that is one of the command's input files
/// (the same file, whatever the path says: compared by device and inode) is refused before
/// anything runs.
enum InputFiles {
  /// Refuses (exit 64) when any of `outputs`, written for `option`, is one of `inputs`.
  static func refuseOverwriting(
    _ inputs: [String], with outputs: [String], option: String, command: String
  ) throws(CLIError) {
    for output in outputs {
      guard let input = inputs.first(where: { isSameFile(output, $0) }) else { continue }
      throw .usage(
        "\(option) would write \(output), which is the input \(input): ccsim never writes"
          + " over its input; write somewhere else", command: command)
    }
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
