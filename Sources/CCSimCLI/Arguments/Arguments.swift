import CCSimKit
import ContactCentre
import Foundation
import Scenario
import SimKernel

/// A command's arguments: positionals, options with values and flags, checked against what
/// the command accepts.
struct Arguments {
  private(set) var positionals: [String] = []
  private var values: [String: String] = [:]
  /// Every value of each option, in order (an option given again adds a value: `--map`).
  private var lists: [String: [String]] = [:]
  private var flags: Set<String> = []

  /// Parses `arguments` (without the command name). Options are `--name value` or
  /// `--name=value`; `--` ends options.
  init(_ arguments: [String], command: String, options: Set<String>, flags allowed: Set<String>)
    throws(CLIError)
  {
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard !onlyPositionals, argument.hasPrefix("-"), argument != "-" else {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      var name = argument
      var inline: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inline = String(argument[argument.index(after: equals)...])
      }
      if allowed.contains(name) {
        guard inline == nil else {
          throw .usage("\(name) takes no value", command: command)
        }
        flags.insert(name)
      } else if options.contains(name) {
        if let inline {
          values[name] = inline
        } else {
          guard index < arguments.count else {
            throw .usage("\(name) needs a value", command: command)
          }
          values[name] = arguments[index]
          index += 1
        }
        lists[name, default: []].append(values[name]!)
      } else {
        var budget = NameHint.comparisonBudget
        let near = NameHint.closest(
          to: name, in: options.union(allowed).filter { $0.hasPrefix("--") }.sorted(),
          budget: &budget)
        throw .usage(
          "unknown option '\(name)'" + (near.isEmpty ? "" : NameHint.didYouMean(near)),
          command: command)
      }
    }
  }

  /// Parses `arguments` against what `declaration` accepts.
  init(_ arguments: [String], _ declaration: CommandDeclaration) throws(CLIError) {
    try self.init(
      arguments, command: declaration.name, options: declaration.options,
      flags: declaration.flags)
  }

  /// Whether `flag` was given.
  func has(_ flag: String) -> Bool { flags.contains(flag) }

  /// Every value given to `option`, in order.
  func all(_ option: String) -> [String] { lists[option] ?? [] }

  /// The value of `option`, if given.
  func value(_ option: String) -> String? { values[option] }

  /// The value of `option` as an integer within `range`.
  func integer(_ option: String, in range: ClosedRange<Int>, command: String) throws(CLIError)
    -> Int?
  {
    guard let text = values[option] else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw .usage(
        "\(option) must be a whole number from \(range.lowerBound) to \(range.upperBound),"
          + " not '\(text)'", command: command)
    }
    return value
  }

  /// The value of `option` as a finite number within `range`.
  func number(_ option: String, in range: ClosedRange<Double>, command: String) throws(CLIError)
    -> Double?
  {
    guard let text = values[option] else { return nil }
    guard let value = Double(text), value.isFinite, range.contains(value) else {
      throw .usage(
        "\(option) must be a number from \(range.lowerBound), not '\(text)'", command: command)
    }
    return value
  }

  /// The value of `option` as a seed: a whole number from 0 to 2^64 − 1.
  /// `--jobs J`: replications side by side, by default one per core.
  func jobs(command: String) throws(CLIError) -> Int {
    try integer("--jobs", in: 1...1024, command: command)
      ?? ProcessInfo.processInfo.activeProcessorCount
  }

  /// The scenario at `path`, with its problems as the CLI reports them (65, 66).
  static func loadScenario(_ path: String) throws(CLIError) -> CentreConfiguration {
    do {
      return try CCSimKit.loadScenario(path: path)
    } catch {
      throw CLIError.from(error)
    }
  }

  func seed(_ option: String = "--seed", command: String) throws(CLIError) -> UInt64? {
    guard let text = values[option] else { return nil }
    guard let value = UInt64(text) else {
      throw .usage(
        "\(option) must be a whole number from 0 to 2^64 − 1, not '\(text)'", command: command)
    }
    return value
  }

  /// The value of `option`, which must be one of `choices`.
  func choice(_ option: String, _ choices: [String], command: String) throws(CLIError) -> String? {
    guard let text = values[option] else { return nil }
    guard choices.contains(text) else {
      throw .usage(
        "\(option) must be one of \(choices.joined(separator: ", ")), not '\(text)'",
        command: command)
    }
    return text
  }

  /// Exactly `count` positionals, named in the message when missing.
  func positionals(_ names: [String], command: String) throws(CLIError) -> [String] {
    guard positionals.count == names.count else {
      let expected = names.joined(separator: " ")
      throw .usage(
        positionals.count < names.count
          ? "missing \(names[positionals.count]) (expected: \(expected))"
          : "unexpected argument '\(positionals[names.count])'", command: command)
    }
    return positionals
  }
}
