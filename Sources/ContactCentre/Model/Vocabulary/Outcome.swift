/// The outcome a call activity closes with: one of the centre's outcomes
/// (`Vocabulary.outcomes`), by its place in that list. The model asks what an outcome does
/// (`Vocabulary.behaviour(of:)`), never what it is called; reports print its name.
public struct Outcome: Hashable, Sendable, BitwiseCopyable {
  /// The place in the vocabulary's list (a byte: a call slot stays small).
  private let code: UInt8

  /// The outcome at `index` of the vocabulary's outcomes.
  public init(_ index: Int) {
    precondition((0..<Vocabulary.maximumTerms).contains(index), "outcome \(index) out of range")
    code = UInt8(index)
  }

  /// The place in the vocabulary's list.
  @inline(__always) public var index: Int { Int(code) }
}
