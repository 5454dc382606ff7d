import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario
import SimKernel

/// `ccsim pulse SCENARIO --at HH:MM`: CC Pulse as a team leader would have seen it then.
enum PulseCommand {
  static let help = """
    Usage: ccsim pulse SCENARIO --at HH:MM [--snapshot FILE] [--team ID] [--aac]
                                [--profile growing|sliding|interval] [--seed N] [--width W]
                                [--allow-large]
           ccsim pulse SCENARIO --live [--speed X] [--at HH:MM] [--team ID] [--aac]
                                [--profile P] [--width W]
           ccsim pulse SCENARIO --from SNAPSHOT [--replications R] [--jobs J] [--run-rate]
                                [--handle-rate] [--change TEXT]... [--team ID] [--width W]

    Simulates the scenario's day and shows CC Pulse as it stood at one moment: per queue the
    calls waiting, the longest current wait, calls entered, answered and abandoned, abandon
    rate, service level, ASA and AHT; per team the agents Ready, NotReady, Talking, in ACW and
    LoggedOut, with the calls they handled; per agent the state (with the NotReady reason),
    the time in it, calls handled, AHT, RONAs and idle logouts. Cells past the scenario's
    "pulse" thresholds are amber or red (colour on a terminal; marked ! and !! otherwise).

    With --from, the view is the snapshot's (a centre's real-time feed, or one --snapshot
    wrote), with the day's actuals so far as the queues' calls, followed by the rest of the
    day projected from it: per queue and interval the actuals, then the projected figures
    with their 95 % bands over R replications (default 20), as `ccsim run --from` shows them.

    Options:
      --at T              The moment: a clock time HH:MM on the scenario's day (the run
                          starts at its "start"), or dN HH:MM (also N/HH:MM) on day N of a
                          longer run; 24:00 is the end of a day. With --live, where the replay
                          starts.
      --snapshot FILE     Also write the centre at --at as a snapshot (docs/snapshot.md):
                          every agent's state and time in it with the queue of the call in
                          hand, every waiting caller's wait, each queue's actuals per interval
                          so far — what `ccsim run --from FILE` runs the rest of the day from.
      --from SNAPSHOT     Show the snapshot and the rest of the day from it (above); with
                          --run-rate, --handle-rate, --change and --changes as `ccsim run`
                          takes them.
      --replications R    With --from: replications of the projection (default 20).
      --jobs J            With --from: replications side by side (default: all cores; never
                          changes the numbers).
      --team ID           Only this team's agents, its group row and the queues that reach it.
      --aac               Only the Area Advice Centre's desk: the queues of its area lines
                          and the teams answering them (with --team, that team's part).
      --profile P         What the queue and team figures count: growing (default: every call
                          since the start), sliding (calls that ended in the last 15 minutes)
                          or interval (calls that entered a queue in the current reporting
                          interval).
      --seed N            Master seed (default: the scenario's "seed", else 1).
      --live              Replay the day in the terminal, redrawn in place about twice a
                          second and fitted to the window; the agents that do not fit are
                          shown a page at a time, the pages turning every 5 seconds. Keys:
                          space or p pause, + and - double and halve the speed, t next team,
                          v next profile, n / b (Page Down / Page Up, the arrows) next and
                          previous page (the pages then stay; a lets them turn again), q quit
                          (Ctrl-C also quits; the terminal is restored either way). Without a
                          terminal on standard input and output, prints a plain view with
                          every agent at the end of every reporting interval.
      --speed X           Simulated seconds per real second with --live (default 60).
      --width W           Fit the printed view to W columns (at least 20): short headings,
                          long names cut with "…", the least needed columns left out.
                          Default: the terminal's width when standard output is one, else
                          none.
      --allow-large       Replay even a scenario past ccsim's limits (10^10 calls, a million
                          agents, half the machine's memory).
      -h, --help          This help.

    """

  static let declaration = CommandDeclaration(
    "pulse",
    options: Set([
      "--at", "--team", "--seed", "--profile", "--speed", "--width", "--snapshot",
      "--replications", "--jobs",
    ]).union(IntradayOptions.options),
    flags: Set(["--live", "--aac", LargeRuns.flag]).union(IntradayOptions.flags))

  static func main(_ arguments: [String], console: Console) throws(CLIError) {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return
    }
    let path = try arguments.positionals(["SCENARIO"], command: "pulse")[0]
    let live = arguments.has("--live")
    let aacDesk = arguments.has("--aac")
    if arguments.value("--from") != nil {
      let others = ["--at", "--snapshot", "--speed", "--profile"].filter {
        arguments.value($0) != nil
      }
      if let other = live ? "--live" : aacDesk ? "--aac" : others.first {
        throw .usage(
          "--from shows the snapshot's own moment: it goes without \(other)", command: "pulse")
      }
      try fromSnapshot(path, arguments, console: console)
      return
    }
    guard arguments.value("--replications") == nil else {
      throw .usage("--replications goes with --from SNAPSHOT", command: "pulse")
    }
    try IntradayOptions.refuseWithoutSnapshot(arguments, command: "pulse")
    guard live || arguments.value("--at") != nil else {
      throw .usage("give the moment to show with --at HH:MM, or --live", command: "pulse")
    }
    let profileName = try arguments.choice(
      "--profile", PulseProfile.allCases.map(\.rawValue), command: "pulse")
    let profile = profileName.flatMap(PulseProfile.init(rawValue:)) ?? .growing
    let speed = try arguments.number("--speed", in: 0.001...1e9, command: "pulse") ?? 60
    if arguments.value("--speed") != nil && !live {
      throw .usage("--speed goes with --live", command: "pulse")
    }
    let seed = try arguments.seed(command: "pulse")
    let width =
      try arguments.integer("--width", in: 20...10_000, command: "pulse")
      ?? (console.outIsTerminal ? RawTerminal.size.columns : nil)

    var configuration = try Arguments.loadScenario(path)
    if let seed { configuration.seed = seed }
    try LargeRuns.check(
      configuration, from: path,
      RunEstimate.Need(replications: 1, kept: 1, intervals: true, callRecords: true),
      arguments: arguments, command: "pulse")
    let at = try arguments.value("--at").map { text throws(CLIError) in
      try PulseInstant.parse(
        text, startOfDay: configuration.startOfDay, duration: configuration.duration)
    }
    let team = try team(arguments, configuration)
    if aacDesk && configuration.aacLines.isEmpty {
      throw .usage("the scenario has no AAC lines for --aac", command: "pulse")
    }

    let snapshotPath = arguments.value("--snapshot")
    if let snapshotPath {
      guard !live else { throw .usage("--snapshot goes with --at, not --live", command: "pulse") }
      try InputFiles.refuseOverwriting([snapshotPath], option: "--snapshot", command: "pulse")
    }
    var loop: InstantLoop?
    if !live {
      loop =
        CentreRun.replay(configuration, replication: 0, at: [at ?? .zero]) {
          snapshot, calls in
          let view = PulseView(
            configuration: configuration, snapshot: snapshot, calls: calls, profile: profile,
            team: team, aacDesk: aacDesk)
          console.out(PulseTerminal.render(view, colour: console.outIsTerminal, width: width))
          return false
        }.loop
    } else if console.outIsTerminal && isatty(STDIN_FILENO) == 1 {
      var session = LivePulse(
        configuration: configuration, queueTeams: configuration.queueTeams, profile: profile,
        team: team, aacDesk: aacDesk, speed: speed, console: console)
      loop = session.run(from: at ?? .zero)
    } else {
      loop = printIntervals(
        configuration, from: at ?? .zero, profile: profile, team: team, aacDesk: aacDesk,
        width: width, console)
    }
    // A replay that loops before the moment shown has nothing to show: exit 65.
    if let loop { throw CLIError.loop(loop, of: configuration, from: path) }
    if let snapshotPath, let at,
      let now = CentreRun.now(configuration, replication: 0, at: at)
    {
      try AtomicFile.write(
        SnapshotJSON.document(now, configuration: configuration, scenario: path), to: snapshotPath)
      console.err("wrote \(snapshotPath)\n")
    }
  }

  /// The team of `--team`, if given.
  ///
  /// - Throws: exit 64 for a team the scenario does not have, naming those it has.
  static func team(_ arguments: Arguments, _ configuration: CentreConfiguration)
    throws(CLIError) -> Int?
  {
    guard let id = arguments.value("--team") else { return nil }
    let ids = configuration.teams.map(\.id)
    guard let index = ids.firstIndex(of: id) else {
      throw .usage(
        "unknown team '\(id)' (the scenario's teams: \(ids.joined(separator: ", ")))",
        command: "pulse")
    }
    return index
  }

  /// `--live` without a terminal: the view at the end of every reporting interval from
  /// `start` (and at the end of the run), one after another, as they are simulated; returns
  /// the loop that stopped the replay, if one did.
  static func printIntervals(
    _ configuration: CentreConfiguration, from start: SimInstant, profile: PulseProfile,
    team: Int?, aacDesk: Bool = false, width: Int? = nil, _ console: Console
  ) -> InstantLoop? {
    let end = SimInstant(since: configuration.duration)
    let interval = configuration.interval.microseconds
    var instants = [start]
    var next = SimInstant(microseconds: (start.microseconds / interval + 1) * interval)
    while next < end {
      instants.append(next)
      next = SimInstant(microseconds: next.microseconds + interval)
    }
    if start < end { instants.append(end) }
    var first = true
    let queueTeams = configuration.queueTeams
    return CentreRun.replay(configuration, replication: 0, at: instants) { snapshot, calls in
      let view = PulseView(
        configuration: configuration, snapshot: snapshot, calls: calls, profile: profile,
        team: team, aacDesk: aacDesk, queueTeams: queueTeams)
      console.out(
        (first ? "" : "\n")
          + PulseTerminal.render(view, colour: console.outIsTerminal, width: width))
      first = false
      return true
    }.loop
  }
}
