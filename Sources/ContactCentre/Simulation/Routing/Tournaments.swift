import SimKernel

/// The key of one entrant of a tournament: what decides who is first.
protocol TournamentKey: BitwiseCopyable, Equatable {
  /// The key of an entrant with nothing to offer, beaten by every other key.
  static var empty: Self { get }
  /// Whether this key comes strictly before `other`.
  func beats(_ other: Self) -> Bool
}

extension TournamentKey {
  var isEmpty: Bool { self == .empty }
}

/// Tournament trees (winner trees), stored end to end: each tree keeps the first of its
/// entrants — the one whose key beats the others', the entrant listed first on a tie — in
/// O(1), and takes O(log entrants) to change one entrant's key.
///
/// The routing keeps keys that may be early (a waiting list's head or a Ready line's head that
/// has gone stale since): a key only ever gets later without the tree knowing, so the winner,
/// once its key is checked against the truth, is the true first (see `Router` and
/// `AgentFloor`).
struct Tournaments<Key: TournamentKey>: ~Copyable {
  /// Per tree: the first of its leaves (and of its nodes, at twice that) and its width, a
  /// power of two; leaves past its entrants stay empty.
  private var firstLeaf: [Int] = []
  private var widths: [Int] = []
  private var keys = Table<Key>()
  /// Node `n` of a tree (1 the root, `width + i` leaf `i`) holds the leaf that wins below it.
  private var winners = Table<Int32>()

  /// Adds a tree of `entrants` empty entrants; returns its number.
  mutating func add(entrants: Int) -> Int {
    var width = 1
    while width < entrants { width *= 2 }
    firstLeaf.append(keys.count)
    widths.append(width)
    for _ in 0..<width { keys.append(.empty) }
    winners.append(0)  // node 0, unused
    for node in 1..<(2 * width) {
      var leaf = node
      while leaf < width { leaf *= 2 }  // the leftmost leaf below: empty keys tie
      winners.append(Int32(leaf - width))
    }
    return widths.count - 1
  }

  /// The entrant that wins `tree` (its key `.empty` when every entrant's is).
  @inline(__always) func winner(_ tree: Int) -> Int {
    Int(winners[2 * firstLeaf[tree] + 1])
  }

  /// The key of entrant `entrant` of `tree`.
  @inline(__always) func key(_ tree: Int, _ entrant: Int) -> Key {
    keys[firstLeaf[tree] + entrant]
  }

  /// Sets the key of entrant `entrant` of `tree` and replays its matches up to the root — up to
  /// the first match whose winner, another entrant, stays the same (the matches above it then
  /// stay as they were).
  @inline(__always) mutating func set(_ tree: Int, _ entrant: Int, to key: Key) {
    let leaves = firstLeaf[tree]
    let nodes = 2 * leaves
    keys[leaves + entrant] = key
    var node = (widths[tree] + entrant) >> 1
    while node >= 1 {
      let left = winners[nodes + 2 * node]
      let right = winners[nodes + 2 * node + 1]
      let winner = keys[leaves + Int(right)].beats(keys[leaves + Int(left)]) ? right : left
      if winner == winners[nodes + node] && Int(winner) != entrant { return }
      winners[nodes + node] = winner
      node >>= 1
    }
  }
}

@available(*, unavailable)
extension Tournaments: Sendable {}
