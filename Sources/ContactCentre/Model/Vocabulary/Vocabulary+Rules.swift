/// A behaviour a vocabulary's names map to: how many names may have it and why the model
/// needs it.
public protocol TermBehaviour: RawRepresentable<String>, CaseIterable, Equatable {
  /// How many of a list's names may have the behaviour.
  var need: Vocabulary.Need { get }
  /// What the model does with it, for messages about a vocabulary.
  var purpose: String { get }
}

extension OutcomeBehaviour: TermBehaviour {}
extension NotReadyBehaviour: TermBehaviour {}

extension IVRBranchBehaviour: TermBehaviour {
  public var need: Vocabulary.Need { .any }

  public var purpose: String {
    switch self {
    case .hangUp: "callers hang up in the IVR"
    case .findsOwner: "callers are matched to a casegroup and its owner"
    case .queues: "callers wait in the branch's plan"
    }
  }
}

extension Vocabulary {
  /// The lists of a vocabulary, named as the scenario format names them.
  public enum List: String, Sendable, CaseIterable {
    case outcomes
    case notReadyReasons
    case ivrBranches
    case expertDomains

    /// What one name of the list is, in messages: "outcome", "NotReady reason code" …
    public var termName: String {
      switch self {
      case .outcomes: "outcome"
      case .notReadyReasons: "NotReady reason code"
      case .ivrBranches: "IVR branch"
      case .expertDomains: "Expert Domain"
      }
    }
  }

  /// A rule of the vocabulary broken: in which list, at which name (nil: the list as a whole).
  public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public var list: List
    public var index: Int?
    public var message: String

    public var description: String {
      "\(list.rawValue)\(index.map { "[\($0)]" } ?? ""): \(message)"
    }
  }

  /// The rules a vocabulary keeps: names unique within each list, at most `maximumTerms` of
  /// them, and the behaviours the model relies on given to as many names as it needs (one
  /// resolved outcome, one clerical and one team-leader reason, a break, at most one failed
  /// security check).
  public static func problems(
    outcomes: [Term<OutcomeBehaviour>], notReadyReasons: [Term<NotReadyBehaviour>],
    ivrBranches: [Branch], expertDomains: [String]
  ) -> [Problem] {
    var problems: [Problem] = []
    let lists: [(List, [String])] = [
      (.outcomes, outcomes.map(\.name)), (.notReadyReasons, notReadyReasons.map(\.name)),
      (.ivrBranches, ivrBranches.map(\.name)), (.expertDomains, expertDomains),
    ]
    for (list, names) in lists {
      problems += uniqueness(of: names, in: list)
    }
    problems += needs(outcomes.map(\.behaviour), in: .outcomes)
    problems += needs(notReadyReasons.map(\.behaviour), in: .notReadyReasons)
    return problems
  }

  /// Each name once, and not too many.
  private static func uniqueness(of names: [String], in list: List) -> [Problem] {
    var problems: [Problem] = []
    if names.count > maximumTerms {
      problems.append(
        Problem(
          list: list, index: nil,
          message: "\(names.count) names, more than the \(maximumTerms) a list may have"))
    }
    var first: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      if let earlier = first[name] {
        problems.append(
          Problem(
            list: list, index: index,
            message: "duplicate name \"\(name)\" (also \(list.rawValue)[\(earlier)])"))
      } else {
        first[name] = index
      }
    }
    return problems
  }

  /// Each behaviour given to as many names as the model needs.
  private static func needs<Behaviour: TermBehaviour>(
    _ behaviours: [Behaviour], in list: List
  ) -> [Problem] {
    var problems: [Problem] = []
    for behaviour in Behaviour.allCases {
      let holders = behaviours.indices.filter { behaviours[$0] == behaviour }
      let quoted = "\"\(behaviour.rawValue)\""
      switch behaviour.need {
      case .exactlyOne where holders.isEmpty, .atLeastOne where holders.isEmpty:
        problems.append(
          Problem(
            list: list, index: nil,
            message: "no \(list.termName) has the behaviour \(quoted):"
              + " \(behaviour.need == .atLeastOne ? "at least one" : "one") must"
              + " (\(behaviour.purpose))"))
      case .exactlyOne where holders.count > 1, .atMostOne where holders.count > 1:
        for index in holders.dropFirst() {
          problems.append(
            Problem(
              list: list, index: index,
              message: "a second \(list.termName) with the behaviour \(quoted) (also"
                + " \(list.rawValue)[\(holders[0])]): only one may have it"
                + " (\(behaviour.purpose))"))
        }
      default: break
      }
    }
    return problems
  }
}
