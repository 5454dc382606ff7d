/// Collects every problem found in a scenario, so that all are reported at once.
final class Diagnostics {
  let file: String
  private(set) var errors: [ScenarioError] = []

  init(file: String) { self.file = file }

  func report(
    _ code: ScenarioError.Code, at path: JSONPath, _ location: SourceLocation?, _ message: String
  ) {
    errors.append(
      ScenarioError(
        code: code, file: file, path: path.description, location: location, message: message))
  }

  func wrongType(_ node: JSONNode, at path: JSONPath, expected: String) {
    report(.wrongType, at: path, node.location, "expected \(expected), found \(node.value.typeName)")
  }

  func invalid(_ node: JSONNode, at path: JSONPath, _ message: String) {
    report(.invalidValue, at: path, node.location, message)
  }
}
