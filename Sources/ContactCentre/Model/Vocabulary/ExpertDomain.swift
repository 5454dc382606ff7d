/// An Expert Domain AAC assigns incidents to: one of the centre's domains
/// (`Vocabulary.expertDomains`), by its place in that list. Every domain behaves alike — its
/// resolution arrives by email — so a domain is a name the reports count by.
public struct ExpertDomain: Hashable, Sendable, BitwiseCopyable {
  /// The place in the vocabulary's list.
  private let code: UInt8

  /// The domain at `index` of the vocabulary's domains.
  public init(_ index: Int) {
    precondition((0..<Vocabulary.maximumTerms).contains(index), "domain \(index) out of range")
    code = UInt8(index)
  }

  /// The place in the vocabulary's list.
  @inline(__always) public var index: Int { Int(code) }
}
