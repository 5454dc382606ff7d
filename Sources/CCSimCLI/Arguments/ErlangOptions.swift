import Planning
import Scenario

/// The options of `ccsim erlang`: the formula, the traffic, and what is asked of it — the
/// figures at N agents, at each staffing of a range, or the fewest agents meeting a goal.
struct ErlangOptions {
  /// What is asked of the formula.
  enum Question: Equatable {
    /// `--agents N`.
    case agents(Int)
    /// `--agents N-M` (or `N..M`).
    case range(ClosedRange<Int>)
    /// `--target X` (C and A) or `--max-blocking X` (B), with the caps given.
    case sizing(Erlang.Goal)
  }

  /// The most rows a range may have.
  static let longestRange = 1000
  /// The most agents asked about.
  static let mostAgents = 1_000_000

  var formula: Erlang.Formula
  /// The traffic; `agents` is 0 (the question says which).
  var input: ErlangInput
  var question: Question
  var json: Bool

  init(_ arguments: Arguments) throws(CLIError) {
    let letter = try arguments.positionals(["b|c|a"], command: "erlang")[0]
    guard let formula = Erlang.Formula(rawValue: letter.uppercased()), letter.count == 1 else {
      throw .usage("the model must be b, c or a, not '\(letter)'", command: "erlang")
    }
    self.formula = formula
    json = try arguments.choice("--format", ["table", "json"], command: "erlang") == "json"
    let rate = try Self.required(
      arguments.number("--calls-per-hour", in: 0...1e9, command: "erlang"), "--calls-per-hour")
    let aht = try Self.required(
      Self.duration("--aht", arguments, allowingZero: false), "--aht")
    let threshold = try Self.duration("--threshold", arguments, allowingZero: true) ?? 20
    let patience = try Self.duration("--patience", arguments, allowingZero: true)
    if formula == .a && patience == nil {
      throw .usage(
        "erlang a needs --patience (the callers' mean patience, e.g. 5m)", command: "erlang")
    }
    input = ErlangInput(
      callsPerHour: rate, averageHandleTime: aht, agents: 0, threshold: threshold,
      patience: formula == .a ? patience : nil)
    question = try Self.question(arguments, formula: formula)
  }

  /// `--agents`, or the goal to size for; exactly one of them.
  private static func question(_ arguments: Arguments, formula: Erlang.Formula) throws(CLIError)
    -> Question
  {
    let goal = Erlang.Goal(
      serviceLevel: try share("--target", arguments, belowOne: true),
      maxAbandon: try share("--max-abandon", arguments, belowOne: false),
      maxOccupancy: try share("--max-occupancy", arguments, belowOne: false),
      maxBlocking: try share("--max-blocking", arguments, belowOne: false))
    if formula == .b && goal.serviceLevel != nil {
      throw .usage(
        "erlang b has no service level (a blocked call is lost): size it with --max-blocking X",
        command: "erlang")
    }
    if formula != .b && goal.maxBlocking != nil {
      throw .usage(
        "--max-blocking is for erlang b; size erlang \(formula.rawValue.lowercased()) with"
          + " --target X", command: "erlang")
    }
    if formula != .a && goal.maxAbandon != nil {
      throw .usage(
        "--max-abandon is for erlang a: in Erlang \(formula.rawValue) no caller abandons",
        command: "erlang")
    }
    let sized = goal.serviceLevel != nil || goal.maxBlocking != nil
    let sizingOption = formula == .b ? "--max-blocking" : "--target"
    if !sized && goal != Erlang.Goal() {
      throw .usage(
        "--max-abandon and --max-occupancy are caps for finding the agents needed: give"
          + " \(sizingOption) X with them"
          + (arguments.value("--agents") != nil ? ", not --agents" : ""),
        command: "erlang")
    }
    guard let text = arguments.value("--agents") else {
      guard sized else {
        throw .usage(
          "--agents N (or N-M), or \(sizingOption) X to find the agents needed, is required",
          command: "erlang")
      }
      return .sizing(goal)
    }
    if sized {
      throw .usage(
        "give --agents, or a goal to find the agents for (\(sizingOption)), not both",
        command: "erlang")
    }
    return try agents(text)
  }

  /// `N`, `N-M` or `N..M`: whole numbers of agents, the range at most ``longestRange`` long.
  private static func agents(_ text: String) throws(CLIError) -> Question {
    func count<S: StringProtocol>(_ part: S) -> Int? {
      guard let value = Int(part), (0...mostAgents).contains(value) else { return nil }
      return value
    }
    let message =
      "--agents must be a whole number of agents from 0 to \(mostAgents), or a range such as"
      + " 20-30 or 20..30, not '\(text)'"
    if let single = count(text) { return .agents(single) }
    let separator = text.contains("..") ? ".." : "-"
    let parts = text.split(separator: separator, omittingEmptySubsequences: false)
    guard parts.count == 2, let low = count(parts[0]), let high = count(parts[1]) else {
      throw .usage(message, command: "erlang")
    }
    guard low <= high else {
      throw .usage("--agents \(text): the range must go up (\(high)-\(low))", command: "erlang")
    }
    guard high - low < longestRange else {
      throw .usage(
        "--agents \(text): a range has at most \(longestRange) staffing levels",
        command: "erlang")
    }
    return .range(low...high)
  }

  /// A duration option: seconds, or a duration with units as a scenario writes it.
  static func duration(_ option: String, _ arguments: Arguments, allowingZero: Bool)
    throws(CLIError) -> Double?
  {
    guard let text = arguments.value(option) else { return nil }
    guard let seconds = Double(text) ?? DurationText.seconds(text), seconds.isFinite,
      allowingZero ? seconds >= 0 : seconds > 0, seconds <= 1e9
    else {
      throw .usage(
        "\(option) must be seconds (180) or a duration with units d, h, m, s (30s, 3m, 1m30s,"
          + " 1h), \(allowingZero ? "at least 0" : "above 0"), not '\(text)'",
        command: "erlang")
    }
    return seconds
  }

  /// A share option: a fraction (0.8) or a percentage (80%), above 0 and below 1 when
  /// `belowOne`, else at most 1.
  static func share(_ option: String, _ arguments: Arguments, belowOne: Bool) throws(CLIError)
    -> Double?
  {
    guard let text = arguments.value(option) else { return nil }
    let value =
      text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
    guard let value, value > 0, belowOne ? value < 1 : value <= 1 else {
      let range = belowOne ? "above 0 and below 1" : "above 0 and at most 1"
      throw .usage(
        "\(option) must be a share \(range), as a fraction (0.8) or a percentage (80%), not"
          + " '\(text)'", command: "erlang")
    }
    return value
  }

  private static func required<T>(_ value: T?, _ name: String) throws(CLIError) -> T {
    guard let value else { throw .usage("\(name) is required", command: "erlang") }
    return value
  }
}
