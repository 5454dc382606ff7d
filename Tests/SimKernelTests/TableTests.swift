import Testing

@testable import SimKernel

@Suite struct TableTests {
  @Test func emptyTable() {
    var table = Table<Int>()
    #expect(table.count == 0)
    #expect(table.indices == 0..<0)
    #expect(table.array == [])
    let last = table.popLast()
    #expect(last == nil)
  }

  @Test(arguments: [0, 1, 5, 300])
  func repeatingValue(count: Int) {
    let table = Table(repeating: 2.5, count: count)
    #expect(table.count == count)
    #expect(table.array == Array(repeating: 2.5, count: count))
  }

  /// Appends grow the table from a capacity of 1; every element keeps its value and can be
  /// updated in place.
  @Test(arguments: [1, 2, 17, 1_000])
  func appendGrowsAndKeepsElements(count: Int) {
    var table = Table<Int>(capacity: 1)
    for value in 0..<count { table.append(value * value) }
    #expect(table.count == count)
    #expect(table.indices == 0..<count)
    #expect(table.array == (0..<count).map { $0 * $0 })
    for index in table.indices { table[index] += 1 }
    #expect(table[count - 1] == (count - 1) * (count - 1) + 1)
    #expect(table.array == (0..<count).map { $0 * $0 + 1 })
  }

  @Test func popLastRemovesFromTheBack() {
    var table = Table<Int>(capacity: 2)
    for value in [4, 5, 6] { table.append(value) }
    var popped: [Int] = []
    while let value = table.popLast() { popped.append(value) }
    #expect(popped == [6, 5, 4])
    #expect(table.count == 0)
    table.append(7)
    #expect(table.array == [7])
  }
}
