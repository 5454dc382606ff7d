import ContactCentre
import Foundation
import Planning
import Reporting
import Scenario

extension SweepPart {
  /// Reads the part in `directory`, checking that its files are the set its `.ccsim-outputs`
  /// names (`OutputSetReader`) and agree with each other.
  ///
  /// - Throws: exit 66 when the directory or its manifest is missing, or the set is not
  ///   complete; 65 when a file is not what the set's manifest or a sweep part says.
  static func read(_ directory: String) throws(CLIError) -> SweepPart {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CLIError(.inputMissing, "\(directory): no such directory")
    }
    let manifestPath = directory + "/" + manifestFile
    guard FileManager.default.fileExists(atPath: manifestPath) else {
      throw CLIError(
        .inputMissing,
        "\(directory): no \(manifestFile): not a sweep part, or its shard has not finished")
    }
    let set = try OutputSetReader(directory)
    let data = try set.contents(manifestFile)
    let root: JSONNode
    do {
      root = try JSONParser.parse(Array(data))
    } catch {
      throw CLIError(.invalidScenario, "\(manifestPath):\(error.location): \(error.message)")
    }
    let manifest = ManifestReader(file: manifestPath)
    let format = try manifest.string(root, "format")
    guard format == Self.format else {
      throw manifest.error(
        root, "format", "\"\(format)\" is not \"\(Self.format)\" (another version of ccsim?)")
    }
    let shardText = try manifest.string(root, "shard")
    guard let shard = SweepShard(parsing: shardText) else {
      throw manifest.error(root, "shard", "\"\(shardText)\" is not K/N")
    }
    let outline = try manifest.outline(root)
    let units = try manifest.integer(root, "units")
    guard units == outline.units else {
      throw manifest.error(
        root, "units", "\(units) is not points × replications (\(outline.units))")
    }
    let done = try manifest.integer(root, "unitsDone")
    let replications = try readReplications(
      try set.contents(replicationsFile), path: directory + "/" + replicationsFile,
      outline: outline, shard: shard, done: done)
    return SweepPart(
      version: try manifest.string(root, "ccsim"),
      fingerprint: try manifest.string(root, "sweepHash"), shard: shard, outline: outline,
      replications: replications)
  }

  /// The lines of `data`, read from `path`: exactly the units of `shard`, in order, shaped
  /// like their points.
  private static func readReplications(
    _ data: Data, path: String, outline: SweepOutline, shard: SweepShard, done: Int
  ) throws(CLIError) -> [SweepReplication] {
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIError(.invalidScenario, "\(path): not UTF-8 text")
    }
    let expected = shard.units(of: outline.units)
    guard done == expected.count else {
      throw CLIError(
        .invalidScenario,
        "\(path): the manifest says \(done) units were done; shard \(shard) has \(expected.count)")
    }
    var records: [SweepReplication] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.isEmpty && !line.hasPrefix("#") {
      let place = "\(path):\(index + 1)"
      guard let record = SweepReplication(line: line) else {
        throw CLIError(.invalidScenario, "\(place): not a replication record")
      }
      guard records.count < expected.count else {
        throw CLIError(
          .invalidScenario,
          "\(place): more records than the \(expected.count) units of shard \(shard)")
      }
      let unit = expected[records.count]
      let point = unit / outline.replications
      let replication = unit % outline.replications
      guard record.point == point, record.replication == replication else {
        throw CLIError(
          .invalidScenario,
          "\(place): expected point \(point) replication \(replication) (unit \(unit) of shard"
            + " \(shard)), found point \(record.point) replication \(record.replication)")
      }
      let shape = outline.points[point]
      guard record.queues.count == shape.queues.count,
        record.teamOccupancy.count == shape.teams.count
      else {
        throw CLIError(
          .invalidScenario,
          "\(place): \(record.queues.count) queues and \(record.teamOccupancy.count) teams;"
            + " point \(point) has \(shape.queues.count) and \(shape.teams.count)")
      }
      records.append(record)
    }
    guard records.count == expected.count else {
      throw CLIError(
        .invalidScenario,
        "\(path): \(records.count) of the \(expected.count) units of shard \(shard)")
    }
    return records
  }
}

extension SweepShard {
  /// Reads "K/N" (1 ≤ K ≤ N); nil otherwise.
  init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      let index = Int(parts[0]), let count = Int(parts[1])
    else { return nil }
    self.init(index: index, count: count)
  }
}

/// Typed access to a manifest's JSON, each failure naming the file, line and key.
private struct ManifestReader {
  let file: String

  func error(_ node: JSONNode, _ path: String, _ message: String) -> CLIError {
    CLIError(.invalidScenario, "\(file):\(node.location): \(path): \(message)")
  }

  func member(_ object: JSONNode, _ key: String, at path: String = "") throws(CLIError)
    -> JSONNode
  {
    let here = Self.path(path, key)
    guard case .object(let members) = object.value else {
      throw error(object, path.isEmpty ? "(document)" : path, "expected an object")
    }
    guard let member = members.first(where: { $0.key == key }) else {
      throw error(object, here, "missing")
    }
    return member.value
  }

  func string(_ object: JSONNode, _ key: String, at path: String = "") throws(CLIError)
    -> String
  {
    let node = try member(object, key, at: path)
    guard case .string(let text) = node.value else {
      throw error(node, Self.path(path, key), "expected a string")
    }
    return text
  }

  func integer(_ object: JSONNode, _ key: String, at path: String = "") throws(CLIError) -> Int {
    let node = try member(object, key, at: path)
    guard case .number(let number) = node.value, number.isInteger, let value = Int(number.text),
      value >= 0
    else {
      throw error(node, Self.path(path, key), "expected a whole number")
    }
    return value
  }

  func array(_ object: JSONNode, _ key: String, at path: String = "") throws(CLIError)
    -> [JSONNode]
  {
    let node = try member(object, key, at: path)
    guard case .array(let elements) = node.value else {
      throw error(node, Self.path(path, key), "expected an array")
    }
    return elements
  }

  static func path(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : path + "." + key
  }

  func text(_ node: JSONNode, _ path: String) throws(CLIError) -> String {
    guard case .string(let text) = node.value else { throw error(node, path, "expected a string") }
    return text
  }

  /// The grid: the sweep's header and its points.
  func outline(_ root: JSONNode) throws(CLIError) -> SweepOutline {
    let seedNode = try member(root, "seed")
    let seed: UInt64
    switch seedNode.value {
    case .number(let number) where number.isInteger && UInt64(number.text) != nil:
      seed = UInt64(number.text)!
    case .string(let text) where UInt64(text) != nil:
      seed = UInt64(text)!
    default:
      throw error(seedNode, "seed", "expected a seed")
    }
    let factors = try array(root, "factors").enumerated().map { (index, node) throws(CLIError) in
      try text(node, "factors[\(index)]")
    }
    let replications = try integer(root, "replications")
    guard replications >= 1 else {
      throw error(root, "replications", "must be at least 1")
    }
    var points: [SweepOutline.Point] = []
    for (index, node) in try array(root, "points").enumerated() {
      let path = "points[\(index)]"
      points.append(try point(node, at: path, factors: factors))
    }
    return SweepOutline(
      name: try string(root, "sweep"), scenario: try string(root, "scenario"), seed: seed,
      replications: replications, factors: factors, points: points)
  }

  private func point(_ node: JSONNode, at path: String, factors: [String]) throws(CLIError)
    -> SweepOutline.Point
  {
    let levelsNode = try member(node, "factors", at: path)
    guard case .object(let members) = levelsNode.value, members.map(\.key) == factors else {
      throw error(levelsNode, path + ".factors", "expected the levels of \(factors)")
    }
    var levels: [SweepValue] = []
    for member in members {
      switch member.value.value {
      case .number(let number) where number.isInteger && Int(number.text) != nil:
        levels.append(.integer(Int(number.text)!))
      case .number(let number):
        levels.append(.number(number.double))
      case .string(let text):
        levels.append(.text(text))
      default:
        throw error(member.value, path + ".factors." + member.key, "expected a level")
      }
    }
    var queues: [String] = []
    for (index, queue) in try array(node, "queues", at: path).enumerated() {
      queues.append(try text(queue, path + ".queues[\(index)]"))
    }
    var teams: [(id: String, agents: Int)] = []
    for (index, team) in try array(node, "teams", at: path).enumerated() {
      let here = path + ".teams[\(index)]"
      teams.append(
        (try string(team, "id", at: here), try integer(team, "agents", at: here)))
    }
    return SweepOutline.Point(
      levels: levels, queues: queues, teams: teams,
      conventions: try conventions(node, at: path))
  }

  /// A point's `reporting` conventions (`SweepPart.reporting`); the standard ones when absent.
  private func conventions(_ point: JSONNode, at path: String) throws(CLIError)
    -> ReportingConventions
  {
    guard case .object(let members) = point.value,
      let node = members.first(where: { $0.key == "reporting" })?.value
    else { return .standard }
    let here = Self.path(path, "reporting")
    func choice<T: RawRepresentable<String>>(_ key: String, _ type: T.Type) throws(CLIError) -> T {
      let text = try string(node, key, at: here)
      guard let value = T(rawValue: text) else {
        throw error(node, Self.path(here, key), "\"\(text)\" is not a convention")
      }
      return value
    }
    return ReportingConventions(
      threshold: try choice("serviceLevelThreshold", ReportingConventions.Threshold.self),
      abandonsInServiceLevel: try choice(
        "abandonsInServiceLevel", ReportingConventions.AbandonsInServiceLevel.self),
      shortAbandonsInAbandonRate: try choice(
        "shortAbandonsInAbandonRate", ReportingConventions.ShortAbandonsInAbandonRate.self),
      answeredCounted: try choice(
        "answeredCounted", ReportingConventions.AnsweredCounted.self))
  }
}
