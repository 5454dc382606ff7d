import Foundation

/// `DIR/.ccsim-outputs`, the manifest of an output set: which command wrote which files, and
/// whether the set is whole.
///
/// Text: a header line `ccsim-outputs 2 COMMAND STATE RUN`, then a line per file. STATE is
/// `writing` while a command writes the set (each line is then a file name, of the previous set
/// and of the new one) or `complete` once it is whole (each line is `SHA256 SIZE NAME`: the
/// file's SHA-256 in hexadecimal, its size in bytes, its name). RUN is a random identifier of
/// the command that wrote the set (32 hexadecimal digits). Version 1, written by earlier
/// versions of ccsim, has no RUN and only names (`ccsim-outputs 1 COMMAND STATE`): its names
/// are read, so that the next set replaces its files, but it never verifies.
struct OutputManifest: Equatable {
  static let file = ".ccsim-outputs"
  static let magic = "ccsim-outputs"
  static let version = 2

  /// A file of a complete set.
  struct Entry: Equatable {
    var name: String
    var size: Int
    var sha256: String

    /// The entry of `name` holding `bytes`.
    init(_ name: String, _ bytes: some Collection<UInt8>) {
      self.name = name
      size = bytes.count
      sha256 = SHA256.hex(bytes)
    }

    init(name: String, size: Int, sha256: String) {
      self.name = name
      self.size = size
      self.sha256 = sha256
    }
  }

  enum State: String {
    case writing, complete
  }

  var version = Self.version
  var command: String
  var state: State
  /// The command's random identifier (none in version 1).
  var run: String?
  /// The files named: while writing, of both sets; once complete, of the set.
  var names: [String]
  /// The files of a complete version 2 set; empty otherwise.
  var entries: [Entry] = []

  init(
    version: Int = Self.version, command: String, state: State, run: String?,
    names: [String], entries: [Entry] = []
  ) {
    self.version = version
    self.command = command
    self.state = state
    self.run = run
    self.names = names
    self.entries = entries
  }

  /// A manifest saying that `command` (run `run`) is writing `names`.
  static func writing(_ command: String, run: String, names: [String]) -> OutputManifest {
    OutputManifest(command: command, state: .writing, run: run, names: names)
  }

  /// A manifest saying that `command` (run `run`) wrote exactly `entries`.
  static func complete(_ command: String, run: String, entries: [Entry]) -> OutputManifest {
    OutputManifest(
      command: command, state: .complete, run: run, names: entries.map(\.name), entries: entries)
  }

  /// The manifest's text.
  var text: String {
    var lines = [
      [Self.magic, String(version), command, state.rawValue, run ?? ""].joined(separator: " ")
    ]
    switch state {
    case .writing: lines += names
    case .complete: lines += entries.map { "\($0.sha256) \($0.size) \($0.name)" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The manifest in `directory`; nil when there is none or it cannot be trusted (not a
  /// regular file, over 1 MB, not in the format, a name that is not a plain name).
  static func read(_ directory: String) -> OutputManifest? {
    let path = directory + "/" + file
    var status = stat()
    guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_size <= 1 << 20,
      let data = FileManager.default.contents(atPath: path)
    else { return nil }
    return OutputManifest(parsing: data)
  }

  /// Reads a manifest's bytes; nil when they are not one.
  init?(parsing data: Data) {
    guard let text = String(data: data, encoding: .utf8), text.hasSuffix("\n") else {
      return nil
    }
    let lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
    let header = lines.first?.split(separator: " ", omittingEmptySubsequences: false) ?? []
    guard header.count >= 4, header[0] == Self.magic, let version = Int(header[1]),
      let state = State(rawValue: String(header[3]))
    else { return nil }
    let body = lines.dropFirst().map(String.init)
    switch version {
    case 1 where header.count == 4:
      self.init(version: 1, command: String(header[2]), state: state, run: nil, names: body)
    case 2 where header.count == 5 && Self.isRun(header[4]):
      var entries: [Entry] = []
      if state == .complete {
        for line in body {
          let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
          guard fields.count == 3, fields[0].count == 64,
            fields[0].allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
            let size = Int(fields[1]), size >= 0, String(size) == fields[1]
          else { return nil }
          entries.append(Entry(name: String(fields[2]), size: size, sha256: String(fields[0])))
        }
      }
      self.init(
        command: String(header[2]), state: state, run: String(header[4]),
        names: state == .complete ? entries.map(\.name) : body, entries: entries)
    default:
      return nil
    }
    guard names.allSatisfy(Self.isPlainName), Set(names).count == names.count else { return nil }
  }

  private static func isRun(_ text: Substring) -> Bool {
    text.count == 32 && text.allSatisfy { $0.isHexDigit && !$0.isUppercase }
  }

  /// Whether `name` names a file in the directory itself: not empty, `.` or `..`, no `/`, no
  /// control character.
  static func isPlainName(_ name: String) -> Bool {
    !name.isEmpty && name != "." && name != ".." && !name.contains("/")
      && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
  }
}
