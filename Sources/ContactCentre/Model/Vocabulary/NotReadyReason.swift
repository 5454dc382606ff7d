/// An auxiliary (NotReady) reason code: one of the centre's reason codes
/// (`Vocabulary.notReadyReasons`), by its place in that list. The model puts agents in the
/// reasons whose behaviour it needs (clerical work, team-leader time); rosters, shrinkage and
/// missed calls name the others.
public struct NotReadyReason: Hashable, Sendable, BitwiseCopyable {
  /// The place in the vocabulary's list (a byte: an agent's activity stays small).
  private let code: UInt8

  /// The reason at `index` of the vocabulary's reason codes.
  public init(_ index: Int) {
    precondition((0..<Vocabulary.maximumTerms).contains(index), "reason \(index) out of range")
    code = UInt8(index)
  }

  /// The place in the vocabulary's list.
  @inline(__always) public var index: Int { Int(code) }
}
