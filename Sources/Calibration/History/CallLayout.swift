import SimKernel

/// A layout of call-level history — one row per call — and how to read and write it.
/// `docs/history-formats.md` describes each exactly.
///
/// ```swift
/// let calls = try CallLayout.classic.read(text, file: "calls.csv")
/// let text = CallLayout.classic.write(calls)
/// ```
public enum CallLayout: Sendable, Equatable {
  /// The call-centre research layout (Mandelbaum's "Anonymous Bank" data): `date` `yymmdd`,
  /// moments `H:MM:SS`, outcome `AGENT` / `HANG` / `PHANTOM`; comma- or tab-separated.
  case classic
  /// ccsim's own `calls.csv`: times in seconds from the run's start, which is `start` seconds
  /// after `date`'s midnight (nil: found from the rows' `arrivedClock`).
  case ccsim(date: LocalTime = CallLayout.defaultDate, start: Double? = nil)
  /// Any call-level CSV, each field from the column `ColumnMapping` names.
  case mapped(ColumnMapping)

  /// The date a ccsim calls.csv is taken to be of when none is given: 2024-01-01.
  public static let defaultDate = LocalTime(year: 2024, month: 1, day: 1)

  /// The calls of `text`, the contents of the file `file` (the name problems are reported
  /// with), in the order of its rows; rows of no real call (the classic layout's PHANTOM,
  /// ccsim's unresolved calls) are left out.
  ///
  /// - Throws: `HistoryError` listing every problem found, each at its line and column.
  public func read(_ text: String, file: String) throws(HistoryError) -> [CallRecord] {
    switch self {
    case .classic: try ClassicCalls.read(text, file: file)
    case .ccsim(let date, let start):
      try CCSimCalls.read(text, file: file, date: date, start: start)
    case .mapped(let mapping): try MappedCalls.read(text, file: file, mapping: mapping)
    }
  }

  /// The file of `records` in this layout, as its reader reads it back (to the layout's
  /// precision: whole seconds for `classic`, milliseconds for `mapped`, microseconds for
  /// `ccsim`), with a header and a line feed after every row.
  public func write(_ records: [CallRecord]) -> String {
    switch self {
    case .classic: ClassicCalls.write(records)
    case .ccsim(let date, let start): CCSimCalls.write(records, date: date, start: start)
    case .mapped(let mapping): MappedCalls.write(records, mapping: mapping)
    }
  }

  /// The layout whose header `header` (a file's first line) is: `classic` when it has every
  /// classic column, `ccsim` (on the default date) when it has ccsim's; nil otherwise (a mapped
  /// file needs its mapping).
  public static func detect(header: String) -> CallLayout? {
    let separator = HistoryTable.separator(of: header)
    guard let names = CSVRecords.fields(Substring(header), separator: separator) else {
      return nil
    }
    let set = Set(names.map { String($0.trimmingSpaces) })
    if set.isSuperset(of: ClassicCalls.columns) { return .classic }
    if set.isSuperset(of: CCSimCalls.required) { return .ccsim() }
    return nil
  }
}
