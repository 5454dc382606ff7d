import ContactCentre
import SimKernel

/// Renders a Pulse view as aligned terminal tables: the queues, the teams (groups) and each
/// team's agents, then the thresholds; colours as ANSI escapes when `colour`, else plain text
/// with markers.
public enum PulseTerminal {
  /// The whole view; fitted to `width` columns when given (a terminal's: short headings, long
  /// names cut, the least needed columns left out, the legend wrapped).
  public static func render(_ view: PulseView, colour: Bool, width: Int? = nil) -> String {
    func fitted(_ table: PulseTable) -> String {
      width.map { table.rendered(colour: colour, width: $0) } ?? table.rendered(colour: colour)
    }
    var text = fit(title(view), width) + "\n\n"
    text += fitted(queueTable(view)) + "\n"
    text += fitted(groupTable(view))
    for team in view.agentTeams {
      text += "\n"
      text +=
        fit(
          "Agents — \(VisibleText.escaped(team.id)) (\(team.agents.count) on shift or logged in)",
          width) + "\n"
      text += team.agents.isEmpty ? "none\n" : fitted(agentTable(team.agents))
    }
    text += "\n" + wrap(legend(view, colour: colour), width)
    return text
  }

  /// Each line of `text` cut at `width` columns (with "…"), if given.
  public static func fit(_ text: String, _ width: Int?) -> String {
    guard let width else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.count <= width ? String(line) : String(line.prefix(max(0, width - 1))) + "…"
    }.joined(separator: "\n")
  }

  /// Each line of `text` wrapped at spaces to `width` columns, if given.
  public static func wrap(_ text: String, _ width: Int?) -> String {
    guard let width, width > 0 else { return text }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ") {
        if !line.isEmpty && line.count + 1 + word.count > width {
          lines.append(line)
          line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
      }
      lines.append(line)
    }
    return fit(lines.joined(separator: "\n"), width)
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
    table.short = [
      1: "Wait", 2: "Longest", 3: "In", 4: "Ans", 5: "Aband", 6: "Ab %", 7: "SL", 8: "ASA",
    ]
    table.dropOrder = [9, 3, 4, 5, 8, 6, 2]
    table.shrinkable = [0: 12]
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
    table.short = [1: "All", 2: "Rdy", 3: "NotRdy", 4: "Talk", 5: "ACW", 6: "Out", 7: "Hdl"]
    table.dropOrder = [8, 7, 6, 5, 4, 1]
    table.shrinkable = [0: 10]
    for row in view.groups {
      table.add(
        [row.id, Formatting.count(row.total)]
          + PulseStateGroup.allCases.map { Formatting.count(row[$0]) }
          + [Formatting.count(row.handled), Formatting.seconds(row.averageHandleTime)])
    }
    return table
  }

  /// The agents' table; with `teams`, a first column names each agent's team (the live view's
  /// one table of every team in view).
  static func agentTable(_ agents: [PulseAgentRow], teams: [Int: String]? = nil) -> PulseTable {
    let outbound = agents.contains { $0.outboundHandled > 0 }
    let lead = teams == nil ? 0 : 1
    var table = PulseTable(
      (teams == nil ? [] : ["Team"])
        + ["Agent", "Staff no.", "State", "Time in state", "Handled", "AHT", "RONA"]
        + ["Auto-logouts"] + (outbound ? ["Outbound"] : []),
      leftAligned: Set([0, 1, 2, 3].prefix(3 + lead)))
    table.short = [
      lead + 1: "Staff", lead + 3: "Time", lead + 4: "Hdl", lead + 6: "RONA",
      lead + 7: "Auto-LO", lead + 8: "Outb",
    ]
    table.dropOrder =
      [lead + 1, lead + 8, lead + 7, lead + 6, lead + 5] + (teams == nil ? [] : [0]) + [lead + 4]
    table.shrinkable = [lead: 12, lead + 2: 24].merging(teams == nil ? [:] : [0: 8]) { a, _ in a }
    for row in agents {
      table.add(
        (teams.map { [.init(text: $0[row.team] ?? "")] } ?? []) + [
          .init(text: row.name), .init(text: row.staffNumber ?? "—"),
          .init(text: row.stateLabel, short: row.shortStateLabel),
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
