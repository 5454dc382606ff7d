import SimKernel

/// The lines' trunks and the queues' limits (`CentreConfiguration.blocksCallers`): which callers
/// find every trunk busy, and which a full queue.
///
/// A caller seizes a trunk when they ring, and their call says so (`Call.holdsTrunk`); while
/// the moment they will hang up is not known (IVR, queue, ringing) the trunk is `open`; once it
/// is known (at the answer: the talk's end) the trunk's release instant goes in the line's heap,
/// and the trunk is free from that instant on — with no event of its own. A caller ringing at
/// the very instant a trunk is released finds it free.
struct Trunks {
  /// Per line: its trunks (0: as many as ring), where its release heap starts in `releases`,
  /// its trunks held open, and its heap's size.
  let capacity: [Int32]
  let heapStart: [Int]
  var open: [Int32]
  var heapCount: [Int32]
  /// The lines' min-heaps of release instants (microseconds), each at most its trunks long.
  var releases: [Int64]
  /// Per queue: its limit (−1: none), and its calls unanswered (waiting or ringing).
  let maxWaiting: [Int32]
  var unanswered: [Int32]

  init(_ configuration: CentreConfiguration) {
    capacity = configuration.lines.map { Int32($0.trunks ?? 0) }
    var starts: [Int] = []
    var total = 0
    for trunks in capacity {
      starts.append(total)
      total += Int(trunks)
    }
    heapStart = starts
    open = Array(repeating: 0, count: capacity.count)
    heapCount = open
    releases = Array(repeating: 0, count: total)
    maxWaiting = configuration.plans.map { Int32($0.maxWaiting ?? -1) }
    unanswered = Array(repeating: 0, count: maxWaiting.count)
  }

  /// Whether the line has trunks at all.
  @inline(__always) func limits(line: Int) -> Bool { capacity[line] > 0 }

  /// A caller rings `line` at `now`: trunks released by then are free; takes one if any is
  /// free and returns true, else false (engaged).
  mutating func seize(line: Int, at now: SimInstant) -> Bool {
    let start = heapStart[line]
    while heapCount[line] > 0 && releases[start] <= now.microseconds {
      pop(line: line)
    }
    guard open[line] + heapCount[line] < capacity[line] else { return false }
    open[line] += 1
    return true
  }

  /// The caller holding one of `line`'s trunks hangs up at `instant` (now, or later: the end of
  /// a talk that has begun).
  mutating func release(line: Int, at instant: SimInstant, now: SimInstant) {
    open[line] -= 1
    guard instant > now else { return }
    let start = heapStart[line]
    var child = Int(heapCount[line])
    heapCount[line] += 1
    releases[start + child] = instant.microseconds
    while child > 0 {
      let parent = (child - 1) / 2
      guard releases[start + parent] > releases[start + child] else { break }
      releases.swapAt(start + parent, start + child)
      child = parent
    }
  }

  /// Trunks of `line` busy at `now` (released ones not yet popped counted free).
  func busy(line: Int, at now: SimInstant) -> Int {
    let start = heapStart[line]
    let held = releases[start..<(start + Int(heapCount[line]))].filter { $0 > now.microseconds }
    return Int(open[line]) + held.count
  }

  private mutating func pop(line: Int) {
    let start = heapStart[line]
    heapCount[line] -= 1
    let count = Int(heapCount[line])
    releases[start] = releases[start + count]
    var parent = 0
    while true {
      let left = 2 * parent + 1
      guard left < count else { return }
      let right = left + 1
      let child =
        right < count && releases[start + right] < releases[start + left] ? right : left
      guard releases[start + child] < releases[start + parent] else { return }
      releases.swapAt(start + parent, start + child)
      parent = child
    }
  }

  /// Whether a caller reaching `queue` would be one more than it may hold unanswered.
  @inline(__always) func isFull(queue: Int) -> Bool {
    let limit = maxWaiting[queue]
    return limit >= 0 && unanswered[queue] >= limit
  }
}
