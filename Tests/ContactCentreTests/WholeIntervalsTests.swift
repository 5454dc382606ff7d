import SimKernel
import Testing

@testable import ContactCentre

/// A span of agent time over many whole reporting intervals (a slot off shift for days) is
/// kept as where it starts and ends in `Recorder.wholeIntervals`, and added up as the run ends:
/// every whole interval it covers gets the interval's length, as splitting it interval by
/// interval would give.
struct WholeIntervalsTests {
  @Test func theChangesAddUpToTheWholeIntervalsOfEachSpan() {
    let columns = 3
    let intervals = 12
    let length: Int64 = 900
    var generator = SplitMix64(seed: 21)
    var whole = [Int32](repeating: 0, count: columns * intervals)
    // Parts of intervals already added, which stay.
    var times = (0..<columns * intervals).map { Int64($0 * 7) }
    var expected = times
    for _ in 0..<200 {
      let column = Int(generator.next() % UInt64(columns))
      let first = Int(generator.next() % UInt64(intervals))
      let last = first + Int(generator.next() % UInt64(intervals - first))
      whole[first * columns + column] += 1
      whole[last * columns + column] -= 1
      for interval in first..<last { expected[interval * columns + column] += length }
    }
    Recorder.addWholeIntervals(whole, to: &times, columns: columns, length: length)
    #expect(times == expected)
  }

  @Test func noSpansChangeNothing() {
    var times: [Int64] = [5, 6, 7]
    Recorder.addWholeIntervals([], to: &times, columns: 3, length: 900)
    #expect(times == [5, 6, 7])
  }
}
