/// Escaping for text that goes into the HTML report.
///
/// Every string that comes from a scenario (its name, team, queue and agent names) passes
/// through one of these before it reaches the page.
enum HTML {
  /// A page's opening up to its body: the doctype, the character set and viewport, `title`
  /// (already escaped), no favicon request, and `css` inline.
  static func head(title: String, css: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(title)</title>
    <link rel="icon" href="data:,">
    <style>
    \(css)</style>
    </head>

    """
  }

  /// `text` safe inside an element or a double- or single-quoted attribute.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// JSON text safe inside a `<script>` element: `<`, `>` and `&` become `\u` escapes, which
  /// a JSON parser reads back unchanged, so no string can close the element.
  static func scriptSafeJSON(_ json: String) -> String {
    let unsafe: (UInt8) -> Bool = {
      $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&")
    }
    guard json.utf8.contains(where: unsafe) else { return json }
    var safe = [UInt8]()
    safe.reserveCapacity(json.utf8.count + 64)
    for byte in json.utf8 {
      if unsafe(byte) {
        // "\u00" and the byte's two hexadecimal digits: 3c, 3e or 26.
        safe += Array("\\u00".utf8)
        safe.append(UInt8(ascii: "0") + byte / 16)
        let low = byte % 16
        safe.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
      } else {
        safe.append(byte)
      }
    }
    return String(decoding: safe, as: UTF8.self)
  }

  /// A JSON Pointer (RFC 6901) to a value of `summary.json`, from its keys.
  static func pointer(_ keys: String...) -> String {
    keys.map { key in
      var token = ""
      for character in key {
        switch character {
        case "~": token += "~0"
        case "/": token += "~1"
        default: token.append(character)
        }
      }
      return "/" + token
    }.joined()
  }

  /// The attributes that tie a figure on the page to the value at `pointer` in `summary.json`:
  /// the value in the same shortest round-trip form the JSON uses, empty for null.
  static func figure(_ pointer: String, _ value: Double?) -> String {
    let text = value.map { $0.isFinite ? JSONOutput.format($0) : "" } ?? ""
    return " data-metric=\"\(escape(pointer))\" data-value=\"\(text)\""
  }

  /// The same for a count.
  static func figure(_ pointer: String, _ value: Int) -> String {
    " data-metric=\"\(escape(pointer))\" data-value=\"\(value)\""
  }

  /// A number with at most `decimals` digits, trailing zeros dropped (SVG coordinates).
  static func coordinate(_ value: Double, decimals: Int = 1) -> String {
    Formatting.fixed(value, decimals: decimals, trimmingZeros: true)
  }
}
