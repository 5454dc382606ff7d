/// Durations written with units: "90s", "15m", "1h30m", "2d", "1.5h".
enum DurationText {
  private static let units: [(Character, Double)] = [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)]

  /// Seconds, or nil when `text` is not a sequence of number-unit pairs with units in the order
  /// d, h, m, s, each at most once.
  static func seconds(_ text: String) -> Double? {
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
