import Planning
import Reporting

/// `ccsim erlang b|c|a`: the analytic single-queue answers.
enum ErlangCommand {
  static let help = """
    Usage: ccsim erlang b|c|a --calls-per-hour X --aht S --agents N
                              [--patience S] [--threshold S] [--format table|json]

    b   Erlang B: the probability that a call finds all N agents busy and is lost.
    c   Erlang C (M/M/N): probability of wait, ASA, service level, occupancy.
    a   Erlang A (M/M/N+M): as C, with callers abandoning after an exponential patience of
        mean --patience seconds; computed exactly from the birth–death chain.

    Options:
      --calls-per-hour X   Arrival rate.
      --aht S              Average handle time, seconds.
      --agents N           Agents.
      --patience S         Mean patience, seconds (required for a).
      --threshold S        Service-level threshold, seconds (default 20).
      --format F           table (default) or json.
      -h, --help           This help.

    """

  static let declaration = CommandDeclaration(
    "erlang",
    options: [
      "--calls-per-hour", "--aht", "--agents", "--patience", "--threshold", "--format",
    ], choices: ["b", "c", "a"])

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let model = try arguments.positionals(["b|c|a"], command: "erlang")[0]
    guard ["b", "c", "a"].contains(model) else {
      throw .usage("the model must be b, c or a, not '\(model)'", command: "erlang")
    }
    let json = try arguments.choice("--format", ["table", "json"], command: "erlang") == "json"
    let rate = try required(
      arguments.number("--calls-per-hour", in: 0...1e9, command: "erlang"), "--calls-per-hour")
    let aht = try required(arguments.number("--aht", in: 1e-6...1e9, command: "erlang"), "--aht")
    let agents = try required(
      arguments.integer("--agents", in: 0...1_000_000, command: "erlang"), "--agents")
    let threshold = try arguments.number("--threshold", in: 0...1e9, command: "erlang") ?? 20
    let patience = try arguments.number("--patience", in: 1e-6...1e12, command: "erlang")
    if model == "a" && patience == nil {
      throw .usage("erlang a needs --patience (mean seconds a caller waits)", command: "erlang")
    }
    let input = ErlangInput(
      callsPerHour: rate, averageHandleTime: aht, agents: agents, threshold: threshold,
      patience: model == "a" ? patience : nil)

    if model == "b" {
      let blocking = Erlang.b(agents: agents, offeredLoad: input.offeredLoad)
      if json {
        console.out(
          JSONOutput.object([
            ("model", .string("B")), ("offeredLoad", .number(input.offeredLoad)),
            ("agents", .int(agents)), ("blocking", .number(blocking)),
          ]).rendered() + "\n")
      } else {
        console.out(
          "Erlang B: \(agents) agents, \(input.offeredLoad) erlangs offered\n"
            + "Blocking probability: \(blocking)\n")
      }
      return
    }
    let result = model == "a" ? Erlang.a(input) : Erlang.c(input)
    let fields: [(String, String, Double)] = [
      ("offeredLoad", "Offered load (erlangs)", result.offeredLoad),
      ("probabilityOfWait", "Probability of wait", result.probabilityOfWait),
      ("averageSpeedOfAnswer", "Average speed of answer (s)", result.averageSpeedOfAnswer),
      ("serviceLevel", "Service level (\(threshold) s)", result.serviceLevel),
      ("abandonRate", "Abandon rate", result.abandonRate),
      ("occupancy", "Occupancy", result.occupancy),
    ]
    if json {
      console.out(
        JSONOutput.object(
          [("model", .string(model.uppercased())), ("agents", .int(agents))]
            + fields.map { ($0.0, .number($0.2)) }
        ).rendered() + "\n")
    } else {
      var text = "Erlang \(model.uppercased()): \(agents) agents, \(rate) calls/h, AHT \(aht) s"
      if let patience, model == "a" { text += ", mean patience \(patience) s" }
      text += "\n"
      let width = fields.map(\.1.count).max() ?? 0
      for field in fields {
        text +=
          field.1.padding(width + 2)
          + (field.2.isFinite ? "\(field.2)" : "∞ (unstable: agents ≤ load)") + "\n"
      }
      console.out(text)
    }
  }

  private static func required<T>(_ value: T?, _ name: String) throws(CLIError) -> T {
    guard let value else { throw .usage("\(name) is required", command: "erlang") }
    return value
  }
}
