import ContactCentre
import Foundation
import Planning

/// `--allow-large`: a command that would simulate more than `RunLimits` allows — absurd
/// numbers of calls or agents, or more memory than the machine has to spare — is refused before
/// it starts, with the estimate and the way to go on.
enum LargeRuns {
  /// The flag that lets a large run through.
  static let flag = "--allow-large"

  /// The limits in force: the standard ones, or smaller ones a test sets.
  @TaskLocal static var limits = RunLimits.standard(physicalMemory: memory)

  /// The memory ccsim may use: the machine's, or its container's limit if that is less.
  static var memory: UInt64 {
    var memory = ProcessInfo.processInfo.physicalMemory
    for file in ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"] {
      guard let text = try? String(contentsOfFile: file, encoding: .utf8),
        let limit = UInt64(text.trimmingCharacters(in: .whitespacesAndNewlines))
      else { continue }
      memory = min(memory, limit)
    }
    return memory
  }

  /// Refuses (exit 64) to simulate `configuration`, read from `path`, as `need` says, when it
  /// passes the limits and `--allow-large` was not given.
  static func check(
    _ configuration: CentreConfiguration, from path: String, _ need: RunEstimate.Need,
    arguments: Arguments, command: String
  ) throws(CLIError) {
    try check(
      RunEstimate(configuration), from: path, need, arguments: arguments, command: command)
  }

  /// Refuses (exit 64) to run what `estimate` reckons, as `need` says, when it passes the
  /// limits and `--allow-large` was not given.
  static func check(
    _ estimate: RunEstimate, from path: String, _ need: RunEstimate.Need,
    arguments: Arguments, command: String
  ) throws(CLIError) {
    guard !arguments.has(flag), let excess = estimate.excess(for: need, limits: limits) else {
      return
    }
    throw CLIError(
      .usage,
      "\(path): too large to simulate without \(flag): \(excess).\nShorten the run, lower the"
        + " arrival rates, the agents or the replications, or run it anyway with"
        + " 'ccsim \(command) … \(flag)'.")
  }
}
