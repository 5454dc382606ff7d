import SimKernel

/// Number and time formatting shared by the text renderers.
enum Formatting {
  /// A share as a percentage with one decimal: "88.9 %".
  static func percent(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    return fixed(value * 100, decimals: 1) + " %"
  }

  /// Seconds with units: "6.51 s", or "2 m 05 s" past two minutes.
  static func seconds(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "—" }
    let whole = Int(value.rounded())
    if value >= 3600 {
      return "\(whole / 3600) h \(pad(whole % 3600 / 60)) m"
    }
    if value >= 120 {
      return "\(whole / 60) m \(pad(whole % 60)) s"
    }
    return fixed(value, decimals: value < 10 ? 2 : 1) + " s"
  }

  /// `value` with exactly `decimals` digits after the point, locale-free; `trimmingZeros`
  /// drops the fraction's trailing zeros, and the point with them (SVG coordinates).
  static func fixed(_ value: Double, decimals: Int, trimmingZeros: Bool = false) -> String {
    guard value.isFinite else { return "—" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    var fraction = Int(scaled - Double(whole) * scale)
    var places = decimals
    while trimmingZeros && places > 0 && fraction % 10 == 0 {
      fraction /= 10
      places -= 1
    }
    // Zero has no sign: a value that rounds to it is "0".
    var text = (value < 0 && scaled > 0 ? "-" : "") + String(whole)
    if places > 0 {
      let digits = String(fraction)
      text += "." + String(repeating: "0", count: places - digits.count) + digits
    }
    return text
  }

  /// A whole number with thousands separators: "1,000,008".
  static func count(_ value: Int) -> String {
    let digits = String(abs(value))
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { grouped += "," }
      grouped.append(digit)
    }
    return (value < 0 ? "-" : "") + grouped
  }

  /// A clock label for time since midnight: "08:15", or "d2 08:15" from the second day.
  static func clock(_ sinceMidnight: SimDuration) -> String {
    let minutes = Int(sinceMidnight.microseconds / 60_000_000)
    let day = minutes / 1440
    let label = "\(pad(minutes % 1440 / 60)):\(pad(minutes % 60))"
    return day > 0 ? "d\(day + 1) \(label)" : label
  }

  /// A clock label to the second: "08:15:07", or "d2 08:15:07" from the second day.
  static func clockSeconds(_ sinceMidnight: SimDuration) -> String {
    let seconds = Int(sinceMidnight.microseconds / 1_000_000)
    let day = seconds / 86_400
    let label =
      "\(pad(seconds % 86_400 / 3600)):\(pad(seconds % 3600 / 60)):\(pad(seconds % 60))"
    return day > 0 ? "d\(day + 1) \(label)" : label
  }

  static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
