/// The hint after a name that is not found: the names within two edits of it ("did you mean"),
/// or, when none is, the names themselves if there are few.
///
/// A name of a file (a scenario's team, call type or staff number; a history file's column) is
/// looked for among as many names as the file declares, so the search is bounded twice: each
/// comparison stops as soon as the two names are more than two edits apart, and a file has a
/// budget of comparisons (the scenario's `Diagnostics.comparisonsLeft`), after which unknown
/// names get no suggestion. Validating a
/// file of thousands of unknown names among thousands of ids stays linear, and so does its output.
public enum NameHint {
  /// The most edits (insertions, deletions, substitutions; case ignored) from a name to a
  /// suggestion.
  public static let maximumDistance = 2
  /// The most suggestions offered.
  public static let maximumSuggestions = 3
  /// The most names listed whole when none is close.
  public static let listLimit = 10
  /// The comparisons a file may spend on suggestions: a few milliseconds' work, enough for
  /// every unknown name of a file with a few hundred ids, and for the first hundred or so among
  /// thousands.
  public static let comparisonBudget = 250_000

  /// ` (did you mean "a"?)`, ` (did you mean "a" or "b"?)`, ` (did you mean "a", "b" or "c"?)`.
  public static func didYouMean(_ names: [String]) -> String {
    let quoted = names.map { "\"\(VisibleText.prefix($0))\"" }
    let list =
      quoted.count == 1
      ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    return " (did you mean \(list)?)"
  }

  /// Up to `maximumSuggestions` of `names` within `maximumDistance` of `name`, the closest first
  /// (in the order of `names` among equals), each comparison taken from `budget`.
  ///
  /// - Complexity: O(*n* × *k*) for *n* names of length *k*; none once `budget` is spent.
  public static func closest(to name: String, in names: [String], budget: inout Int) -> [String] {
    var matcher = Matcher(name)
    var found: [(name: String, distance: Int)] = []
    for other in names {
      guard budget > 0 else { break }
      budget -= 1
      if let distance = matcher.distance(to: other) { found.append((other, distance)) }
    }
    // A stable sort keeps the order of `names` among equal distances.
    let sorted = found.enumerated().sorted {
      ($0.element.distance, $0.offset) < ($1.element.distance, $1.offset)
    }
    return sorted.prefix(maximumSuggestions).map(\.element.name)
  }

  /// The edit distance from one name to others, when it is at most `maximumDistance`: the rows
  /// of the table only within that many cells of its diagonal, stopping at the first row that is
  /// all past it; the buffers kept from one name to the next.
  public struct Matcher {
    public let query: [Unicode.Scalar]
    private var candidate: [Unicode.Scalar] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    public init(_ name: String) {
      var scalars: [Unicode.Scalar] = []
      _ = Self.fold(name, into: &scalars, longest: .max)
      query = scalars
    }

    /// The distance from the query to `name`, case ignored, or nil when it is more than
    /// `maximumDistance`.
    public mutating func distance(to name: String) -> Int? {
      let limit = NameHint.maximumDistance
      guard Self.fold(name, into: &candidate, longest: query.count + limit),
        query.count <= candidate.count + limit
      else { return nil }
      let (a, b) = (query, candidate)
      if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
      let past = limit + 1
      previous.removeAll(keepingCapacity: true)
      for j in 0...b.count { previous.append(j < past ? j : past) }
      current.removeAll(keepingCapacity: true)
      current.append(contentsOf: repeatElement(past, count: b.count + 1))
      for i in 1...a.count {
        let from = i - limit > 1 ? i - limit : 1
        let to = i + limit < b.count ? i + limit : b.count
        current[0] = i < past ? i : past
        if from > 1 { current[from - 1] = past }
        var best = current[0]
        for j in from...to {
          var value = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
          if previous[j] + 1 < value { value = previous[j] + 1 }
          if current[j - 1] + 1 < value { value = current[j - 1] + 1 }
          if value > past { value = past }
          current[j] = value
          if value < best { best = value }
        }
        if to < b.count { current[to + 1] = past }
        guard best <= limit else { return nil }
        swap(&previous, &current)
      }
      return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// Puts `text` in lower case into `scalars`; false, leaving off, when it is longer than
    /// `longest` (too long to be near).
    public static func fold(_ text: String, into scalars: inout [Unicode.Scalar], longest: Int)
      -> Bool
    {
      scalars.removeAll(keepingCapacity: true)
      for scalar in text.unicodeScalars {
        if scalar.isASCII {
          let value = scalar.value
          scalars.append(value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : scalar)
        } else if scalar.properties.changesWhenLowercased {
          scalars += scalar.properties.lowercaseMapping.unicodeScalars
        } else {
          scalars.append(scalar)
        }
        if scalars.count > longest { return false }
      }
      return true
    }
  }
}
