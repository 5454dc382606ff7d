/// The values and cumulative probabilities of an empirical distribution, kept out of line so
/// that a `Distribution` is a plain value (copying one on every draw then copies a pointer, and
/// retains and releases no array).
///
/// A table is written once, when its distribution is built, and never freed: distributions are
/// built while a scenario is read, a few per scenario.
public struct EmpiricalTable: @unchecked Sendable, Equatable, BitwiseCopyable {
  /// `count` values, then their `count` cumulative probabilities.
  @usableFromInline let base: UnsafePointer<Double>
  @usableFromInline let count: Int

  init(values: [Double], cumulative: [Double]) {
    precondition(values.count == cumulative.count && !values.isEmpty)
    let storage = UnsafeMutablePointer<Double>.allocate(capacity: 2 * values.count)
    storage.initialize(from: values, count: values.count)
    (storage + values.count).initialize(from: cumulative, count: cumulative.count)
    base = UnsafePointer(storage)
    count = values.count
  }

  /// The values.
  var values: [Double] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// The cumulative probabilities.
  var cumulative: [Double] { Array(UnsafeBufferPointer(start: base + count, count: count)) }

  /// The value whose cumulative probability is the first at or above `u`.
  @inlinable @inline(__always) func value(at u: Double) -> Double {
    let cumulative = base + count
    var low = 0
    var high = count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] < u { low = middle + 1 } else { high = middle }
    }
    return base[low]
  }

  public static func == (left: EmpiricalTable, right: EmpiricalTable) -> Bool {
    left.count == right.count
      && (0..<(2 * left.count)).allSatisfy { left.base[$0] == right.base[$0] }
  }
}
