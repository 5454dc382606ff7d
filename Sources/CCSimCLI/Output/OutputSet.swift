import Foundation

/// The files one command writes into an output directory (`--out DIR`), replaced as a set, with
/// a manifest, `DIR/.ccsim-outputs` (`OutputManifest`), that says whether the set is whole.
///
/// The steps, each a rename that is whole or not at all, synced before the next:
/// 1. the command locks the directory (`DirectoryLock`) before it runs, so no other command
///    writes a set there until it ends;
/// 2. `begin` replaces the manifest by one saying `writing`, naming the previous set's files
///    and the new ones: from here the directory holds no complete manifest;
/// 3. `write` puts each file in place (`AtomicFile`) and notes its size and SHA-256 (`install`
///    puts in place one written as the run went, `StreamedFile`);
/// 4. `commit` removes the previous set's files this one does not include, then writes the
///    complete manifest: the run's identifier and each file's size and SHA-256.
///
/// So a complete manifest always describes exactly the files beside it: a reader that checks
/// them against it (`OutputSetReader`) sees the earlier set or the new one, never a mix; an
/// interrupted command leaves a manifest saying `writing`.
///
/// Only regular files named in a manifest ccsim wrote are removed: never a link, a directory,
/// a file the command reads or writes besides the set, or a name with `/`; a manifest that is
/// not a regular file or does not read as one removes nothing.
struct OutputSet {
  static let manifestFile = OutputManifest.file

  let directory: String
  let command: String
  /// The names of the set's files in `directory`, in the manifest's order.
  let files: [String]
  /// The files the command writes besides the set (a trace): never removed.
  let alongside: [String]
  private let lock: DirectoryLock
  /// The run's identifier in the manifest.
  private let run = TemporaryFiles.randomName() + TemporaryFiles.randomName()
  /// The files the directory's previous manifest names, once `begin` has read it.
  private var previous: [String] = []
  private var began = false
  /// The files written so far.
  private var written: [OutputManifest.Entry] = []

  /// The set of `files` that `command` will write into `directory`, writing `alongside` too:
  /// creates the directory if needed and locks it.
  ///
  /// - Throws: exit 64 when one of the files, or the manifest, is a file the command has read:
  ///   ccsim never writes over what it reads; 73 when the directory cannot be written, another
  ///   command is writing there, or one of the names is not a regular file.
  init(
    _ directory: String, command: String, files: [String], alongside: [String] = []
  ) throws(CLIError) {
    precondition(
      files.allSatisfy { OutputManifest.isPlainName($0) && $0 != Self.manifestFile },
      "output files are names in the directory")
    self.directory = directory
    self.command = command
    self.files = files
    self.alongside = alongside
    try InputFiles.refuseOverwriting(
      InputFiles.paths(files + [Self.manifestFile], in: directory), option: "--out",
      command: command)
    try AtomicFile.prepareDirectory(directory)
    lock = try DirectoryLock(directory)
    for name in files + [Self.manifestFile] {
      _ = try OutputTarget.of(directory + "/" + name, streams: false)
    }
  }

  /// Reads the previous manifest and says that the set is being written, naming its files
  /// with the new ones: call before writing the first file of the set.
  mutating func begin() throws(CLIError) {
    previous = OutputManifest.read(directory)?.names ?? []
    let named = previous + files.filter { !previous.contains($0) }
    try writeManifest(.writing(command, run: run, names: named))
    began = true
  }

  /// Writes `text` as the file `name` of the set, atomically.
  mutating func write(_ text: String, as name: String) throws(CLIError) {
    precondition(began && files.contains(name), "\(name) is a file of the set, after begin")
    try AtomicFile.write(text, to: directory + "/" + name, streams: false)
    written.removeAll { $0.name == name }
    written.append(OutputManifest.Entry(name, text.utf8))
  }

  /// Writes the file `name` of the set as `body` makes it, a piece at a time (never held whole
  /// in memory), atomically.
  mutating func write(
    as name: String, _ body: (inout StreamedFile.Text) -> Void
  ) throws(CLIError) {
    precondition(began && files.contains(name), "\(name) is a file of the set, after begin")
    let path = directory + "/" + name
    try InputFiles.refuseOverwritingRead(path)
    // A file made from the run's tables (megabytes at most) needs no large buffer.
    let file = try StreamedFile(beside: path, hashed: true, bufferSize: 1 << 16)
    var text = StreamedFile.Text(file: file)
    body(&text)
    try install(text.file, as: name)
  }

  /// Finishes `file` (written as the run went: `StreamedFile`) and installs it as the file
  /// `name` of the set, atomically.
  mutating func install(_ file: StreamedFile, as name: String) throws(CLIError) {
    precondition(began && files.contains(name), "\(name) is a file of the set, after begin")
    let (size, sha256) = try file.finish()
    try AtomicFile.install(file.temporary, as: directory + "/" + name)
    file.installed()
    written.removeAll { $0.name == name }
    written.append(OutputManifest.Entry(name: name, size: size, sha256: sha256))
  }

  /// Removes the files of the previous set that this one does not include, then writes the
  /// manifest of exactly this set: call when every file of the set is in place.
  func commit() throws(CLIError) {
    precondition(Set(written.map(\.name)) == Set(files), "every file of the set is written")
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
    AtomicFile.syncDirectory(of: directory + "/" + Self.manifestFile)
    let entries = files.compactMap { name in written.first { $0.name == name } }
    // From this rename the set is the new one: a signal no longer ends the command with 130.
    try writeManifest(.complete(command, run: run, entries: entries), finishing: true)
  }

  private func writeManifest(_ manifest: OutputManifest, finishing: Bool = false)
    throws(CLIError)
  {
    try AtomicFile.write(
      manifest.text, to: directory + "/" + Self.manifestFile, streams: false,
      finishing: finishing)
  }
}
