import Scenario

/// `ccsim schema`: the JSON Schema of scenario files, for editors and validators.
enum SchemaCommand {
  static let help = """
    Usage: ccsim schema

    Prints the JSON Schema (draft 2020-12) of scenario files: every key with its type, its
    allowed values and a one-sentence description. Point an editor at it for completion and
    checking as you type; `ccsim validate` remains the authority (it also checks that mixes
    sum to 1 and that every reference resolves).

    """

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(
      arguments, command: "schema", options: [], flags: ["--help", "-h"])
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    _ = try arguments.positionals([], command: "schema")
    console.out(FileFormat.scenario.schema)
  }
}
