/// A key of the live Pulse view, read from the bytes a terminal sends: letters as typed, and
/// the escape sequences of Page Up, Page Down and the arrows.
enum LiveKey: Equatable {
  case pause
  case faster
  case slower
  case nextTeam
  case nextProfile
  case nextPage
  case previousPage
  case autoPage
  case quit

  /// The keys in `bytes`, in order; bytes and sequences that are no key are skipped.
  static func parse(_ bytes: [UInt8]) -> [LiveKey] {
    var keys: [LiveKey] = []
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      guard byte == 0x1B else {
        if let key = key(for: byte) { keys.append(key) }
        continue
      }
      // ESC [ parameters final: a control sequence; ESC alone (or another) is no key.
      guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { continue }
      var end = index + 1
      while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
      guard end < bytes.count else { break }
      let sequence = String(decoding: bytes[(index + 1)...end], as: UTF8.self)
      index = end + 1
      switch sequence {
      case "6~", "B": keys.append(.nextPage)
      case "5~", "A": keys.append(.previousPage)
      default: continue
      }
    }
    return keys
  }

  private static func key(for byte: UInt8) -> LiveKey? {
    switch Character(UnicodeScalar(byte)) {
    case " ", "p", "P": .pause
    case "+", "=": .faster
    case "-", "_": .slower
    case "t", "T": .nextTeam
    case "v", "V": .nextProfile
    case "n", "N", "]": .nextPage
    case "b", "B", "[": .previousPage
    case "a", "A": .autoPage
    case "q", "Q": .quit
    default: nil
    }
  }
}
