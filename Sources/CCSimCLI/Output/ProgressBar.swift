import Foundation

/// A progress bar on standard error for runs that take more than a second, when it is a
/// terminal: the share of simulated time done (over all replications), the simulated clock of
/// the furthest replication and the calls simulated per second. Cleared when the run ends.
final class ProgressBar: @unchecked Sendable {
  private let console: Console
  private let replications: Int
  private let duration: Double
  private let startOfDay: Double
  private let started = Date()
  private let lock = NSLock()
  private var done: [Double]
  private var callers: [Int]
  private var lastDrawn = Date.distantPast
  private var drawn = false

  init(console: Console, replications: Int, durationSeconds: Double, startOfDaySeconds: Double) {
    self.console = console
    self.replications = replications
    duration = durationSeconds
    startOfDay = startOfDaySeconds
    done = Array(repeating: 0, count: replications)
    callers = Array(repeating: 0, count: replications)
  }

  /// Replication `replication` has simulated `seconds` and seen `calls` callers.
  func update(replication: Int, seconds: Double, calls: Int) {
    lock.lock()
    defer { lock.unlock() }
    done[replication] = seconds
    callers[replication] = calls
    let now = Date()
    guard now.timeIntervalSince(started) >= 1, now.timeIntervalSince(lastDrawn) >= 0.1 else {
      return
    }
    lastDrawn = now
    drawn = true
    let fraction = done.reduce(0, +) / (duration * Double(replications))
    let width = 30
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    let clock = Self.clock(startOfDay + (done.max() ?? 0))
    let rate = Double(callers.reduce(0, +)) / now.timeIntervalSince(started)
    let text = String(
      format: "\r%@ %3.0f %%  simulated %@  %@ calls/s ", bar, fraction * 100, clock,
      Self.grouped(Int(rate)))
    console.err(text)
  }

  /// Removes the bar, if it was drawn.
  func finish() {
    lock.lock()
    defer { lock.unlock() }
    if drawn { console.err("\r\u{1B}[2K") }
  }

  static func clock(_ seconds: Double) -> String {
    let total = Int(seconds)
    let day = total / 86_400
    let label = String(format: "%02d:%02d", total % 86_400 / 3600, total % 3600 / 60)
    return day > 0 ? "d\(day + 1) \(label)" : label
  }

  static func grouped(_ value: Int) -> String {
    let digits = String(value)
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return text
  }
}
