import SimKernel

/// Why a scenario could not be loaded.
public enum ScenarioLoadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The scenario file itself is missing or unreadable.
  case unreadable(file: String, reason: String)
  /// The scenario has one or more problems; every one found is listed.
  case invalid([ScenarioError])

  /// One line per problem, control characters made visible (`ScenarioError.description`).
  public var description: String {
    switch self {
    case .unreadable(let file, let reason): VisibleText.escaped("\(file): \(reason)")
    case .invalid(let errors): errors.map(\.description).joined(separator: "\n")
    }
  }
}
