import SimKernel
import Testing

@testable import ContactCentre
@testable import Reporting

/// The terminal renderer: aligned tables, ANSI colours only when asked for, markers otherwise.
struct PulseTerminalTests {
  /// 09:00 in the profiles' centre: the one agent 9 m 30 s into ACW (amber), a queue with a
  /// caller waiting 75 s (red), a service level of 50 % (red) and an abandon rate of 7 %
  /// (amber).
  static let view: PulseView = {
    var calls = CallTally()
    calls.offered = 110
    calls.answered = 93
    calls.abandoned = 7
    calls.answeredWithinThreshold = 50
    calls.handled = 93
    calls.answeredWait = 93 * 12_000_000
    calls.handleTime = 93 * 300_000_000
    var tally = AgentTally()
    tally.handled = 4
    tally.handleTime = 4 * 250_000_000
    tally.redirectedOnNoAnswer = 1
    let snapshot = PulseSnapshot(
      time: SimInstant(since: .hours(1)),
      agents: [
        PulseSnapshot.AgentLine(
          agent: 0, team: 0, state: .afterCallWork, reason: nil,
          since: SimInstant(since: .seconds(3600 - 570)), onShift: true, tally: tally)
      ],
      queues: [
        PulseSnapshot.QueueLine(queue: 0, waiting: 2, longestWait: .seconds(75), calls: calls)
      ])
    return PulseView(
      configuration: PulseProfileTests.configuration, snapshot: snapshot, calls: [])
  }()

  static let escape = "\u{1B}["

  @Test func plainTextHasNoEscapesAndMarksColouredCells() {
    let text = PulseTerminal.render(Self.view, colour: false)
    #expect(!text.contains(Self.escape))
    #expect(text.hasPrefix("profiles — CC Pulse at 09:00, seed 1\n"))
    #expect(text.contains("Queue and team figures: growing, every call since 08:00"))
    for header in [
      "Queue", "Waiting", "Longest wait", "Entered", "Answered", "Abandoned", "Abandon rate",
      "SL", "ASA", "AHT", "Team", "Agents", "Ready", "NotReady", "Talking", "ACW", "LoggedOut",
      "Handled", "Staff no.", "State", "Time in state", "RONA", "Auto-logouts",
    ] {
      #expect(text.contains(header), "\(header)")
    }
    #expect(text.contains("Agents — gich (1 on shift or logged in)"))
    #expect(text.contains("75.0 s !!"))  // longest wait, red
    #expect(text.contains("50.0 % !!"))  // service level, red
    #expect(text.contains("7.0 % ! "))  // abandon rate, amber
    #expect(text.contains("09:30 ! "))  // 9 m 30 s in ACW, amber
    #expect(text.contains("Amber / red (marked ! amber, !! red): service level below 80.0 %"))
  }

  @Test func colourWrapsTheCellsInAnsiEscapes() {
    let text = PulseTerminal.render(Self.view, colour: true)
    #expect(text.contains("\u{1B}[31m75.0 s\u{1B}[0m"))
    #expect(text.contains("\u{1B}[31m50.0 %\u{1B}[0m"))
    #expect(text.contains("\u{1B}[33m7.0 %\u{1B}[0m"))
    #expect(text.contains("\u{1B}[33m09:30\u{1B}[0m"))
    #expect(!text.contains(" !!") && !text.contains("(marked"))
  }

  /// The lines of the first table (queues), without escapes.
  static func queueLines(_ text: String) -> [String] {
    var plain = ""
    var inEscape = false
    for character in text {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if character == "m" { inEscape = false }
      } else {
        plain.append(character)
      }
    }
    return plain.split(separator: "\n\n")[1].split(separator: "\n").map(String.init)
  }

  @Test(arguments: [false, true])
  func columnsAlign(_ colour: Bool) throws {
    let lines = Self.queueLines(PulseTerminal.render(Self.view, colour: colour))
    #expect(lines.count == 3)  // header, rule, one queue (no total for a single queue)
    #expect(Set(lines.map(\.count)).count == 1, "\(lines)")
    let header = try #require(lines.first)
    let row = lines[2]
    // Right-aligned: the service level ends where its heading does (markers included).
    let end = try #require(header.range(of: "SL")?.upperBound)
    let column = header.distance(from: header.startIndex, to: end)
    let cell = row.prefix(column)
    #expect(cell.hasSuffix(colour ? "50.0 %" : "50.0 % !!"), "\(row)")
  }

  @Test(arguments: [
    (0, "00:00"), (59, "00:59"), (570, "09:30"), (3599, "59:59"), (3723, "1:02:03"),
  ])
  func timeInState(_ seconds: Int, _ text: String) {
    #expect(PulseTerminal.elapsed(.seconds(seconds)) == text)
  }

  @Test(arguments: [
    (0, 8 * 3600, "08:00"), (9000, 8 * 3600, "10:30"), (9015, 8 * 3600, "10:30:15"),
    (16 * 3600 + 60, 8 * 3600, "d2 00:01"),
  ])
  func clockLabels(_ seconds: Int, _ start: Int, _ label: String) {
    #expect(
      PulseTerminal.clock(SimInstant(since: .seconds(seconds)), startOfDay: .seconds(start))
        == label)
  }
}
