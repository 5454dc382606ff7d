import Foundation
import Testing

/// The commands' declarations — what each accepts — against their `--help` and the shells'
/// completions made from them; did-you-mean for mistyped commands and options.
@Suite struct CompletionsTests {
  /// Each command and its options, as `ccsim completions bash` declares them.
  static func declarations() -> [(command: String, options: [String])] {
    let script = CLI.run("completions", "bash").out
    return script.split(separator: "\n").compactMap { line in
      let text = line.trimmingCharacters(in: .whitespaces)
      guard let close = text.firstIndex(of: ")"), text.contains(" options=\"") else { return nil }
      let command = String(text[..<close])
      let options = text.split(separator: "\"")[1].split(separator: " ").map(String.init)
      return (command, options)
    }
  }

  /// The `--options` a help text names, but for those of other commands (quoted as
  /// `ccsim pulse --snapshot` or 'ccsim sweep … --shard K/N').
  static func named(in help: String) -> Set<String> {
    let quoted = try! NSRegularExpression(pattern: "[`'](ccsim [^`']*)[`']")
    let help = quoted.stringByReplacingMatches(
      in: help, range: NSRange(help.startIndex..., in: help), withTemplate: "")
    let pattern = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9-])--[a-z][a-z0-9-]*")
    let range = NSRange(help.startIndex..., in: help)
    return Set(
      pattern.matches(in: help, range: range).map { String(help[Range($0.range, in: help)!]) })
  }

  @Test func everyCommandsHelpListsExactlyTheOptionsItAccepts() {
    let declarations = Self.declarations()
    #expect(declarations.count == 15, "every command, completions included")
    for (command, options) in declarations {
      let help = CLI.run(command, "--help")
      #expect(help.code == 0, "\(command)")
      let declared = Set(options.filter { $0.hasPrefix("--") })
      let named = Self.named(in: help.out)
      #expect(declared.subtracting(named).isEmpty, "\(command): not in --help")
      #expect(named.subtracting(declared).isEmpty, "\(command): in --help, not accepted")
    }
  }

  @Test func mistypedCommandsAndOptionsGetASuggestion() {
    let command = CLI.run("rnu", "x.json")
    #expect(command.code == 64)
    #expect(command.err.contains("unknown command 'rnu' (did you mean \"run\"?)"))
    let option = CLI.run("run", CLI.scenario("quickstart.json"), "--replicatons", "3")
    #expect(option.code == 64)
    #expect(
      option.err.contains("unknown option '--replicatons' (did you mean \"--replications\"?)"))
    #expect(option.err.contains("See 'ccsim run --help'."))
    let far = CLI.run("erlang", "c", "--colour")
    #expect(far.code == 64)
    #expect(far.err.contains("unknown option '--colour'\n"))
    #expect(CLI.run("completions", "tcsh").code == 64)
  }

  /// Runs `script` with `shell`, or nil when the shell is not installed.
  static func shell(_ shell: String, _ script: String) throws -> String? {
    guard
      let path = ["/usr/bin/", "/bin/", "/usr/local/bin/"].map({ $0 + shell }).first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else {
      // CI installs the shells and says so: there, a missing one fails.
      if ProcessInfo.processInfo.environment["CCSIM_REQUIRE_SHELLS"] != nil {
        Issue.record("\(shell) is not installed")
      }
      return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-c", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func bashCompletesCommandsOptionsAndChoices() throws {
    let file = CLI.write(CLI.run("completions", "bash").out, name: "ccsim.bash")
    let output = try Self.shell(
      "bash",
      """
      source \(file)
      ask() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _ccsim; echo "${COMPREPLY[*]}"; }
      ask ccsim ru; ask ccsim run --rep; ask ccsim erlang ''; ask ccsim run sc
      """)
    let lines = try #require(output).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.prefix(4) == ["run", "--replications", "b c a", ""])
  }

  @Test func zshCompletesCommandsOptionsAndChoices() throws {
    let file = CLI.write(CLI.run("completions", "zsh").out, name: "_ccsim")
    // compadd and _files stand in for zsh's completion system: they print what they offer.
    guard
      let output = try Self.shell(
        "zsh",
        """
        compdef() { }; compadd() { shift; print -r -- "$*" }; _files() { print files }
        source \(file)
        ask() { words=("$@"); CURRENT=$#; PREFIX=${@[-1]}; _ccsim }
        ask ccsim ru; ask ccsim run --rep; ask ccsim erlang ''; ask ccsim run sc
        """)
    else { return }
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines.first?.hasPrefix("run validate pulse") == true)
    #expect(lines.dropFirst().first?.split(separator: " ").contains("--replications") == true)
    #expect(lines.dropFirst(2) == ["b c a", "files"])
  }

  @Test func fishCompletesCommandsOptionsAndChoices() throws {
    let file = CLI.write(CLI.run("completions", "fish").out, name: "ccsim.fish")
    guard
      let output = try Self.shell(
        "fish",
        """
        source \(file)
        complete -C 'ccsim ru'; complete -C 'ccsim run --rep'; complete -C 'ccsim erlang '
        """)
    else { return }
    #expect(output.hasPrefix("run\tSimulate a scenario"))
    #expect(output.contains("\n--replications\n"))
    #expect(output.hasSuffix("a\nb\nc\n"))
  }
}
