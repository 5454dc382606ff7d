import Foundation

/// A progress bar on standard error for runs that take more than a second, when it is a
/// terminal: the share of simulated time done (over all replications), the simulated clock of
/// the furthest replication, the calls simulated per second and the time left — the time so
/// far times the share still to do over the share done. Cleared when the run ends.
final class ProgressBar: @unchecked Sendable {
  private let console: Console
  private let replications: Int
  private let duration: Double
  private let startOfDay: Double
  /// Seconds on a monotonic clock: the wall clock in a run, a fake one in tests.
  private let now: @Sendable () -> Double
  private let started: Double
  private let lock = NSLock()
  private var done: [Double]
  private var callers: [Int]
  private var lastDrawn = -Double.infinity
  private var drawn = false

  init(
    console: Console, replications: Int, durationSeconds: Double, startOfDaySeconds: Double,
    now: @escaping @Sendable () -> Double = {
      Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
  ) {
    self.console = console
    self.replications = replications
    duration = durationSeconds
    startOfDay = startOfDaySeconds
    self.now = now
    started = now()
    done = Array(repeating: 0, count: replications)
    callers = Array(repeating: 0, count: replications)
  }

  /// Replication `replication` has simulated `seconds` and seen `calls` callers.
  func update(replication: Int, seconds: Double, calls: Int) {
    lock.lock()
    defer { lock.unlock() }
    done[replication] = seconds
    callers[replication] = calls
    let time = now()
    let elapsed = time - started
    guard elapsed >= 1, time - lastDrawn >= 0.1 else { return }
    lastDrawn = time
    drawn = true
    let fraction = min(1, max(0, done.reduce(0, +) / (duration * Double(replications))))
    console.err(
      Self.line(
        fraction: fraction, simulated: startOfDay + (done.max() ?? 0),
        callsPerSecond: Double(callers.reduce(0, +)) / elapsed, elapsed: elapsed))
  }

  /// The bar's line: "\r███···  42 %  simulated 10:30  12,345 calls/s  1 m 05 s left ".
  static func line(fraction: Double, simulated: Double, callsPerSecond: Double, elapsed: Double)
    -> String
  {
    let width = 30
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    return String(
      format: "\r%@ %3.0f %%  simulated %@  %@ calls/s  %@ ", bar, fraction * 100,
      clock(simulated), grouped(Int(callsPerSecond)),
      remaining(elapsed: elapsed, fraction: fraction))
  }

  /// The time left at the pace so far: `elapsed` × (1 − `fraction`) / `fraction`, rounded up
  /// to the second — "12 s left", "4 m 05 s left", "1 h 02 m left"; "time left unknown" before
  /// anything is done.
  static func remaining(elapsed: Double, fraction: Double) -> String {
    guard fraction > 0, elapsed.isFinite else { return "time left unknown" }
    let left = Int((elapsed * (1 - fraction) / fraction).rounded(.up))
    if left < 60 { return "\(left) s left" }
    if left < 3600 { return "\(left / 60) m " + pad(left % 60) + " s left" }
    return "\(left / 3600) h " + pad(left % 3600 / 60) + " m left"
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

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
