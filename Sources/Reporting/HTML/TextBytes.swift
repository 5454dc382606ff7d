/// Text built as UTF-8 bytes, with no `String` made per number: for the report's long runs of
/// numbers, the timeline's paths and the replay's tiles (a day draws tens of thousands).
struct TextBytes {
  private(set) var bytes: [UInt8] = []

  var isEmpty: Bool { bytes.isEmpty }

  /// The text.
  var string: String { String(decoding: bytes, as: UTF8.self) }

  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  mutating func append(_ text: [UInt8]) { bytes += text }

  /// Appends a copy of `bytes[range]`, bytes already written.
  mutating func repeatBytes(_ range: Range<Int>) {
    for index in range { bytes.append(bytes[index]) }
  }

  /// A whole number, as `String(value)` writes it.
  mutating func append(integer value: Int) {
    write { $0.append(integer: value) }
  }

  /// `value` to a tenth, exactly as `HTML.coordinate(value)` writes it: trailing zeros and the
  /// point dropped ("210", "210.2").
  mutating func append(coordinate value: Double) {
    guard let tenths = Self.scaled(value, by: 10) else {
      bytes += Array(HTML.coordinate(value).utf8)
      return
    }
    appendDigits(tenths / 10)
    if tenths % 10 != 0 {
      bytes.append(UInt8(ascii: "."))
      bytes.append(UInt8(ascii: "0") + UInt8(tenths % 10))
    }
  }

  /// `value` to a thousandth, exactly as `ReportData.text(value)` writes it: the shortest
  /// decimal of the rounded double, which for these values is the rounded value's own digits,
  /// trailing zeros and the point dropped ("12", "12.5", "12.125").
  mutating func append(thousandths value: Double) {
    guard let thousandths = Self.scaled(value, by: 1000) else {
      bytes += Array(ReportData.text(value).utf8)
      return
    }
    appendDigits(thousandths / 1000)
    var fraction = thousandths % 1000
    guard fraction != 0 else { return }
    bytes.append(UInt8(ascii: "."))
    var place: UInt = 100
    while fraction != 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(fraction / place))
      fraction %= place
      place /= 10
    }
  }

  /// `value × scale` rounded, for a value from 0 up to 10^9: there a double's spacing is far
  /// below the last place kept, so the rounded value's digits are the shortest that read back
  /// as it, and its whole part and fraction are the quotient and remainder. Nil otherwise (the
  /// caller writes it the long way).
  private static func scaled(_ value: Double, by scale: Double) -> UInt? {
    guard value >= 0 && value < 1e9 else { return nil }
    return UInt((value * scale).rounded())
  }

  private mutating func appendDigits(_ value: UInt) {
    write { $0.appendDigits(UInt64(value)) }
  }

  /// Appends what `body` writes with `CSVBytes`' number writers (a number: 20 bytes at most).
  private mutating func write(_ body: (inout CSVBytes) -> Void) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { room in
      let start = room.baseAddress!
      var out = CSVBytes(at: start)
      body(&out)
      bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: out.end - start))
    }
  }
}
