import Scenario

/// `ccsim schema [KIND]`: the JSON Schema of scenario, sweep, routing tests or snapshot files,
/// for editors and validators.
enum SchemaCommand {
  static let help = """
    Usage: ccsim schema [scenario|sweep|routing-tests|snapshot]

    Prints the JSON Schema (draft 2020-12) of a kind of file ccsim reads: scenario files (the
    default), sweep files (`ccsim sweep`), routing tests files (`ccsim check`) or snapshots of
    the centre at one instant (`ccsim run --from`, docs/snapshot.md). Every key has
    its type, its allowed values and a one-sentence description. Point an editor at it for
    completion and checking as you type; ccsim remains the authority (`ccsim validate` also
    checks that mixes sum to 1 and that every reference resolves; `ccsim sweep` and
    `ccsim check` check what a sweep or a test names against its scenario).

    Options:
      -h, --help   This help.

    """

  static let declaration = CommandDeclaration(
    "schema", options: [], choices: FileFormat.allCases.map(\.rawValue))

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    guard arguments.positionals.count <= 1 else {
      throw .usage("unexpected argument '\(arguments.positionals[1])'", command: "schema")
    }
    let name = arguments.positionals.first ?? FileFormat.scenario.rawValue
    guard let format = FileFormat(rawValue: name) else {
      throw .usage(
        "unknown kind of file '\(name)'" + FileFormat.hint(forUnknown: name), command: "schema")
    }
    console.out(format.schema)
  }
}
