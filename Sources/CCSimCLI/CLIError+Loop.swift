import ContactCentre
import Reporting

extension CLIError {
  /// Exit 65 when a run stopped because one instant held more events than its budget: the
  /// scenario read from `path` is valid, but its rules loop, so it cannot be simulated (a bug
  /// of ccsim would be 70). Says when, and which kinds of event looped.
  static func loop(_ loop: InstantLoop, of configuration: CentreConfiguration, from path: String)
    -> CLIError
  {
    CLIError(
      .invalidScenario,
      "\(path): \(InstantLoopText.render(loop, startOfDay: configuration.startOfDay)).")
  }

  /// Throws `loop(…)` for the first of `runs` that stopped in a loop, if any. Every command
  /// that simulates calls it before it reports or writes anything.
  static func refuseLoops(
    _ runs: [RunStatistics], of configuration: CentreConfiguration, from path: String
  ) throws(CLIError) {
    guard let first = runs.lazy.compactMap(\.loop).first else { return }
    throw loop(first, of: configuration, from: path)
  }
}
