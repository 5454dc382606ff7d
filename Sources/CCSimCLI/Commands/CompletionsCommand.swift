/// `ccsim completions bash|zsh|fish`: the shell's completion script, made from the commands'
/// declarations (`CCSim.commands`) — the same options `Arguments` accepts and `--help` lists.
enum CompletionsCommand {
  static let help = """
    Usage: ccsim completions bash|zsh|fish

    Prints a completion script for the shell: the commands, each command's options, the words a
    first operand is one of (erlang b|c|a, schema's kinds), and file names elsewhere.

      bash   eval "$(ccsim completions bash)"   (in ~/.bashrc), or save it as
             ~/.local/share/bash-completion/completions/ccsim
      zsh    ccsim completions zsh > "${fpath[1]}/_ccsim"   (a directory on $fpath), or
             source <(ccsim completions zsh) after compinit
      fish   ccsim completions fish > ~/.config/fish/completions/ccsim.fish

    Options:
      -h, --help   This help.

    """

  static let shells = ["bash", "zsh", "fish"]

  static let declaration = CommandDeclaration("completions", options: [], choices: shells)

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let shell = try arguments.positionals(["bash|zsh|fish"], command: "completions")[0]
    let commands = CCSim.commands
    switch shell {
    case "bash": console.out(bash(commands))
    case "zsh": console.out(zsh(commands))
    case "fish": console.out(fish(commands))
    default:
      throw .usage("the shell must be bash, zsh or fish, not '\(shell)'", command: "completions")
    }
  }

  typealias Commands = [(declaration: CommandDeclaration, summary: String)]

  /// Words for a shell script: option names and choices are plain ASCII words, so they need
  /// no quoting; anything else is refused here rather than quoted wrongly.
  static func words(_ list: [String]) -> String {
    precondition(
      list.allSatisfy {
        $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) }
      },
      "completion words are plain")
    return list.joined(separator: " ")
  }

  /// bash: `compgen` over the command's words when the word begins with `-` or is the first
  /// operand with choices; otherwise nothing, and `-o default` completes file names.
  static func bash(_ commands: Commands) -> String {
    let names = commands.map(\.declaration.name)
    var script = """
      # ccsim completions for bash (ccsim completions bash)
      _ccsim() {
        local cur=${COMP_WORDS[COMP_CWORD]}
        COMPREPLY=()
        if [ "$COMP_CWORD" -eq 1 ]; then
          COMPREPLY=($(compgen -W "\(words(names)) --help --version" -- "$cur"))
          return
        fi
        local options="" choices=""
        case "${COMP_WORDS[1]}" in

      """
    for (declaration, _) in commands {
      script += "    \(declaration.name)) options=\"\(words(declaration.names))\""
      script += "; choices=\"\(words(declaration.choices))\" ;;\n"
    }
    script += """
          *) return ;;
        esac
        if [[ $cur == -* ]]; then
          COMPREPLY=($(compgen -W "$options" -- "$cur"))
        elif [ "$COMP_CWORD" -eq 2 ] && [ -n "$choices" ]; then
          COMPREPLY=($(compgen -W "$choices" -- "$cur"))
        fi
      }
      complete -o default -F _ccsim ccsim

      """
    return script
  }

  /// zsh: `compadd` for the commands, options and choices, `_files` otherwise; loads from
  /// `$fpath` (`#compdef`) or when sourced.
  static func zsh(_ commands: Commands) -> String {
    var script = """
      #compdef ccsim
      # ccsim completions for zsh (ccsim completions zsh)
      _ccsim() {
        if (( CURRENT == 2 )); then
          compadd -- \(words(commands.map(\.declaration.name))) --help --version
          return
        fi
        local -a opts picks
        case $words[2] in

      """
    for (declaration, _) in commands {
      script += "    \(declaration.name)) opts=(\(words(declaration.names)))"
      script += "; picks=(\(words(declaration.choices))) ;;\n"
    }
    script += """
          *) return 1 ;;
        esac
        if [[ $PREFIX == -* ]]; then
          compadd -- $opts
        elif (( CURRENT == 3 && ${#picks} > 0 )); then
          compadd -- $picks
        else
          _files
        fi
      }
      if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
        _ccsim "$@"
      else
        compdef _ccsim ccsim
      fi

      """
    return script
  }

  /// fish: a line per command and per option, with the commands' summaries as descriptions.
  static func fish(_ commands: Commands) -> String {
    var script = """
      # ccsim completions for fish (ccsim completions fish)
      complete -c ccsim -f
      complete -c ccsim -n __fish_use_subcommand -l help -d 'Show help'
      complete -c ccsim -n __fish_use_subcommand -l version -d 'Show the version'

      """
    for (declaration, summary) in commands {
      let name = declaration.name
      let description = summary.replacingOccurrences(of: "'", with: "\\'")
      script += "complete -c ccsim -n __fish_use_subcommand -a \(name) -d '\(description)'\n"
      let seen = "-n '__fish_seen_subcommand_from \(name)'"
      if declaration.choices.isEmpty {
        script += "complete -c ccsim \(seen) -F\n"
      } else {
        script += "complete -c ccsim \(seen) -a '\(words(declaration.choices))'\n"
      }
      for option in declaration.names {
        let flag = option.hasPrefix("--") ? "-l \(option.dropFirst(2))" : "-s \(option.dropFirst())"
        script +=
          "complete -c ccsim \(seen) \(flag)" + (declaration.options.contains(option) ? " -r" : "")
          + "\n"
      }
    }
    return script
  }
}
