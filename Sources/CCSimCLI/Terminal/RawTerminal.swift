import Foundation

/// The terminal in the mode the live Pulse view needs — keys read one at a time without echo,
/// the screen redrawn in place — and put back as it was however the process ends: by
/// `restore()`, by a normal exit, or by Ctrl-C or SIGTERM (whose handler calls `exit`, which
/// runs the `atexit` hook installed here).
enum RawTerminal {
  nonisolated(unsafe) private static var saved: termios?
  nonisolated(unsafe) private static var hookInstalled = false
  /// Guards `saved` and the screen: a frame is written whole, and never after restoring.
  private static let lock = NSLock()

  /// The alternate screen, cursor hidden, no line wrap; and, in reverse, their undoing.
  private static let enterScreen = "\u{1B}[?1049h\u{1B}[?25l\u{1B}[?7l"
  private static let leaveScreen = "\u{1B}[?7h\u{1B}[?25h\u{1B}[?1049l"

  /// Switches standard input to non-canonical, no-echo, non-blocking reads (signals stay on,
  /// so Ctrl-C still interrupts) and standard output to the alternate screen. False when
  /// standard input is not a terminal.
  static func enter() -> Bool {
    lock.lock()
    defer { lock.unlock() }
    var original = termios()
    guard saved == nil, tcgetattr(STDIN_FILENO, &original) == 0 else { return false }
    var raw = original
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    withUnsafeMutableBytes(of: &raw.c_cc) { controls in
      controls[Int(VMIN)] = 0
      controls[Int(VTIME)] = 0
    }
    guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return false }
    saved = original
    if !hookInstalled {
      hookInstalled = true
      atexit { RawTerminal.restore() }
    }
    write(enterScreen)
    return true
  }

  /// Puts the terminal back as `enter()` found it; does nothing the second time.
  static func restore() {
    lock.lock()
    defer { lock.unlock() }
    guard var original = saved else { return }
    saved = nil
    tcsetattr(STDIN_FILENO, TCSANOW, &original)
    write(leaveScreen)
  }

  /// Draws `lines` from the top left, clearing what the last frame left; nothing once
  /// restored. Each line is cleared before it is written, not after: with wrapping off, a line
  /// as wide as the terminal leaves the cursor on its last character, which clearing to the end
  /// of the line would erase.
  static func draw(_ lines: [String]) {
    lock.lock()
    defer { lock.unlock() }
    guard saved != nil else { return }
    write("\u{1B}[H" + lines.map { "\u{1B}[2K" + $0 }.joined(separator: "\r\n") + "\u{1B}[J")
  }

  /// The keys typed since the last call (bytes; empty when none).
  static func readKeys() -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      let count = buffer.withUnsafeMutableBytes {
        Foundation.read(STDIN_FILENO, $0.baseAddress, 64)
      }
      guard count > 0 else { break }
      bytes += buffer[0..<count]
    }
    return bytes
  }

  /// The terminal's rows and columns (24 × 80 when it cannot say).
  static var size: (rows: Int, columns: Int) {
    var size = winsize()
    let status = withUnsafeMutablePointer(to: &size) {
      ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0)
    }
    guard status == 0, size.ws_row > 0, size.ws_col > 0 else { return (24, 80) }
    return (Int(size.ws_row), Int(size.ws_col))
  }

  private static func write(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes {
        Foundation.write(STDOUT_FILENO, $0.baseAddress! + offset, $0.count - offset)
      }
      guard written > 0 else { return }
      offset += written
    }
  }
}
