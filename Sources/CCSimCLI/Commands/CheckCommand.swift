import ContactCentre
import Planning
import Reporting
import Scenario

/// `ccsim check ROUTING-TESTS`: routing regression tests as data.
enum CheckCommand {
  static let help = """
    Usage: ccsim check ROUTING-TESTS [--junit FILE] [--verbose]

    Runs the routing tests of a tests file (JSON, docs/routing-tests.md) against the scenario
    it names: for each case, places the agents in the states given at the time given, brings
    in one caller by the line, IVR branch and casegroup given, and checks where the call is
    offered, by which step of which plan, after how long — or that it waits.

    Prints TAP (Test Anything Protocol, version 14) on stdout: "ok N - name" per passing case,
    "not ok N - name" with what was expected and what happened per failing one. A case that
    names what the scenario does not have — a step, queue, team, line, IVR branch, call type
    or agent that a routing change removed or renamed — fails with what is missing and what
    the scenario has instead; the other cases still run.

    Options:
      --junit FILE   Also write the verdicts as JUnit XML to FILE, for CI servers: atomically
                     to a new name or a regular file, written through to a FIFO or a
                     character device; a link, directory, block device or socket is refused
                     (exit 73), and so is any file the command reads (exit 64).
      --verbose      Say what happened to every call, passing or not.
      -h, --help     This help.

    Exit codes: 0 every case passed, 1 some case failed (a case naming what the scenario does
    not have fails), 64 usage, 65 malformed tests file (or scenario), 66 tests file or scenario
    missing, 73 cannot write the JUnit file.

    """

  static let declaration = CommandDeclaration(
    "check", options: ["--junit"], flags: ["--verbose"])

  static func main(_ arguments: [String], console: Console) throws(CLIError) -> ExitCode {
    let arguments = try Arguments(arguments, declaration)
    if arguments.has("--help") || arguments.has("-h") {
      console.out(help)
      return .success
    }
    let path = try arguments.positionals(["ROUTING-TESTS"], command: "check")[0]
    let suite: RoutingTestSuite
    do {
      suite = try RoutingTestSuite.load(path: path)
    } catch {
      throw CLIError.from(error)
    }
    if let junit = arguments.value("--junit") {
      try InputFiles.refuseOverwriting([junit], option: "--junit", command: "check")
      _ = try OutputTarget.of(junit, streams: true)
    }
    let results = RoutingCheck.run(
      suite.cases, unresolved: suite.unresolved, configuration: suite.configuration)
    if let loop = results.lazy.compactMap(\.loop).first {
      throw CLIError.loop(loop, of: suite.configuration, from: suite.scenario)
    }
    console.out(
      RoutingCheckTAP.render(
        results, file: path, scenario: suite.scenario, verbose: arguments.has("--verbose")))
    if let junit = arguments.value("--junit") {
      try AtomicFile.write(
        RoutingCheckJUnit.render(results, file: path, scenario: suite.scenario), to: junit)
    }
    return results.allSatisfy(\.passed) ? .success : .failure
  }
}
