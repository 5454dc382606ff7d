import SimKernel

extension Parse {
  /// The path of a file that a scenario, a sweep or a routing tests file names (a forecast CSV,
  /// the scenario of a sweep or of routing tests): a string without control characters
  /// (`VisibleText.isControl`). A NUL ends a path where the system reads it, so
  /// `"etclink/passwd\u0000"` would pass every check made on the text and open another file; the
  /// others have no place in a file name and could drive the terminal that shows it.
  static func path(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics) -> String? {
    guard let text = string(node, path, diagnostics) else { return nil }
    guard let control = text.unicodeScalars.first(where: VisibleText.isControl) else {
      return text
    }
    diagnostics.invalid(
      node, at: path,
      "\"\(VisibleText.prefix(text, 200))\" holds the control character"
        + " \(VisibleText.codePoint(control)): a path may not")
    return nil
  }

  /// A path (`path`) that is also a usable name (`identifier`): non-empty, no outer spaces.
  static func namedPath(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> String?
  {
    guard let text = self.path(node, path, diagnostics) else { return nil }
    return identifier(node, path, diagnostics).map { _ in text }
  }
}
