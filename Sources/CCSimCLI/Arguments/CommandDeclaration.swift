/// What a command accepts on its command line: the options that take a value and the flags
/// that do not. `Arguments` checks a command line against it, `--help` documents it (a test
/// holds the two together), and `ccsim completions` makes the shells' completions from it.
struct CommandDeclaration: Sendable {
  var name: String
  /// Options that take a value (`--out DIR`).
  var options: Set<String>
  /// Flags, `--help` and `-h` among them.
  var flags: Set<String>
  /// The words the first operand is one of (`erlang b|c|a`), or none when it is a file.
  var choices: [String]

  init(
    _ name: String, options: Set<String>, flags: Set<String> = [], choices: [String] = []
  ) {
    self.name = name
    self.options = options
    self.flags = flags.union(["--help", "-h"])
    self.choices = choices
  }

  /// Every option and flag, sorted: the long ones, then `-h`.
  var names: [String] {
    options.union(flags).sorted {
      ($0.hasPrefix("--") ? 0 : 1, $0) < ($1.hasPrefix("--") ? 0 : 1, $1)
    }
  }
}
