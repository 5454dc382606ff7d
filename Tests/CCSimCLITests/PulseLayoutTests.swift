import ContactCentre
import Foundation
import Reporting
import Scenario
import SimKernel
import Testing

@testable import CCSimCLI

/// CC Pulse fitted to a terminal: `ccsim pulse --at … --width W` and the live view's pages
/// (`PulseScreen`) at 80 and 200 columns and at a tiny width, against golden files in
/// `Tests/CCSimCLITests/Golden/pulse/` (re-record on purpose with `CCSIM_RECORD_GOLDEN=1 swift
/// test --filter GoldenOutputTests`), every line within the width, every agent on one page.
struct PulseLayoutGoldenOutputTests {
  static let cmsDay = CLI.scenario("cms-day.json")

  /// The width of a line as a terminal shows it: ANSI colour escapes take no room.
  static func visibleWidth(_ line: some StringProtocol) -> Int {
    var count = 0
    var inEscape = false
    for character in line {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if character == "m" { inEscape = false }
      } else {
        count += 1
      }
    }
    return count
  }

  @Test(arguments: [80, 200, 20])
  func printedViewFitsTheWidth(width: Int) throws {
    let result = CLI.run(
      "pulse", Self.cmsDay, "--at", "12:50", "--team", "gich", "--width", String(width))
    try #require(result.code == 0, "\(result.err)")
    for line in result.out.split(separator: "\n") {
      #expect(Self.visibleWidth(line) <= width, "\(line)")
    }
    try GoldenFile.check(result.out, "pulse/gich-1250-width-\(width).txt")
  }

  /// The view at 12:50 of the CMS day, the whole centre.
  static let view: PulseView = {
    let configuration = try! ScenarioLoader.load(path: cmsDay)
    var view: PulseView?
    let instant = SimInstant(since: .minutes(290))
    _ = CentreRun.replay(configuration, replication: 0, at: [instant]) { snapshot, calls in
      view = PulseView(configuration: configuration, snapshot: snapshot, calls: calls)
      return false
    }
    return view!
  }()

  @Test(arguments: [(80, 24), (200, 50), (20, 12)])
  func theLiveViewPagesThroughEveryAgent(width: Int, height: Int) throws {
    let first = PulseScreen(Self.view, width: width, height: height, page: 0, colour: true)
    #expect(first.pages > 1, "the centre's agents do not fit one screen")
    let whole = PulseScreen(Self.view, width: width, height: 100_000, page: 0, colour: true)
    #expect(whole.pages == 1)
    let pagedAgents = height - 4 - (whole.lines.firstIndex { $0.hasPrefix("Agents") } ?? 0)
    var seen: [String] = []
    var shown: [String] = []
    var pages: [String] = []
    for page in 0..<first.pages {
      let screen = PulseScreen(Self.view, width: width, height: height, page: page, colour: true)
      #expect(screen.page == page && screen.pages == first.pages)
      #expect(screen.lines.count <= height, "page \(page): \(screen.lines.count) lines")
      for line in screen.lines {
        #expect(Self.visibleWidth(line) <= width, "page \(page): \(line)")
      }
      if pagedAgents >= PulseScreen.leastAgents {
        let heading = try #require(screen.lines.firstIndex { $0.hasPrefix("Agents") })
        seen += screen.lines[(heading + 3)...].prefix { !$0.isEmpty }
      } else {
        shown += screen.lines.dropLast()
      }
      pages.append(screen.lines.joined(separator: "\n"))
    }
    if pagedAgents >= PulseScreen.leastAgents {
      #expect(seen.count == Self.view.agents.count)
    } else {
      // The whole view, cut into pages: every line once, in order.
      #expect(shown == whole.lines)
    }
    // The page after the last is the first again; before the first, the last.
    let wrapped = PulseScreen(
      Self.view, width: width, height: height, page: first.pages, colour: true)
    #expect(wrapped.page == 0)
    let back = PulseScreen(Self.view, width: width, height: height, page: -1, colour: true)
    #expect(back.page == first.pages - 1)
    try GoldenFile.check(
      pages.prefix(2).joined(separator: "\n\n=== next page ===\n\n") + "\n",
      "pulse/live-\(width)x\(height).txt")
  }

  @Test func keysIncludeThePagingEscapes() {
    let bytes: [UInt8] =
      Array("n b a".utf8) + [0x1B, 0x5B, 0x36, 0x7E, 0x1B, 0x5B, 0x35, 0x7E, 0x1B, 0x5B, 0x42]
      + [0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x43] + Array("q".utf8)
    #expect(
      LiveKey.parse(bytes) == [
        .nextPage, .pause, .previousPage, .pause, .autoPage, .nextPage, .previousPage, .nextPage,
        .previousPage, .quit,
      ])
  }

  /// The pages turn by themselves every `ticksPerPage` ticks until a page key is pressed.
  @Test func pagesTurnByThemselvesUntilAKeyIsPressed() throws {
    let configuration = try ScenarioLoader.load(path: Self.cmsDay)
    var live = LivePulse(
      configuration: configuration, queueTeams: configuration.queueTeams, profile: .growing,
      team: nil, speed: 60, console: Console(out: { _ in }, err: { _ in }))
    live.pages = 3
    var turned = live.turnPage(after: LivePulse.ticksPerPage - 1)
    #expect(!turned)
    turned = live.turnPage(after: 1)
    #expect(turned && live.page == 1)
    turned = live.turnPage(after: LivePulse.ticksPerPage)
    #expect(turned && live.page == 2)
    turned = live.turnPage(after: LivePulse.ticksPerPage)
    #expect(turned && live.page == 0)
    live.autoPage = false
    turned = live.turnPage(after: 100)
    #expect(!turned && live.page == 0)
  }
}
