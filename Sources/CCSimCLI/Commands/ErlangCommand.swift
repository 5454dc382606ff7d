import Planning
import Reporting

/// `ccsim erlang b|c|a`: the analytic single-queue answers, at N agents, over a range of
/// agents, or the fewest agents meeting a goal.
enum ErlangCommand {
  static let help = """
    Usage: ccsim erlang b|c|a --calls-per-hour X --aht D [--patience D] [--threshold D]
                              (--agents N | --agents N-M | GOAL) [--format table|json]

    b   Erlang B: the probability that a call finds all N agents busy and is lost.
    c   Erlang C (M/M/N): probability of wait, ASA, service level, occupancy.
    a   Erlang A (M/M/N+M): as C, with callers abandoning after an exponential patience of
        mean --patience; computed exactly from the birth–death chain.

    With --agents N, the figures at N agents; with --agents N-M (or N..M), a row per staffing
    from N to M agents; with a goal instead of --agents, the fewest agents meeting it and the
    figures at that staffing. Durations D are seconds (180) or have units d, h, m, s as in a
    scenario (30s, 3m, 1m30s, 1h); shares are fractions (0.8) or percentages (80%). The table
    is rounded (percentages to one decimal); --format json gives every figure in full.

    Options:
      --calls-per-hour X   Arrival rate.
      --aht D              Average handle time.
      --agents N|N-M       Agents, or a range of agents (at most 1000 rows).
      --patience D         Mean patience (required for a; 0: callers never wait).
      --threshold D        Service-level threshold (default 20s).
      --format F           table (default) or json.
      -h, --help           This help.

    Goal (instead of --agents):
      --target X           c, a: the least service level within the threshold (below 1).
      --max-abandon X      a: the largest abandon rate too.
      --max-blocking X     b: the largest blocking probability.
      --max-occupancy X    b, c, a: the largest occupancy too.

    Examples:
      ccsim erlang c --calls-per-hour 360 --aht 4m --target 80% --threshold 20s
      ccsim erlang a --calls-per-hour 200 --aht 3m --patience 5m --agents 10-16
      ccsim erlang b --calls-per-hour 3600 --aht 10s --max-blocking 1%

    """

  static let declaration = CommandDeclaration(
    "erlang",
    options: [
      "--calls-per-hour", "--aht", "--agents", "--patience", "--threshold", "--format",
      "--target", "--max-abandon", "--max-blocking", "--max-occupancy",
    ], choices: ["b", "c", "a"])

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let options = try ErlangOptions(arguments)
    let report = report(options)
    console.out(options.json ? report.json().rendered() + "\n" : report.table())
  }

  /// The formula's answer to the options' question.
  static func report(_ options: ErlangOptions) -> ErlangReport {
    let formula = options.formula
    func row(_ agents: Int) -> ErlangReport.Row {
      var input = options.input
      input.agents = agents
      return ErlangReport.Row(agents: agents, figures: Erlang.figures(input, formula: formula))
    }
    switch options.question {
    case .agents(let agents):
      return ErlangReport(
        formula: formula, input: options.input, question: .agents, rows: [row(agents)])
    case .range(let range):
      return ErlangReport(
        formula: formula, input: options.input, question: .range, rows: range.map(row))
    case .sizing(let goal):
      let (agents, figures) = Erlang.agentsRequired(options.input, goal: goal, formula: formula)
      return ErlangReport(
        formula: formula, input: options.input, question: .sizing(goal),
        rows: [ErlangReport.Row(agents: agents, figures: figures)])
    }
  }
}
