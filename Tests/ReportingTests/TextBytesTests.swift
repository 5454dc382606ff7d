import SimKernel
import Testing

@testable import Reporting

/// The report's numbers written as bytes (`TextBytes`: the timeline's paths, the replay's
/// tiles) are the text the report's other writers make: a coordinate as `HTML.coordinate`, a
/// time in seconds as `ReportData.text`, a whole number as `String`.
struct TextBytesTests {
  static func text(_ write: (inout TextBytes) -> Void) -> String {
    var bytes = TextBytes()
    write(&bytes)
    return bytes.string
  }

  /// Values at the edges of each way of writing (rounding up to the next whole number, the
  /// ranges written the long way, ties), then random values of every size: times in seconds
  /// to the microsecond, and any double up to 10^10.
  static func values(seed: UInt64) -> [Double] {
    var values: [Double] = [
      0, -0.0, 0.0004, 0.0005, 0.001, 0.0049, 0.005, 0.05, 0.04999, 0.95, 0.9999, 0.9995, 1,
      1.25, 2.5, 9.95, 99.95, 1_090.04, 1_300, 86_400, 999_999_999.9994, 999_999_999.9996,
      1e9, 1e9 + 0.5, 3.3e12, -0.04, -0.05, -1.25, -1_000, .infinity, -.infinity, .nan,
    ]
    var generator = SplitMix64(seed: seed)
    for digits in 1...16 {
      var limit: UInt64 = 1
      for _ in 0..<digits { limit *= 10 }
      for _ in 0..<1_000 { values.append(Double(generator.next() % limit) / 1e6) }
    }
    for _ in 0..<5_000 {
      values.append(Double(generator.next() >> 11) / Double(1 << 53) * 1e10)
    }
    return values
  }

  @Test func coordinatesAreWrittenAsHTMLWritesThem() {
    for value in Self.values(seed: 18) {
      #expect(Self.text { $0.append(coordinate: value) } == HTML.coordinate(value), "\(value)")
    }
  }

  @Test func secondsAreWrittenAsTheReportDataWritesThem() {
    for value in Self.values(seed: 19) {
      #expect(Self.text { $0.append(thousandths: value) } == ReportData.text(value), "\(value)")
    }
  }

  @Test(arguments: [0, 1, 9, 10, 123, -7, Int.max, Int.min])
  func integersAreWrittenAsStringWritesThem(_ value: Int) {
    #expect(Self.text { $0.append(integer: value) } == String(value))
  }

  @Test func bytesWrittenCanBeRepeated() {
    let written = Self.text {
      $0.append(Array("M1 ".utf8))
      $0.append(coordinate: 12.25)
      $0.repeatBytes(3..<7)
    }
    #expect(written == "M1 12.312.3")
  }
}
