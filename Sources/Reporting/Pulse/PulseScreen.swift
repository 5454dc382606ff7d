import SimKernel

/// The live Pulse view laid out for a terminal of a given size: the title, the queues and the
/// teams always in view, and under them one page of the agents of every team in view — as
/// many as the height leaves room for, in one table whose columns keep their widths from page
/// to page — all fitted to the width. When the queues and teams leave room for fewer than
/// `leastAgents` agents, the whole view is cut into pages of the height instead, each ending
/// with its number. A pure function of the view and the page.
public struct PulseScreen: Sendable {
  /// The lines to draw, at most `height` of them when the fixed part leaves room for an agent.
  public var lines: [String]
  /// How many pages the agents take (at least 1), and the page shown (0-based, wrapped).
  public var pages: Int
  public var page: Int

  /// The fewest agents a page shows under the queues and teams.
  public static let leastAgents = 5

  /// Page `page` (wrapping round) of `view` on a terminal of `width` × `height`.
  public init(_ view: PulseView, width: Int, height: Int, page: Int, colour: Bool) {
    let width = max(1, width)
    let height = max(2, height)
    var fixed = PulseTerminal.fit(PulseTerminal.title(view), width).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map(String.init)
    fixed.append("")
    fixed += Self.lines(
      PulseTerminal.queueTable(view).rendered(colour: colour, width: width))
    fixed.append("")
    fixed += Self.lines(
      PulseTerminal.groupTable(view).rendered(colour: colour, width: width))

    let agents = view.agents
    let teams =
      view.agentTeams.count > 1
      ? Dictionary(view.agentTeams.map { ($0.team, $0.id) }, uniquingKeysWith: { a, _ in a })
      : nil
    // The heading, the table's heading and rule, and a blank line above.
    let spare = height - fixed.count - 4
    guard spare >= Self.leastAgents else {
      let whole = PulseScreen(view, width: width, height: Int.max / 2, page: 0, colour: colour)
      let body = whole.lines
      let per = height - 1
      pages = max(1, (body.count + per - 1) / per)
      self.page = ((page % pages) + pages) % pages
      lines =
        Array(body.dropFirst(self.page * per).prefix(per))
        + [PulseTerminal.fit("Page \(self.page + 1) of \(pages) (n / b)", width)]
      return
    }
    let room = spare
    pages = max(1, (agents.count + room - 1) / room)
    self.page = ((page % pages) + pages) % pages
    let shown = agents.dropFirst(self.page * room).prefix(room)

    var lines = fixed + [""]
    let scope = view.teamID.map { VisibleText.escaped($0) } ?? "every team in view"
    if agents.isEmpty {
      lines.append(PulseTerminal.fit("Agents — \(scope): none on shift or logged in", width))
    } else {
      let first = self.page * room + 1
      let range =
        "\(first)–\(first + shown.count - 1) of \(agents.count) on shift or logged in"
      let paging = pages > 1 ? ", page \(self.page + 1) of \(pages)" : ""
      lines.append(PulseTerminal.fit("Agents — \(scope), \(range)\(paging)", width))
      // Widths from every agent, so that the columns stay put from page to page.
      let all = PulseTerminal.agentTable(agents, teams: teams)
      let table = Self.lines(all.rendered(colour: colour, width: width))
      lines += table.prefix(2)
      lines += table.dropFirst(2).dropFirst(self.page * room).prefix(room)
    }
    let legend = Self.lines(PulseTerminal.wrap(PulseTerminal.legend(view, colour: colour), width))
    if pages == 1 && lines.count + 1 + legend.count <= height {
      lines += [""] + legend
    }
    self.lines = lines
  }

  private static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
