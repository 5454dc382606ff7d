import ContactCentre
import SimKernel

/// Renders a Pulse view as aligned terminal tables: the queues, the teams (groups) and each
/// team's agents, then the thresholds; colours as ANSI escapes when `colour`, else plain text
/// with markers.
public enum PulseTerminal {
  /// The whole view.
  public static func render(_ view: PulseView, colour: Bool) -> String {
    var text = title(view) + "\n\n"
    text += queueTable(view).rendered(colour: colour) + "\n"
    text += groupTable(view).rendered(colour: colour)
    for team in view.agentTeams {
      text +=
        "\nAgents — \(VisibleText.escaped(team.id)) (\(team.agents.count) on shift or logged in)\n"
      text += team.agents.isEmpty ? "none\n" : agentTable(team.agents).rendered(colour: colour)
    }
    text += "\n" + legend(view, colour: colour)
    return text
  }

  /// "CMS centre: a Monday — CC Pulse at 10:30, seed 2012" and the profile's line.
  static func title(_ view: PulseView) -> String {
    var text =
      "\(VisibleText.escaped(view.scenario)) — CC Pulse at \(clock(view.time, view)), seed \(view.seed)"
    if view.aacDesk { text += " — AAC desk" }
    if let teamID = view.teamID { text += " — team \(VisibleText.escaped(teamID))" }
    let from = clock(view.window.from, view)
    let to = clock(view.window.to, view)
    switch view.profile {
    case .growing:
      text += "\nQueue and team figures: growing, every call since \(from)"
    case .sliding:
      text += "\nQueue and team figures: sliding, the calls that ended \(from)–\(to)"
    case .interval:
      let state = view.window.to > view.time ? ", in progress" : ""
      text += "\nQueue and team figures: interval \(from)–\(to)\(state), the calls that entered"
      text += " a queue in it and have ended"
    }
    if view.inWarmup { text += "\n(still in the warm-up: no call is counted yet)" }
    return text
  }

  static func queueTable(_ view: PulseView) -> PulseTable {
    var table = PulseTable([
      "Queue", "Waiting", "Longest wait", "Entered", "Answered", "Abandoned", "Abandon rate",
      "SL", "ASA", "AHT",
    ])
    for row in view.queues + (view.total.map { [$0] } ?? []) {
      table.add([
        .init(text: row.id), .init(text: Formatting.count(row.waiting)),
        .init(text: Formatting.seconds(row.longestWait?.seconds), level: row.longestWaitLevel),
        .init(text: Formatting.count(row.calls.offered)),
        .init(text: Formatting.count(row.calls.answered)),
        .init(text: Formatting.count(row.calls.abandoned)),
        .init(text: Formatting.percent(row.abandonRate), level: row.abandonRateLevel),
        .init(text: Formatting.percent(row.serviceLevel), level: row.serviceLevelLevel),
        .init(text: Formatting.seconds(row.averageSpeedOfAnswer)),
        .init(text: Formatting.seconds(row.averageHandleTime)),
      ])
    }
    return table
  }

  static func groupTable(_ view: PulseView) -> PulseTable {
    var table = PulseTable(
      ["Team", "Agents"] + PulseStateGroup.allCases.map(\.label) + ["Handled", "AHT"])
    for row in view.groups {
      table.add(
        [row.id, Formatting.count(row.total)]
          + PulseStateGroup.allCases.map { Formatting.count(row[$0]) }
          + [Formatting.count(row.handled), Formatting.seconds(row.averageHandleTime)])
    }
    return table
  }

  static func agentTable(_ agents: [PulseAgentRow]) -> PulseTable {
    let outbound = agents.contains { $0.outboundHandled > 0 }
    var table = PulseTable(
      ["Agent", "Staff no.", "State", "Time in state", "Handled", "AHT", "RONA", "Auto-logouts"]
        + (outbound ? ["Outbound"] : []), leftAligned: [0, 1, 2])
    for row in agents {
      table.add(
        [
          .init(text: row.name), .init(text: row.staffNumber ?? "—"),
          .init(text: row.stateLabel),
          .init(text: elapsed(row.timeInState), level: row.level),
          .init(text: Formatting.count(row.handled)),
          .init(text: Formatting.seconds(row.averageHandleTime)),
          .init(text: Formatting.count(row.redirectedOnNoAnswer)),
          .init(text: Formatting.count(row.autoLogouts)),
        ] + (outbound ? [.init(text: Formatting.count(row.outboundHandled))] : []))
    }
    return table
  }

  /// The thresholds in words, and how plain text marks a coloured cell; then those of each
  /// reason code.
  static func legend(_ view: PulseView, colour: Bool) -> String {
    let thresholds = view.thresholds
    let rules = [
      "service level below \(Formatting.percent(thresholds.serviceLevelAmber))"
        + " / \(Formatting.percent(thresholds.serviceLevelRed))",
      "abandon rate above \(Formatting.percent(thresholds.abandonRateAmber))"
        + " / \(Formatting.percent(thresholds.abandonRateRed))",
      "longest wait above \(span(thresholds.longestWaitAmber))"
        + " / \(span(thresholds.longestWaitRed))",
      "ACW above \(span(thresholds.afterCallWorkAmber))"
        + " / \(span(thresholds.afterCallWorkRed))",
      "NotReady above \(span(thresholds.notReadyAmber)) / \(span(thresholds.notReadyRed))"
        + (view.notReadyReasons.isEmpty ? "" : " unless the reason has its own"),
    ]
    let marks = colour ? "" : " (marked ! amber, !! red)"
    var text = "Amber / red\(marks): " + rules.joined(separator: "; ") + ".\n"
    if !view.notReadyReasons.isEmpty {
      let reasons = view.notReadyReasons.map { name, limits in
        VisibleText.escaped(name) + " " + limitsText(limits)
      }
      text += "NotReady by reason: " + reasons.joined(separator: "; ") + ".\n"
    }
    return text
  }

  /// "1 h / 1 h 5 min", "never", "never / 30 min".
  static func limitsText(_ limits: NotReadyThresholds) -> String {
    func limit(_ limit: PulseTimeLimit) -> String { limit.duration.map(span) ?? "never" }
    if limits == .never { return "never" }
    return limit(limits.amber) + " / " + limit(limits.red)
  }

  /// A clock label for an instant of the run: "10:30", "10:30:15", "d2 08:00".
  public static func clock(_ instant: SimInstant, startOfDay: SimDuration) -> String {
    let since = (startOfDay + instant.sinceStart).microseconds / 1_000_000
    let day = since / 86_400
    var label = pad(since % 86_400 / 3600) + ":" + pad(since % 3600 / 60)
    if since % 60 != 0 { label += ":" + pad(since % 60) }
    return day > 0 ? "d\(day + 1) \(label)" : label
  }

  static func clock(_ instant: SimInstant, _ view: PulseView) -> String {
    clock(instant, startOfDay: view.startOfDay)
  }

  /// Time in a state as CC Pulse shows it: "04:05" (minutes and seconds), "1:02:03".
  static func elapsed(_ duration: SimDuration) -> String {
    let seconds = max(0, duration.microseconds / 1_000_000)
    if seconds >= 3600 {
      return "\(seconds / 3600):" + pad(seconds % 3600 / 60) + ":" + pad(seconds % 60)
    }
    return pad(seconds / 60) + ":" + pad(seconds % 60)
  }

  /// A threshold's length: "30 s", "8 min", "1 h 30 min".
  static func span(_ duration: SimDuration) -> String {
    let seconds = Int(duration.seconds.rounded())
    if seconds % 60 != 0 || seconds == 0 { return "\(seconds) s" }
    let minutes = seconds / 60
    if minutes < 60 { return "\(minutes) min" }
    return "\(minutes / 60) h" + (minutes % 60 == 0 ? "" : " \(minutes % 60) min")
  }

  private static func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
