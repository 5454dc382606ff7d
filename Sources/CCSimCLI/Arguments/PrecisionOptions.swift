import ContactCentre
import Planning
import Reporting
import SimKernel

/// `ccsim run --precision H [--metric NAME] [--max-replications N]`: replications added until
/// the 95 % half-width of a metric over the whole run is at most H.
struct PrecisionOptions {
  /// The options, for the command's parser.
  static let options: Set<String> = ["--precision", "--metric", "--max-replications"]

  /// Replications run first when `--replications` is not given: enough for a first estimate
  /// of the variance.
  static let initialReplications = 8

  /// The target half-width: a share for shares, seconds for times.
  var target: Double
  /// The metric whose half-width is the stopping rule.
  var metric: MetricName
  /// The most replications to run.
  var cap: Int

  /// The options given, or nil without `--precision` (when `--metric` and `--max-replications`
  /// are refused).
  init?(_ arguments: Arguments, command: String) throws(CLIError) {
    guard let text = arguments.value("--precision") else {
      for option in ["--metric", "--max-replications"] where arguments.value(option) != nil {
        throw .usage("\(option) goes with --precision", command: command)
      }
      return nil
    }
    guard let target = Double(text), target.isFinite, target > 0 else {
      throw .usage(
        "--precision must be a positive number (a share such as 0.005 for service level, "
          + "seconds for times), not '\(text)'", command: command)
    }
    self.target = target
    metric = .serviceLevel
    if let name = arguments.value("--metric") {
      guard let chosen = MetricName(rawValue: name) else {
        throw .usage(
          "--metric must be one of \(MetricName.allCases.map(\.rawValue).joined(separator: ", "))"
            + ", not '\(name)'", command: command)
      }
      metric = chosen
    }
    cap = try arguments.integer("--max-replications", in: 2...100_000, command: command) ?? 1000
  }

  /// Runs `batch` (replications `first ..< first + count`, in order) from `initial`
  /// replications until the target is met or the cap reached, and summarises the runs.
  func run(
    _ configuration: CentreConfiguration, initial: Int?,
    batch: (_ first: Int, _ count: Int) throws(CLIError) -> [RunStatistics]
  ) throws(CLIError) -> RunSummary {
    let metric = metric
    let conventions = configuration.conventions
    let result: Replications.PrecisionRun
    do {
      result = try Replications.untilPrecision(
        target: target, initial: initial ?? Self.initialReplications, cap: cap,
        halfWidth: { Estimate(replications: metric.totals($0, conventions)).halfWidth95 },
        batch: batch)
    } catch {
      throw CLIError.from(error)
    }
    var summary = RunSummary(configuration: configuration, runs: result.runs)
    summary.precision = PrecisionSummary(
      metric: metric, target: target, halfWidth95: result.halfWidth95, reached: result.reached)
    return summary
  }
}
