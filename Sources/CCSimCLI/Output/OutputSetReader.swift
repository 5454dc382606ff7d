import Foundation
import Scenario

/// An output set read back, file by file, each checked against the set's complete manifest:
/// its size and SHA-256 are those of the bytes read, so a set that is being replaced, was
/// interrupted, or mixes the files of two commands is refused rather than read.
struct OutputSetReader {
  let directory: String
  let manifest: OutputManifest

  /// The set in `directory`.
  ///
  /// - Throws: exit 66 when there is no manifest, or it says the set is still being written
  ///   (or its command was interrupted); 65 when the manifest is not one ccsim can verify.
  init(_ directory: String) throws(CLIError) {
    self.directory = directory
    let path = directory + "/" + OutputManifest.file
    FilesRead.note(path)
    var status = stat()
    guard lstat(path, &status) == 0 else {
      throw CLIError(
        .inputMissing,
        "\(directory): no \(OutputManifest.file): not a whole output set (its command has not"
          + " finished, or an earlier ccsim wrote it)")
    }
    guard let manifest = OutputManifest.read(directory) else {
      throw CLIError(.invalidScenario, "\(path): not a manifest of ccsim's")
    }
    guard manifest.state == .complete else {
      throw CLIError(
        .inputMissing,
        "\(directory): its output set is incomplete (\(OutputManifest.file) says 'writing': a"
          + " \(manifest.command) into it was interrupted or is still running)")
    }
    guard manifest.version == OutputManifest.version else {
      throw CLIError(
        .invalidScenario,
        "\(path): written by an earlier ccsim, without the digests to check the set by; write"
          + " it again")
    }
    self.manifest = manifest
  }

  /// The bytes of `name`, which must be a file of the set as its manifest describes it.
  ///
  /// - Throws: exit 65 when the manifest does not name it or the file is not as named (of
  ///   another command, or changed since); 66 when it cannot be read.
  func contents(_ name: String) throws(CLIError) -> Data {
    let path = directory + "/" + name
    FilesRead.note(path)
    guard let entry = manifest.entries.first(where: { $0.name == name }) else {
      throw CLIError(
        .invalidScenario, "\(directory): its \(OutputManifest.file) does not name \(name)")
    }
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      let data = FileManager.default.contents(atPath: path)
    else {
      throw CLIError(.inputMissing, "\(path): missing or unreadable (not a regular file?)")
    }
    guard data.count == entry.size, SHA256.hex(data) == entry.sha256 else {
      throw CLIError(
        .invalidScenario,
        "\(path): not the file \(directory)/\(OutputManifest.file) names (\(data.count) bytes,"
          + " not \(entry.size), or another digest): the set mixes the files of two commands,"
          + " or was changed since; write it again")
    }
    return data
  }

  /// Checks every file of the set.
  func verify() throws(CLIError) {
    for entry in manifest.entries { _ = try contents(entry.name) }
  }
}
