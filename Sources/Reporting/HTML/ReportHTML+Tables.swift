import ContactCentre
import SimKernel

extension ReportHTML {
  /// Per queue: calls and metrics, service level and abandon rate coloured.
  static func queueTable(_ summary: RunSummary) -> String {
    let pulse = summary.configuration.pulse
    var html = "<section id=\"queues\" class=\"panel\">\n<h2>Queues</h2>\n"
    html += "<table class=\"figures\">\n<thead><tr><th>Queue</th><th>Offered</th>"
    html += "<th>Answered</th><th>Abandoned</th><th>Service level</th><th>ASA</th><th>AHT</th>"
    html += "<th>Abandon rate</th><th>Longest wait</th></tr></thead>\n<tbody>\n"
    let rows =
      summary.queues.enumerated().map { ($1, ["queues", $1.id], " data-queue=\"\($0)\"") }
      + [(summary.total, [], " class=\"total\"")]
    // The totals are the centre's: without the AAC desk when it has lines of its own.
    let total =
      summary.configuration.totalsLeaveOutDesk ? "All queues but the AAC desk's" : "All queues"
    for (scope, path, attributes) in rows {
      let name = path.isEmpty ? total : scope.id
      html += "<tr\(attributes)><th>\(HTML.escape(name))</th>"
      let calls = scope.calls
      for (key, value) in [
        ("offered", calls.offered), ("answered", calls.answered), ("abandoned", calls.abandoned),
      ] {
        html += "<td\(HTML.figure(pointer(path + ["calls", key]), value))>"
        html += "\(Formatting.count(value))</td>"
      }
      let metrics: [(MetricName, PulseLevel?)] = [
        (.serviceLevel, scope.metrics[.serviceLevel]?.mean.map { pulse.level(serviceLevel: $0) }),
        (.averageSpeedOfAnswer, nil), (.averageHandleTime, nil),
        (.abandonRate, scope.metrics[.abandonRate]?.mean.map { pulse.level(abandonRate: $0) }),
        (
          .longestWait,
          scope.metrics[.longestWait]?.mean.map { pulse.level(longestWait: .seconds($0)) }
        ),
      ]
      for (metric, level) in metrics {
        html += metricCell(scope.metrics[metric], metric, path: path, level: level)
      }
      html += "</tr>\n"
    }
    html += "</tbody>\n</table>\n</section>\n"
    return html
  }

  /// Per team: calls, speed, handle time, occupancy, the share of logged-in time in each
  /// state, the longest After Call Work (coloured), RONAs and auto-logouts.
  static func teamTable(_ summary: RunSummary, _ agents: [AgentRow]) -> String {
    let pulse = summary.configuration.pulse
    let shown: [AgentState] = [.ready, .talking, .afterCallWork, .notReady]
    var html = "<section id=\"teams\" class=\"panel\">\n<h2>Teams</h2>\n"
    html += "<table class=\"figures\">\n<thead><tr><th>Team</th><th>Agents</th><th>Answered</th>"
    html += "<th>Handled</th><th>ASA</th><th>AHT</th><th>Occupancy</th>"
    html += shown.map { "<th><i class=\"swatch \($0.cssClass)\"></i>\($0.pulseLabel)</th>" }
      .joined()
    html += "<th>Longest ACW</th><th>RONAs</th><th>Auto-logouts</th></tr></thead>\n<tbody>\n"
    for (index, team) in summary.teams.enumerated() {
      let path = ["teams", team.id]
      let members = agents.filter { $0.team == index }
      html += "<tr data-team=\"\(index)\"><th>\(HTML.escape(team.id))</th><td>\(team.agents)</td>"
      html += "<td\(HTML.figure(pointer(path + ["calls", "answered"]), team.calls.calls.answered))>"
      html += "\(Formatting.count(team.calls.calls.answered))</td>"
      html += "<td\(HTML.figure(pointer(path + ["calls", "handled"]), team.calls.calls.handled))>"
      html += "\(Formatting.count(team.calls.calls.handled))</td>"
      html += metricCell(
        team.calls.metrics[.averageSpeedOfAnswer], .averageSpeedOfAnswer, path: path,
        level: nil)
      html += metricCell(
        team.calls.metrics[.averageHandleTime], .averageHandleTime, path: path, level: nil)
      html += metricCell(team.occupancy, .occupancy, path: path, level: nil)
      let loggedIn = team.stateTimes.loggedIn.seconds
      for state in shown {
        let share = loggedIn > 0 ? team.stateTimes[state].seconds / loggedIn : nil
        html += "<td>\(Formatting.percent(share))</td>"
      }
      let longest = members.compactMap(\.longestAfterCallWork).max()
      html += "<td\(PulseLevel.classAttribute(pulse.level(afterCallWorkSeconds: longest)))>"
      html += "\(Formatting.seconds(longest))</td>"
      let ronas = members.reduce(0) { $0 + $1.tally.redirectedOnNoAnswer }
      let logouts = members.reduce(0) { $0 + $1.tally.autoLogouts }
      html += "<td\(flag(ronas))>\(ronas)</td><td\(flag(logouts))>\(logouts)</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    html += "<p class=\"note\">Ready, Talking, ACW and NotReady are shares of logged-in time. "
    html += "Longest ACW is the longest single spell of After Call Work, amber above "
    html += "\(durationLabel(pulse.afterCallWorkAmber)), red above "
    html += "\(durationLabel(pulse.afterCallWorkRed)); RONAs and auto-logouts are amber when "
    html += "there were any.</p>\n</section>\n"
    return html
  }

  /// Rows of one team beyond this are left out of the agent table (with a note: agents.csv has
  /// them all), so every team leader finds their agents and the page stays small (the
  /// national month's 20 teams: 2,000 rows).
  static let agentRowLimit = 100

  /// Per agent slot: who, calls, AHT, RONAs, logouts, occupancy and the longest ACW.
  static func agentTable(_ summary: RunSummary, _ agents: [AgentRow]) -> String {
    let configuration = summary.configuration
    let pulse = configuration.pulse
    var html = "<section id=\"agents\" class=\"panel\">\n<h2>Agents</h2>\n"
    html += "<table class=\"figures agents\">\n<thead><tr><th>Staff no.</th><th>Name</th>"
    html += "<th>Team</th><th>Shift</th><th>Answered</th><th>Handled</th><th>AHT</th>"
    html += "<th>RONAs</th><th>Auto-logouts</th><th>ACW cut</th><th>Logged in</th>"
    html += "<th>Occupancy</th><th>Longest ACW</th></tr></thead>\n<tbody>\n"
    var perTeam = [Int: Int]()
    let shown = agents.filter { agent in
      perTeam[agent.team, default: 0] += 1
      return perTeam[agent.team]! <= agentRowLimit
    }
    for agent in shown {
      let profile = agent.slot.profile
      let tally = agent.tally
      let handleTime = tally.averageHandleTime
      let loggedIn = agent.times.loggedIn
      html += "<tr data-team=\"\(agent.team)\"\(profile.isTeamLeader ? " class=\"leader\"" : "")>"
      html += "<td>\(HTML.escape(profile.staffNumber ?? "—"))</td>"
      html += "<td>\(HTML.escape(profile.name ?? "—"))</td>"
      html += "<td>\(HTML.escape(configuration.teams[agent.team].id))</td>"
      html += "<td>\(agent.slot.shift + 1)</td><td>\(tally.answered)</td><td>\(tally.handled)</td>"
      html += "<td>\(Formatting.seconds(handleTime))</td>"
      html += "<td\(flag(tally.redirectedOnNoAnswer))>\(tally.redirectedOnNoAnswer)</td>"
      html += "<td\(flag(tally.autoLogouts))>\(tally.autoLogouts)</td>"
      html += "<td\(flag(tally.acwTimeouts))>\(tally.acwTimeouts)</td>"
      html += "<td>\(loggedIn > .zero ? Formatting.seconds(loggedIn.seconds) : "—")</td>"
      html += "<td>\(Formatting.percent(agent.times.occupancy))</td>"
      let acw = pulse.level(afterCallWorkSeconds: agent.longestAfterCallWork)
      html += "<td\(PulseLevel.classAttribute(acw))>"
      html += "\(Formatting.seconds(agent.longestAfterCallWork))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    if shown.count < agents.count {
      html += "<p class=\"note\">\(Formatting.count(shown.count)) of "
      html += "\(Formatting.count(agents.count)) agent slots (an agent on one shift): the first "
      html += "\(agentRowLimit) of each team; <code>agents.csv</code> has them all.</p>\n"
    }
    if summary.replications > 1 {
      html += "<p class=\"note\">Counts and times are summed over \(summary.replications) "
      html += "replications; the longest ACW is the longest in any of them.</p>\n"
    }
    html += "</section>\n"
    return html
  }

  /// One agent slot's figures over the replications (`RunSummary.agentScopes`), and the
  /// longest single spell of After Call Work in seconds over them (`RunStatistics.longestAfterCallWork`).
  struct AgentRow {
    var scope: RunSummary.AgentScope
    var longestAfterCallWork: Double?

    var slot: CentreConfiguration.RosterSlot { scope.slot }
    var team: Int { scope.slot.team }
    var tally: AgentTally { scope.tally }
    var times: StateTimes { scope.times }
  }

  /// Every roster slot's figures, summed over replications.
  static func agentRows(_ summary: RunSummary) -> [AgentRow] {
    var rows = summary.agentScopes().map { AgentRow(scope: $0) }
    for run in summary.runs {
      for (agent, spell) in run.longestAfterCallWork.enumerated() where agent < rows.count {
        guard let spell else { continue }
        rows[agent].longestAfterCallWork = max(
          rows[agent].longestAfterCallWork ?? 0, spell.seconds)
      }
    }
    return rows
  }

  /// A metric's cell, tied to `summary.json` when `path` names its scope there (the whole
  /// run when empty).
  private static func metricCell(
    _ estimate: Estimate?, _ metric: MetricName, path: [String], level: PulseLevel?
  ) -> String {
    let format = metric.isShare ? Formatting.percent : Formatting.seconds
    let figure = HTML.figure(pointer(path + ["metrics", metric.rawValue, "mean"]), estimate?.mean)
    return "<td\(PulseLevel.classAttribute(level))\(figure)>\(format(estimate?.mean))</td>"
  }

  /// Amber when a count of trouble (RONAs, logouts, ACW cut) is above zero.
  private static func flag(_ count: Int) -> String {
    count > 0 ? PulseLevel.classAttribute(.amber) : ""
  }

  static func pointer(_ keys: [String]) -> String {
    keys.map { HTML.pointer($0) }.joined()
  }
}
