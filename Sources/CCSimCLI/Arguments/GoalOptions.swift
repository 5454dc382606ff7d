import ContactCentre
import Planning
import Scenario
import SimKernel

/// The goal options of `ccsim staff` and `ccsim schedule` (`--target`, `--threshold`,
/// `--max-abandon`, `--max-occupancy`), read before the scenario, and the goal they make with
/// the scenario's service level.
struct GoalOptions {
  var target: Double?
  var threshold: SimDuration?
  var maxAbandon: Double?
  var maxOccupancy: Double?
  let command: String

  init(_ arguments: Arguments, command: String) throws(CLIError) {
    self.command = command
    target = try Self.share("--target", arguments, below: 1, command: command)
    maxAbandon = try Self.share("--max-abandon", arguments, below: nil, command: command)
    maxOccupancy = try Self.share("--max-occupancy", arguments, below: nil, command: command)
    threshold = try Self.threshold(arguments, command: command)
  }

  /// The centre's goal: the options', else the scenario's `serviceLevel`. A queue's own
  /// `goal` keeps its threshold and target (and abandon limit) whatever the options say;
  /// its target must be one staffing can reach too.
  func goal(for configuration: CentreConfiguration) throws(CLIError) -> StaffingGoal {
    let goalTarget = target ?? configuration.serviceLevelTarget
    guard goalTarget > 0 && goalTarget < 1 else {
      throw .usage(
        "the scenario's service-level target \(goalTarget) cannot be staffed for (it must be"
          + " above 0 and below 1): give --target", command: command)
    }
    for plan in configuration.plans {
      if let own = plan.goal?.target, !(own > 0 && own < 1) {
        throw .usage(
          "queue '\(plan.id)': its goal's target \(own) cannot be staffed for (it must be above"
            + " 0 and below 1)", command: command)
      }
      if let own = plan.goal?.maxAbandon, own <= 0 {
        throw .usage(
          "queue '\(plan.id)': its goal's maxAbandon 0 cannot be staffed for (no caller may"
            + " abandon)", command: command)
      }
    }
    return StaffingGoal(
      target: goalTarget, threshold: threshold ?? configuration.serviceLevelThreshold,
      maxAbandon: maxAbandon, maxOccupancy: maxOccupancy)
  }

  /// A share option: above 0, and below `bound` (else at most 1).
  static func share(
    _ option: String, _ arguments: Arguments, below bound: Double?, command: String
  ) throws(CLIError) -> Double? {
    guard let text = arguments.value(option) else { return nil }
    guard let value = Double(text), value > 0, bound.map({ value < $0 }) ?? (value <= 1) else {
      let range = bound == nil ? "above 0 and at most 1" : "above 0 and below 1"
      throw .usage("\(option) must be a number \(range), not '\(text)'", command: command)
    }
    return value
  }

  /// `--threshold`: seconds, or a duration with units.
  static func threshold(_ arguments: Arguments, command: String) throws(CLIError)
    -> SimDuration?
  {
    guard let text = arguments.value("--threshold") else { return nil }
    guard let seconds = Double(text) ?? DurationText.seconds(text), seconds.isFinite,
      seconds >= 0, seconds <= 1e9
    else {
      throw .usage(
        "--threshold must be seconds or a duration such as 20s, not '\(text)'", command: command)
    }
    return .seconds(seconds)
  }
}
