import SimKernel

/// A layout of interval history — one row per queue and interval, as WFM tools import and
/// export it — and how to read and write it. `docs/history-formats.md` describes each exactly.
public enum IntervalLayout: Sendable, Equatable {
  /// Genesys Cloud WFM's historical data import: starts in UTC, shifted to local time by
  /// `utcOffsetSeconds` (local = UTC + offset); only voice rows.
  case genesys(utcOffsetSeconds: Int = 0)
  /// NICE IEX's pipe-delimited interval export with a `#fields:` header.
  case iex
  /// Calabrio's headerless forecast import file.
  case calabrio

  /// The intervals of `text`, the contents of the file `file` (the name problems are reported
  /// with), in the order of its rows.
  ///
  /// - Throws: `HistoryError` listing every problem found, each at its line and column.
  public func read(_ text: String, file: String) throws(HistoryError) -> [IntervalRecord] {
    switch self {
    case .genesys(let offset):
      try GenesysIntervals.read(text, file: file, utcOffsetSeconds: offset)
    case .iex: try IEXIntervals.read(text, file: file)
    case .calabrio: try CalabrioIntervals.read(text, file: file)
    }
  }

  /// The file of `records` in this layout, as its reader reads it back (to the layout's
  /// precision: IEX and Calabrio starts to the minute).
  public func write(_ records: [IntervalRecord]) -> String {
    switch self {
    case .genesys(let offset): GenesysIntervals.write(records, utcOffsetSeconds: offset)
    case .iex: IEXIntervals.write(records)
    case .calabrio: CalabrioIntervals.write(records)
    }
  }

  /// The layout a file's first line says it is: `iex` when it starts with `#`, `genesys` (UTC
  /// offset 0) when it has Genesys's columns, `calabrio` when it is seven fields whose second
  /// is a moment `yyyyMMdd HH:mm`; nil otherwise.
  public static func detect(firstLine line: String) -> IntervalLayout? {
    var line = Substring(line)
    if line.first == "\u{FEFF}" { line = line.dropFirst() }
    if line.first == "#" { return .iex }
    guard let fields = CSVRecords.fields(line) else { return nil }
    let names = Set(fields.map { String($0.trimmingSpaces) })
    if names.isSuperset(of: GenesysIntervals.columns) { return .genesys() }
    var problems = HistoryProblems(file: "")
    if fields.count == CalabrioIntervals.columns.count,
      CalabrioIntervals.moment(
        HistoryField(line: 1, column: 2, text: fields[1].trimmingSpaces), &problems) != nil
    {
      return .calabrio
    }
    return nil
  }

  /// Seconds east of UTC of an offset `+01:00`, `-05:30`, `+0100` or `Z`; nil when not one.
  public static func utcOffset(_ text: String) -> Int? {
    if text == "Z" || text == "0" { return 0 }
    guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
    let digits = text.dropFirst().filter { $0 != ":" }
    guard digits.count == 4, text.dropFirst().count == (text.contains(":") ? 5 : 4),
      let hhmm = HistoryText.digits(Substring(digits)), hhmm / 100 <= 18, hhmm % 100 < 60
    else { return nil }
    let seconds = (hhmm / 100) * 3600 + (hhmm % 100) * 60
    return sign == "-" ? -seconds : seconds
  }
}
