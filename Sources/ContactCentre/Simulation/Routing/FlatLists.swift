/// Lists of small integers stored end to end in one array, so that walking one list on the hot
/// path touches no reference count.
struct FlatLists {
  private let offsets: [Int]
  private let elements: [Int32]

  init(_ lists: [[Int]]) {
    var offsets = [0]
    var elements: [Int32] = []
    for list in lists {
      elements.append(contentsOf: list.map(Int32.init))
      offsets.append(elements.count)
    }
    self.offsets = offsets
    self.elements = elements
  }

  /// The positions of list `index`'s elements.
  @inline(__always) func range(_ index: Int) -> Range<Int> {
    offsets[index]..<offsets[index + 1]
  }

  /// The number of lists.
  var count: Int { offsets.count - 1 }

  /// List `index` as an array (off the hot path).
  func list(_ index: Int) -> [Int] { range(index).map(element) }

  /// The element at `position`.
  @inline(__always) func element(_ position: Int) -> Int { Int(elements[position]) }
}
