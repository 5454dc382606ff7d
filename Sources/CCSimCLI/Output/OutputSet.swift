import Foundation

/// The files one command writes into an output directory (`--out DIR`), replaced as a set: a
/// manifest, `DIR/.ccsim-outputs`, names them, so that the next command into the directory
/// removes the files of this set it does not write again — and nothing else.
///
/// The manifest is text: a header line `ccsim-outputs 1 COMMAND STATE`, then one file name per
/// line. STATE is `writing` from before the first file is written (the manifest then names the
/// previous set's files too, so that an interrupted command leaves no file of ccsim's unnamed)
/// and `complete` once every file is in place and the previous set's others are gone; the
/// complete manifest, written last, names exactly the files of the set.
///
/// Only regular files named in a manifest ccsim wrote are removed: never a link, a directory, a
/// file the command reads, or a name with `/`; a manifest that is not a regular file or does
/// not read as above is ignored (and replaced).
struct OutputSet {
  static let manifestFile = ".ccsim-outputs"
  static let header = "ccsim-outputs 1"

  let directory: String
  let command: String
  /// The names of the set's files in `directory`.
  let files: [String]
  /// The files the command writes besides the set (a trace): never removed, whatever a
  /// manifest says (nor are the files it reads).
  let alongside: [String]
  /// The files the directory's previous manifest names, once `begin` has read it.
  private var previous: [String] = []

  /// The set of `files` that `command`, writing the files `alongside` wherever they are, will
  /// write into `directory`.
  ///
  /// - Throws: exit 64 when one of them, or the manifest, is a file the command has read:
  ///   ccsim never writes over what it reads; 73 when one of them is not a regular file.
  init(
    _ directory: String, command: String, files: [String], alongside: [String] = []
  ) throws(CLIError) {
    precondition(
      files.allSatisfy { Self.isPlainName($0) && $0 != Self.manifestFile },
      "output files are names in the directory")
    self.directory = directory
    self.command = command
    self.files = files
    self.alongside = alongside
    try InputFiles.refuseOverwriting(
      InputFiles.paths(files + [Self.manifestFile], in: directory), option: "--out",
      command: command)
    for name in files + [Self.manifestFile] {
      _ = try OutputTarget.of(directory + "/" + name, streams: false)
    }
  }

  /// Reads the previous manifest and names its files with the new ones: call before writing
  /// the first file of the set.
  mutating func begin() throws(CLIError) {
    previous = Self.names(inManifestOf: directory)
    let named = previous + files.filter { !previous.contains($0) }
    try writeManifest(state: "writing", named)
  }

  /// Removes the files of the previous set that this one does not include, then writes the
  /// manifest naming exactly this set: call when every file of the set is in place.
  func commit() throws(CLIError) {
    let kept = InputFiles.read + alongside
    for name in previous where !files.contains(name) && name != Self.manifestFile {
      let path = directory + "/" + name
      var status = stat()
      // lstat: a link is not followed, and neither it nor what it names is removed.
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        !kept.contains(where: { InputFiles.isSameFile(path, $0) })
      else { continue }
      guard unlink(path) == 0 || errno == ENOENT else {
        throw CLIError(
          .cannotWrite,
          "\(path): cannot remove this file of an earlier \(command) into \(directory)"
            + " (\(String(cString: strerror(errno))))")
      }
    }
    try writeManifest(state: "complete", files)
  }

  private func writeManifest(state: String, _ names: [String]) throws(CLIError) {
    let text = ([Self.header + " " + command + " " + state] + names).joined(separator: "\n")
    try AtomicFile.write(text + "\n", to: directory + "/" + Self.manifestFile, streams: false)
  }

  /// The file names `directory`'s manifest lists; none when there is no manifest or it cannot
  /// be trusted (not a regular file, not in the format, a name that is not a plain name).
  static func names(inManifestOf directory: String) -> [String] {
    let path = directory + "/" + manifestFile
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_size <= 1 << 20,
      let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8), text.hasSuffix("\n")
    else { return [] }
    let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, first.hasPrefix(header + " ") else { return [] }
    let names = lines.dropFirst().map(String.init)
    return names.allSatisfy(isPlainName) ? names : []
  }

  /// Whether `name` names a file in the directory itself: not empty, `.` or `..`, no `/`.
  static func isPlainName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
  }
}
