import ContactCentre
import SimKernel

/// Reads one what-if change from its words, resolving names against the scenario; every
/// problem is a `ScenarioError` at the column of the word it is about.
struct WhatIfReader {
  let source: String
  let line: Int
  let configuration: CentreConfiguration
  let now: CentreNow
  let words: WhatIfTokens
  /// Where each part of the change was written, for the errors `WhatIf.apply` finds.
  var columns: [WhatIfError.Part: Int] = [:]

  typealias Token = WhatIfTokens.Token

  init(
    _ text: String, source: String, line: Int, configuration: CentreConfiguration,
    now: CentreNow
  ) throws(ScenarioError) {
    self.source = source
    self.line = line
    self.configuration = configuration
    self.now = now
    do {
      words = try WhatIfTokens(text)
    } catch {
      throw ScenarioError(
        code: .syntax, file: source, path: "",
        location: SourceLocation(line: line, column: error.column),
        message: "a quoted name is not closed")
    }
  }

  /// The change, checked by applying it; nil for a blank line or a comment.
  func change() throws(ScenarioError) -> WhatIf? {
    guard let verb = words.tokens.first else { return nil }
    var reader = self
    reader.columns[.change] = verb.column
    let arguments = Array(words.tokens.dropFirst())
    let change: WhatIf
    switch verb.quoted ? "" : verb.text {
    case "back": change = try reader.back(arguments)
    case "break": change = try reader.moveBreak(arguments)
    case "overtime": change = try reader.overtime(arguments)
    case "route": change = try reader.route(arguments)
    default:
      let verbs = ["back", "break", "overtime", "route"]
      var budget = NameHint.comparisonBudget
      let near = NameHint.closest(to: verb.text, in: verbs, budget: &budget)
      throw error(
        at: verb, .invalidValue,
        "\"\(VisibleText.prefix(verb.text))\" is not a change"
          + (near.isEmpty ? "" : NameHint.didYouMean(near)) + "; a change is one of: "
          + WhatIfParser.forms.joined(separator: " | "))
    }
    do {
      _ = try WhatIf.apply([change], to: configuration, now: now)
    } catch {
      throw ScenarioError(
        code: .invalidValue, file: source, path: "",
        location: SourceLocation(
          line: line, column: reader.columns[error.part] ?? verb.column),
        message: error.message)
    }
    return change
  }

  // MARK: Errors

  /// An error at `token`'s column.
  func error(at token: Token, _ code: ScenarioError.Code, _ message: String) -> ScenarioError {
    error(column: token.column, code, message)
  }

  func error(column: Int, _ code: ScenarioError.Code, _ message: String) -> ScenarioError {
    ScenarioError(
      code: code, file: source, path: "", location: SourceLocation(line: line, column: column),
      message: message)
  }

  /// The error for a change that ends before `what`, or has a word other than it.
  func expected(_ what: String, in form: String, at token: Token?) -> ScenarioError {
    guard let token else {
      return error(column: words.endColumn, .invalidValue, "\(what) is missing (\(form))")
    }
    return error(
      at: token, .invalidValue,
      "expected \(what), not \"\(VisibleText.prefix(token.text))\" (\(form))")
  }

  /// Nothing may follow the change's last word.
  func end(_ arguments: [Token], after count: Int, form: String) throws(ScenarioError) {
    guard arguments.count > count else { return }
    throw error(
      at: arguments[count], .invalidValue,
      "unexpected \"\(VisibleText.prefix(arguments[count].text))\" after the change (\(form))")
  }

  // MARK: Names

  /// ` (did you mean …?)`, else ` (one of: …)` for a few names.
  func hint(for name: String, among names: [String]) -> String {
    let diagnostics = Diagnostics(file: source)
    return NameHint.reference(for: name, among: names, diagnostics)
  }

  /// A team by its id.
  func team(_ token: Token) throws(ScenarioError) -> Int {
    try team(named: token.text, column: token.column)
  }

  func team(named name: String, column: Int) throws(ScenarioError) -> Int {
    let ids = configuration.teams.map(\.id)
    guard let team = ids.firstIndex(of: name) else {
      throw error(
        column: column, .unknownReference,
        "no team \"\(VisibleText.prefix(name))\" in the scenario" + hint(for: name, among: ids))
    }
    return team
  }

  /// A NotReady reason of the scenario's vocabulary, written as one or more words.
  func reason(_ tokens: ArraySlice<Token>) throws(ScenarioError) -> NotReadyReason {
    let name = tokens.map(\.text).joined(separator: " ")
    let vocabulary = configuration.vocabulary
    guard let reason = vocabulary.reason(named: name) else {
      let column = tokens.first?.column ?? words.endColumn
      throw error(
        column: column, .unknownReference,
        "no NotReady reason \"\(VisibleText.prefix(name))\" in the scenario's vocabulary"
          + hint(for: name, among: vocabulary.notReadyReasons.map(\.name)))
    }
    return reason
  }

  /// A whole number from 1, unquoted.
  func count(_ token: Token, of what: String) throws(ScenarioError) -> Int {
    guard !token.quoted, token.text.allSatisfy({ ("0"..."9").contains($0) }),
      let value = Int(token.text), value >= 1, value <= 100_000
    else {
      throw error(
        at: token, .invalidValue,
        "\"\(VisibleText.prefix(token.text))\" is not a number of \(what) (1 to 100000)")
    }
    return value
  }

  /// A time on the scenario's clock (`RunClock`), from the start of the run.
  func time(_ token: Token) throws(ScenarioError) -> SimInstant {
    guard let sinceMidnight = RunClock.sinceMidnight(token.text) else {
      throw error(
        at: token, .invalidValue,
        "\"\(VisibleText.prefix(token.text))\" is not a clock time (\(RunClock.forms))")
    }
    let sinceStart = sinceMidnight - configuration.startOfDay
    guard sinceStart >= .zero else {
      throw error(
        at: token, .invalidValue,
        "\(token.text) is before the run's start, \(ForecastTime.clock(startSeconds))")
    }
    return SimInstant(since: sinceStart)
  }

  private var startSeconds: Int { Int(configuration.startOfDay.microseconds / 1_000_000) }
}
