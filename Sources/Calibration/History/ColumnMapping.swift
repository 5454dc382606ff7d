import SimKernel

/// Which column of a call-level CSV holds which field of a call, and which words its outcome
/// column uses: what the `mapped` layout reads with (`--map arrival="Call Start"`,
/// `--outcome answered=Handled`).
public struct ColumnMapping: Sendable, Equatable {
  /// A field of a call a column can hold.
  public enum Field: String, Sendable, CaseIterable {
    case queue, arrival, date, queued, answered, abandoned, outcome, talk, hold, wrapUp, agent
    case ringOuts
  }

  /// The column of each field mapped.
  public private(set) var columns: [Field: String]
  /// The words of the outcome column, in lower case, and the outcome each means: by default
  /// `answered`, `abandoned` and `ivr`, plus those given.
  public private(set) var outcomeWords: [String: CallRecord.Outcome]

  /// The outcome words every mapping knows.
  public static let defaultOutcomeWords: [String: CallRecord.Outcome] = [
    "answered": .answered, "abandoned": .abandoned, "ivr": .ivrHangUp,
  ]

  /// A mapping from `columns` (field → column name) and extra outcome words (word → outcome);
  /// `queue` and `arrival` must be mapped.
  public init(
    columns: [Field: String], outcomeWords: [String: CallRecord.Outcome] = [:]
  ) throws(HistoryError) {
    self.columns = columns
    self.outcomeWords = Self.defaultOutcomeWords
    for (word, outcome) in outcomeWords { self.outcomeWords[word.lowercased()] = outcome }
    let missing = [Field.queue, .arrival].filter { columns[$0] == nil }
    guard missing.isEmpty else {
      throw HistoryError(
        missing.map {
          HistoryError.Problem(file: "--map", message: "no column for \($0.rawValue) (required)")
        })
    }
  }

  /// A mapping from `field=Column` pairs (`arrival=Call Start`; quotes around the column are
  /// taken off) and `outcome=Word` pairs (`answered=Handled`; the outcome `answered`,
  /// `abandoned` or `ivr`). An unknown field or outcome, a pair without `=`, a field mapped
  /// twice or a missing `queue` or `arrival` is refused, every one listed.
  public init(pairs: [String], outcomePairs: [String] = []) throws(HistoryError) {
    var problems = HistoryProblems(file: "--map")
    var columns: [Field: String] = [:]
    for pair in pairs {
      guard let (key, value) = Self.split(pair) else {
        problems.report(line: nil, "\"\(pair)\" is not field=Column")
        continue
      }
      guard let field = Field(rawValue: key) else {
        problems.report(
          line: nil,
          "unknown field \"\(key)\""
            + HistoryTable.hint(for: key, among: Field.allCases.map(\.rawValue), "one of"))
        continue
      }
      if columns[field] != nil { problems.report(line: nil, "\(key) is mapped twice") }
      columns[field] = value
    }
    var words: [String: CallRecord.Outcome] = [:]
    var outcomeProblems = HistoryProblems(file: "--outcome")
    for pair in outcomePairs {
      guard let (key, word) = Self.split(pair), let outcome = Self.defaultOutcomeWords[key] else {
        outcomeProblems.report(
          line: nil,
          "\"\(pair)\" is not outcome=Word with an outcome answered, abandoned or ivr")
        continue
      }
      words[word] = outcome
    }
    try HistoryError.combine(problems, outcomeProblems)
    try self.init(columns: columns, outcomeWords: words)
  }

  /// `key` and `value` of `key=value`, both trimmed, quotes around the value taken off.
  static func split(_ pair: String) -> (String, String)? {
    guard let equals = pair.firstIndex(of: "=") else { return nil }
    let key = String(String(pair[..<equals]).trimmingSpaces)
    var value = String(String(pair[pair.index(after: equals)...]).trimmingSpaces)
    if value.count >= 2, value.first == "\"", value.last == "\"" {
      value = String(value.dropFirst().dropLast())
    }
    return key.isEmpty || value.isEmpty ? nil : (key, value)
  }
}
