import SimKernel
import Testing

@testable import Reporting

/// The bytes `calls.csv` is written in are the text the other files' renderers write: a time in
/// seconds as `CSVField.number`, a clock as `Formatting.clock`, a whole number as `String`.
struct CSVBytesTests {
  /// What `write` puts in memory, as text.
  static func text(_ write: (inout CSVBytes) -> Void) -> String {
    let room = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    defer { room.deallocate() }
    var bytes = CSVBytes(at: room)
    write(&bytes)
    return String(
      decoding: UnsafeBufferPointer(start: room, count: bytes.end - room), as: UTF8.self)
  }

  static let edges: [Int64] = [
    0, 1, 9, 10, 99, 100, 101, 999, 1000, 12_345, 100_000, 999_999, 1_000_000, 1_000_001,
    1_500_000, 59_999_999, 86_400_000_000, 123_456_789_012, 999_999_999_999_999,
    1_000_000_000_000_000, 1_000_000_000_000_001, 9_007_199_254_740_993, Int64.max, -1, -100,
    -1_500_000, Int64.min,
  ]

  @Test func secondsAreWrittenAsTheNumberOfTheDouble() {
    var generator = SplitMix64(seed: 16)
    var values = Self.edges
    for digits in 1...18 {
      var limit: UInt64 = 1
      for _ in 0..<digits { limit *= 10 }
      for _ in 0..<2_000 { values.append(Int64(generator.next() % limit)) }
    }
    for microseconds in values {
      let written = Self.text { $0.append(microseconds: microseconds) }
      #expect(
        written == CSVField.number(Double(microseconds) / 1e6), "\(microseconds) µs")
    }
  }

  @Test func clocksAreWrittenAsFormattingWritesThem() {
    var generator = SplitMix64(seed: 17)
    var values: [Int64] = [0, 59_999_999, 60_000_000, 86_399_999_999, 86_400_000_000, -1]
    for _ in 0..<5_000 { values.append(Int64(generator.next() % 40_000_000_000_000)) }
    for microseconds in values {
      let written = Self.text { $0.append(clockMicroseconds: microseconds) }
      #expect(written == Formatting.clock(SimDuration(microseconds: microseconds)))
    }
  }

  @Test(arguments: [0, 1, 9, 10, 123, -7, Int.max, Int.min])
  func integersAreWrittenAsStringWritesThem(_ value: Int) {
    #expect(Self.text { $0.append(integer: value) } == String(value))
  }
}

/// Names are copied into a row whole, short ones (up to `CSVBytes.shortField` bytes) by two
/// 8-byte moves that write past the name: the row reads as the names one after another.
struct FieldTableTests {
  @Test func namesOfEveryLengthAreCopiedExactly() {
    let names = (0...40).map { length in (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) } }
    let table = FieldTable([names, [Array("é,\"x\"".utf8)]])
    let room = UnsafeMutablePointer<UInt8>.allocate(capacity: 2_048)
    defer { room.deallocate() }
    var bytes = CSVBytes(at: room)
    for index in names.indices.reversed() {
      table.append(0, index, to: &bytes)
      bytes.append(UInt8(ascii: ","))
    }
    table.append(1, 0, to: &bytes)
    let written = Array(UnsafeBufferPointer(start: room, count: bytes.end - room))
    let expected = names.reversed().flatMap { $0 + [UInt8(ascii: ",")] } + Array("é,\"x\"".utf8)
    #expect(written == expected)
  }
}
