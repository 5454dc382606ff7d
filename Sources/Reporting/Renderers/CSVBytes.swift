import SimKernel

/// Writes the fields of a large CSV file (`calls.csv`) straight into memory as UTF-8 bytes, with
/// no `String` made per field: text fields are copied from bytes prepared once (`CSVBytes.field`),
/// numbers are written digit by digit, exactly as `CSVField.number` and `Formatting.clock` write
/// them.
///
/// The caller gives memory with room for the row (`CallsCSV.maxRowBytes`): nothing is checked.
public struct CSVBytes {
  /// Where the next byte goes.
  public private(set) var end: UnsafeMutablePointer<UInt8>

  /// "00" to "99" (`digitPairs`), kept here so that writing a number reads no global.
  private let pairs: UnsafePointer<UInt8>

  /// Writes from `start`.
  public init(at start: UnsafeMutablePointer<UInt8>) {
    end = start
    pairs = Self.digitPairs
  }

  /// The bytes of a field of text as a CSV file holds it: `escape`d (quoted if need be).
  static func field(_ escaped: String) -> [UInt8] { Array(escaped.utf8) }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    end.pointee = byte
    end += 1
  }

  @inline(__always)
  mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      end.update(from: base, count: buffer.count)
      end += buffer.count
    }
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafePointer<UInt8>, count: Int) {
    end.update(from: bytes, count: count)
    end += count
  }

  /// The longest field `appendShort` copies.
  static let shortField = 16

  /// Copies `count` (at most `shortField`) bytes from `bytes` as two 8-byte moves rather than a
  /// call to `memmove`, which costs more than the copy for the short names of a row. It reads
  /// and writes `shortField` bytes whatever `count`: `bytes` must have that many initialized
  /// bytes (`FieldTable` pads its block), and the row room past its end (`maxRowBytes`).
  @inline(__always)
  mutating func appendShort(_ bytes: UnsafePointer<UInt8>, count: Int) {
    let source = UnsafeRawPointer(bytes)
    let low = source.loadUnaligned(as: UInt64.self)
    let high = source.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
    let target = UnsafeMutableRawPointer(end)
    target.storeBytes(of: low, as: UInt64.self)
    target.storeBytes(of: high, toByteOffset: 8, as: UInt64.self)
    end += count
  }

  /// A whole number in decimal, as `String(value)` writes it.
  mutating func append(integer value: Int) {
    if value < 0 {
      append(UInt8(ascii: "-"))
      appendDigits(value.magnitude.toUInt64)
    } else {
      appendDigits(UInt64(value))
    }
  }

  /// The digits of `value`, at least `width` of them (leading zeros).
  @inline(__always)
  mutating func appendDigits(_ value: UInt64, width: Int = 1) {
    let digits = max(Self.digitCount(value), width)
    let start = end
    end += digits
    var place = end
    var rest = value
    // Two digits at a time, from the right.
    while place - start >= 2 {
      let pair = Int(rest % 100)
      rest /= 100
      place -= 2
      place[0] = pairs[2 * pair]
      place[1] = pairs[2 * pair + 1]
    }
    if place > start {
      place -= 1
      place.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
    }
  }

  /// The number of decimal digits of `value`: compared with powers of ten, the common sizes
  /// (a time in seconds, a count) first.
  @inline(__always)
  static func digitCount(_ value: UInt64) -> Int {
    if value < 10_000 {
      return value < 100 ? (value < 10 ? 1 : 2) : (value < 1_000 ? 3 : 4)
    }
    if value < 100_000_000 {
      return value < 1_000_000 ? (value < 100_000 ? 5 : 6) : (value < 10_000_000 ? 7 : 8)
    }
    var digits = 9
    var power: UInt64 = 1_000_000_000
    while digits < 20 && value >= power {
      digits += 1
      power = power &* 10
    }
    return digits
  }

  /// The two digits of `pair` (0–99) at `end + place`, `end` left where it is.
  @inline(__always)
  private func writePair(_ pair: Int, at place: Int) {
    end[place] = pairs[2 * pair]
    end[place + 1] = pairs[2 * pair + 1]
  }

  /// "00", "01", … "99", one after another.
  nonisolated(unsafe) private static let digitPairs: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 200)
    for pair in 0..<100 {
      table[2 * pair] = UInt8(ascii: "0") + UInt8(pair / 10)
      table[2 * pair + 1] = UInt8(ascii: "0") + UInt8(pair % 10)
    }
    return UnsafePointer(table)
  }()

  /// Microseconds as seconds, as `CSVField.number(Double(microseconds) / 1e6)` writes them:
  /// the shortest decimal that reads back as the same double. For 100 µs up to 10^9 s that is
  /// the exact decimal, trailing zeros cut (a double's spacing there is under 10^-6 / 2); other
  /// values go through the double.
  mutating func append(microseconds: Int64) {
    guard microseconds >= 100 && microseconds < 1_000_000_000_000_000 else {
      if microseconds == 0 {
        append(UInt8(ascii: "0"))
      } else {
        append(Array(CSVField.number(Double(microseconds) / 1e6).utf8))
      }
      return
    }
    let whole = UInt64(microseconds / 1_000_000)
    let fraction = Int(microseconds % 1_000_000)
    appendDigits(whole)
    guard fraction != 0 else { return }
    // The point and six digits (leading zeros), three pairs at a time; then the trailing
    // zeros cut (a digit is not zero before the point, as the fraction is not).
    end[0] = UInt8(ascii: ".")
    writePair(fraction / 10_000, at: 1)
    writePair(fraction / 100 % 100, at: 3)
    writePair(fraction % 100, at: 5)
    end += 7
    while end[-1] == UInt8(ascii: "0") { end -= 1 }
  }

  /// A clock time to the minute from midnight, as `Formatting.clock` writes it: "08:15", or
  /// "d2 08:15" from the second day.
  mutating func append(clockMicroseconds sinceMidnight: Int64) {
    guard sinceMidnight >= 0 else {
      append(Array(Formatting.clock(SimDuration(microseconds: sinceMidnight)).utf8))
      return
    }
    let minutes = UInt64(sinceMidnight / 60_000_000)
    let day = minutes / 1440
    if day > 0 {
      append(UInt8(ascii: "d"))
      appendDigits(day + 1)
      append(UInt8(ascii: " "))
    }
    appendDigits(minutes % 1440 / 60, width: 2)
    append(UInt8(ascii: ":"))
    appendDigits(minutes % 60, width: 2)
  }
}

extension UInt {
  fileprivate var toUInt64: UInt64 { UInt64(self) }
}
