import ContactCentre
import SimKernel

/// Collects every problem found in a scenario, so that all are reported at once; and carries
/// the names the whole file is read against, its vocabulary, to every parser.
final class Diagnostics {
  let file: String
  private(set) var errors: [ScenarioError] = []
  /// The comparisons of names left for suggestions in this file (`NameHint`).
  var comparisonsLeft = NameHint.comparisonBudget
  /// The outcomes, NotReady reasons, IVR branches and Expert Domains names in the file refer
  /// to: the scenario's own `vocabulary`, read first, or the Child Maintenance Group's.
  var vocabulary = Vocabulary.childMaintenance

  init(file: String) { self.file = file }

  /// The errors in file order (those without a location last), otherwise as found.
  var sortedErrors: [ScenarioError] {
    errors.enumerated().sorted { lhs, rhs in
      let left = lhs.element.location.map { ($0.line, $0.column) } ?? (Int.max, Int.max)
      let right = rhs.element.location.map { ($0.line, $0.column) } ?? (Int.max, Int.max)
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
  }

  func report(
    _ code: ScenarioError.Code, at path: JSONPath, _ location: SourceLocation?, _ message: String
  ) {
    errors.append(
      ScenarioError(
        code: code, file: file, path: path.description, location: location, message: message))
  }

  func wrongType(_ node: JSONNode, at path: JSONPath, expected: String) {
    report(
      .wrongType, at: path, node.location, "expected \(expected), found \(node.value.typeName)")
  }

  func invalid(_ node: JSONNode, at path: JSONPath, _ message: String) {
    report(.invalidValue, at: path, node.location, message)
  }
}
