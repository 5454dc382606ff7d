import SimKernel

/// Durations written with units: "90s", "15m", "1h30m", "2d", "1.5h".
public enum DurationText {
  private static let units: [(Character, Double)] = [
    ("d", 86400), ("h", 3600), ("m", 60), ("s", 1),
  ]

  /// The shortest text with units for `duration`: "7m", "1h30m", "90s", "0.5s".
  public static func describe(_ duration: SimDuration) -> String {
    var micro = duration.microseconds
    guard micro > 0 else { return "0s" }
    var text = ""
    for (unit, seconds) in units {
      let size = Int64(seconds) * SimDuration.ticksPerSecond
      if unit == "s" {
        if micro > 0 {
          // Decimals written out, never an exponent: "0.000001s", not "1e-06s".
          let whole = micro / SimDuration.ticksPerSecond
          var fraction = String(micro % SimDuration.ticksPerSecond)
          fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
          while fraction.hasSuffix("0") { fraction.removeLast() }
          text += String(whole) + (fraction.isEmpty ? "" : "." + fraction) + "s"
        }
      } else if micro >= size {
        text += "\(micro / size)\(unit)"
        micro %= size
      }
    }
    return text
  }

  /// Seconds, or nil when `text` is not a sequence of number-unit pairs with units in the order
  /// d, h, m, s, each at most once.
  public static func seconds(_ text: String) -> Double? {
    var total = 0.0
    var number = ""
    var nextUnit = 0
    var sawPair = false
    for character in text {
      if character.isASCII && (character.isNumber || character == ".") {
        number.append(character)
        continue
      }
      guard let position = units.firstIndex(where: { $0.0 == character }),
        position >= nextUnit, !number.isEmpty, let value = Double(number), value.isFinite
      else { return nil }
      total += value * units[position].1
      nextUnit = position + 1
      number = ""
      sawPair = true
    }
    guard sawPair, number.isEmpty, total.isFinite else { return nil }
    return total
  }
}
