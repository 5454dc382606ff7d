import ContactCentre
import Dispatch
import Foundation
import Reporting
import SimKernel

/// `ccsim pulse --live` on a terminal: replays the day and redraws the Pulse view in place,
/// paced by a Dispatch timer at `speed` simulated seconds per real second, with keys to pause,
/// change the speed, the team and the profile, to page through the agents, and to quit.
///
/// The simulation runs on the calling thread, stopping at a grid of instants; a timer on a
/// serial queue adds half a second's worth of simulated time to the allowance twice a second,
/// and a read source on standard input collects keys; both wake the replay through one
/// semaphore. The replay draws the last instant within its allowance, waits when it is ahead,
/// and never blocks the timer: when the simulation cannot keep up it runs flat out and still
/// draws twice a second.
///
/// The agents that do not fit under the queues and teams are shown a page at a time
/// (`PulseScreen`): the pages turn by themselves every five seconds, as on a wallboard, until
/// a page key is pressed (n, b, Page Down, Page Up, the arrows); `a` lets them turn again.
struct LivePulse {
  let configuration: CentreConfiguration
  /// The teams of the configuration's queues, for every view drawn.
  let queueTeams: QueueTeams
  var profile: PulseProfile
  var team: Int?
  /// Only the AAC desk's queues and teams (`--aac`).
  var aacDesk = false
  var speed: Double
  let console: Console
  /// The page of agents shown, how many there were at the last draw, whether the pages turn
  /// by themselves, and the timer's ticks since the last turn.
  var page = 0
  var pages = 1
  var autoPage = true
  var ticksOnPage = 0

  /// Ticks of the timer and keys typed, handed from the Dispatch queue to the replay.
  private final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var ticks = 0
    private var keys: [UInt8] = []
    let wake = DispatchSemaphore(value: 0)

    func tick() {
      lock.withLock { ticks += 1 }
      wake.signal()
    }

    func add(_ more: [UInt8]) {
      guard !more.isEmpty else { return }
      lock.withLock { keys += more }
      wake.signal()
    }

    func take() -> (ticks: Int, keys: [UInt8]) {
      lock.withLock {
        defer {
          ticks = 0
          keys = []
        }
        return (ticks, keys)
      }
    }
  }

  /// How often the view is redrawn, real time.
  static let frame = DispatchTimeInterval.milliseconds(500)
  static let frameSeconds = 0.5
  /// The speeds `+` and `-` stay between.
  static let speeds = 0.25...1e9
  /// The ticks of the timer a page stays when the pages turn by themselves (five seconds).
  static let ticksPerPage = 10

  /// Replays from `start` (reached at once) to the end of the run, then waits for `q`; returns
  /// the loop that stopped the replay, if one did (then at once, the terminal restored).
  mutating func run(from start: SimInstant) -> InstantLoop? {
    guard RawTerminal.enter() else { return nil }
    defer { RawTerminal.restore() }
    let inbox = Inbox()
    let queue = DispatchQueue(label: "ccsim.pulse.live")
    let timer = DispatchSource.makeTimerSource(queue: queue)
    timer.schedule(deadline: .now() + Self.frame, repeating: Self.frame)
    timer.setEventHandler { inbox.tick() }
    let keys = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: queue)
    keys.setEventHandler { inbox.add(RawTerminal.readKeys()) }
    timer.resume()
    keys.resume()
    defer {
      timer.cancel()
      keys.cancel()
    }

    let end = SimInstant(since: configuration.duration)
    let step = Self.step(for: configuration.duration)
    var instants: [SimInstant] = []
    var next = start
    while next < end {
      instants.append(next)
      next = next + step
    }
    instants.append(end)

    var allowance = start
    var paused = false
    var quit = false
    var lastDraw = DispatchTime.now()
    var last: (snapshot: PulseSnapshot, calls: [CallRecord])?
    var copy = self
    let replay = CentreRun.replay(configuration, replication: 0, at: instants) {
      snapshot, calls in
      let now = snapshot.time
      while true {
        let (ticks, typed) = inbox.take()
        if !paused {
          let gained = Double(ticks) * copy.speed * Self.frameSeconds
          allowance = allowance + SimDuration.seconds(gained)
        }
        var redraw = copy.apply(typed, paused: &paused, quit: &quit)
        redraw = copy.turnPage(after: ticks) || redraw
        if quit { return false }
        let drawDue =
          DispatchTime.now().uptimeNanoseconds - lastDraw.uptimeNanoseconds
          >= 500_000_000
        if !paused && now <= allowance {
          // Falling behind: do not bank simulated time the replay could not use.
          let slack = SimDuration.seconds(2 * copy.speed * Self.frameSeconds)
          if allowance > now + slack { allowance = now + slack }
          redraw = redraw || now + step > allowance || drawDue || now == end
          if redraw {
            copy.draw(snapshot, calls, paused: paused)
            lastDraw = .now()
            last = (snapshot, calls)
          }
          return true
        }
        if redraw || (paused && last?.snapshot.time != now) {
          copy.draw(snapshot, calls, paused: paused)
          lastDraw = .now()
          last = (snapshot, calls)
        }
        inbox.wake.wait()
      }
    }
    if let loop = replay.loop { return loop }
    // The end of the run: the last view stays until q (team and profile keys still work).
    while !quit, let shown = last {
      copy.draw(shown.snapshot, shown.calls, ending: "end of the run — q to quit")
      inbox.wake.wait()
      var ignored = false
      let (ticks, keys) = inbox.take()
      _ = copy.apply(keys, paused: &ignored, quit: &quit)
      _ = copy.turnPage(after: ticks)
    }
    self = copy
    return nil
  }

  /// The grid of instants the replay stops at: every simulated second, or coarser so that a
  /// long run has at most 200,000 stops.
  static func step(for duration: SimDuration) -> SimDuration {
    let seconds = max(1, (duration.microseconds / 1_000_000 + 199_999) / 200_000)
    return .seconds(Int(seconds))
  }

  /// Applies the keys typed; returns whether the view must be redrawn.
  private mutating func apply(_ bytes: [UInt8], paused: inout Bool, quit: inout Bool) -> Bool {
    var redraw = false
    for key in LiveKey.parse(bytes) {
      switch key {
      case .pause:
        paused.toggle()
      case .faster:
        speed = min(speed * 2, Self.speeds.upperBound)
      case .slower:
        speed = max(speed / 2, Self.speeds.lowerBound)
      case .nextTeam:
        // Through the teams in view (the desk's alone with --aac), then the whole view.
        let teams =
          aacDesk
          ? configuration.aacTeams(among: queueTeams) : Array(configuration.teams.indices)
        let next = team.flatMap { teams.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        team = next < teams.count ? teams[next] : nil
        page = 0
      case .nextProfile:
        let all = PulseProfile.allCases
        profile = all[(all.firstIndex(of: profile)! + 1) % all.count]
      case .nextPage, .previousPage:
        page += key == .nextPage ? 1 : -1
        autoPage = false
        ticksOnPage = 0
      case .autoPage:
        autoPage.toggle()
        ticksOnPage = 0
      case .quit:
        quit = true
      }
      redraw = true
    }
    return redraw
  }

  /// Counts `ticks` of the timer and turns the page when the pages turn by themselves and
  /// this one has been up for `ticksPerPage`; returns whether it turned.
  mutating func turnPage(after ticks: Int) -> Bool {
    guard autoPage, pages > 1 else {
      ticksOnPage = 0
      return false
    }
    ticksOnPage += ticks
    guard ticksOnPage >= Self.ticksPerPage else { return false }
    ticksOnPage = 0
    page = (page + 1) % pages
    return true
  }

  /// Draws the view at `snapshot` with the status line, fitted to the terminal: the page of
  /// agents shown (`PulseScreen`), every line cut to its width and the whole to its height.
  private mutating func draw(
    _ snapshot: PulseSnapshot, _ calls: [CallRecord], paused: Bool = false, ending: String? = nil
  ) {
    let view = PulseView(
      configuration: configuration, snapshot: snapshot, calls: calls, profile: profile,
      team: team, aacDesk: aacDesk, queueTeams: queueTeams)
    let (rows, columns) = RawTerminal.size
    let screen = PulseScreen(
      view, width: columns, height: rows - 2, page: page, colour: true)
    page = screen.page
    pages = screen.pages
    let clock = PulseTerminal.clock(snapshot.time, startOfDay: configuration.startOfDay)
    let teamName = team.map { VisibleText.escaped(configuration.teams[$0].id) } ?? "all"
    let state =
      ending ?? (paused ? "⏸ paused" : "▶") + " \(Self.describe(speed))× real time"
    // Quitting first: a narrow window cuts the end of the line.
    var help = "q quit · space pause · +/- speed · t team (\(teamName)) · v \(profile.rawValue)"
    if pages > 1 { help += " · n/b page · a \(autoPage ? "auto on" : "auto off")" }
    var lines = [PulseTerminal.fit("Live \(clock) — \(state) — \(help)", columns), ""]
    lines += screen.lines
    if lines.count > rows {
      let hidden = lines.count - rows + 1
      lines =
        Array(lines.prefix(rows - 1))
        + [PulseTerminal.fit("… \(hidden) more lines (a taller window shows them)", columns)]
    }
    RawTerminal.draw(lines)
  }

  /// A speed as typed: "60", "0.5", "1024".
  private static func describe(_ speed: Double) -> String {
    speed == speed.rounded() && speed < 1e15 ? String(Int64(speed)) : String(speed)
  }
}
