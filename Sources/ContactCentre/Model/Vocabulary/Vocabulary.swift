/// The centre's own words for what the model knows how to do: its call outcomes, NotReady
/// reason codes, IVR branches and Expert Domains, each name mapped to a behaviour of the model.
///
/// Every Genesys or Cisco site defines its own outcome list and aux codes; the model knows a
/// few behaviours (an outcome that transfers, a reason that is clerical work, a branch that
/// finds the casegroup's owner …). The engine holds small indices into these lists
/// (`Outcome`, `NotReadyReason`, `IVRBranch.Kind`, `ExpertDomain`) and asks their behaviour,
/// never their name; reports print the names. The Child Maintenance Group's vocabulary
/// (`childMaintenance`) is the default.
public struct Vocabulary: Sendable, Equatable {
  /// A name of the centre's and what the model does with it.
  public struct Term<Behaviour: Sendable & Equatable>: Sendable, Equatable {
    /// The name as the centre spells it, in reports too.
    public var name: String
    /// What the model does with it.
    public var behaviour: Behaviour

    /// Creates a term.
    public init(_ name: String, _ behaviour: Behaviour) {
      self.name = name
      self.behaviour = behaviour
    }
  }

  /// An IVR branch: its name, what its callers do, and the kinds of line whose IVR offers it.
  public struct Branch: Sendable, Equatable {
    /// The name as the scenario's IVRs and the reports spell it.
    public var name: String
    /// What callers on it do.
    public var behaviour: IVRBranchBehaviour
    /// The kinds of line whose IVR may have the branch.
    public var lineKinds: [Line.Kind]

    /// Creates a branch, offered by default on every kind of line that has an IVR.
    public init(
      _ name: String, _ behaviour: IVRBranchBehaviour, lineKinds: [Line.Kind] = Line.Kind.withIVR
    ) {
      self.name = name
      self.behaviour = behaviour
      self.lineKinds = lineKinds
    }
  }

  /// How many terms of a list may have a behaviour.
  public enum Need: Sendable {
    case exactlyOne
    case atMostOne
    case atLeastOne
    case any
  }

  /// The most names a list may have (an index is a byte in the engine's tables).
  public static let maximumTerms = 100

  /// The call outcomes, in the order reports list them.
  public let outcomes: [Term<OutcomeBehaviour>]
  /// The NotReady (auxiliary) reason codes, in the order reports list them.
  public let notReadyReasons: [Term<NotReadyBehaviour>]
  /// The IVR branches.
  public let ivrBranches: [Branch]
  /// The Expert Domains AAC assigns incidents to, in the order reports list them.
  public let expertDomains: [String]
  /// Where the centre is: its organisation's name and its bogus caller form.
  public let region: Region

  /// The outcome of a call that needs no other (`OutcomeBehaviour.resolved`).
  public let resolved: Outcome
  /// The outcome of a call that fails the security check, if the centre has one.
  public let failedSecurity: Outcome?
  /// The reason of the clerical work the model assigns (`NotReadyBehaviour.clerical`).
  public let clerical: NotReadyReason
  /// The reason of team leaders who take no calls (`NotReadyBehaviour.teamLeader`).
  public let teamLeader: NotReadyReason
  /// The first rest (`NotReadyBehaviour.break`).
  public let firstBreak: NotReadyReason
  /// Each outcome's behaviour, by `Outcome.index`: what the engine asks.
  public let outcomeBehaviours: [OutcomeBehaviour]

  /// Creates a vocabulary that keeps the rules (`problems` finds none).
  public init(
    outcomes: [Term<OutcomeBehaviour>], notReadyReasons: [Term<NotReadyBehaviour>],
    ivrBranches: [Branch], expertDomains: [String], region: Region = .greatBritain
  ) {
    let problems = Self.problems(
      outcomes: outcomes, notReadyReasons: notReadyReasons, ivrBranches: ivrBranches,
      expertDomains: expertDomains)
    precondition(problems.isEmpty, "a vocabulary that breaks its rules: \(problems)")
    self.init(
      lenient: outcomes, notReadyReasons: notReadyReasons, ivrBranches: ivrBranches,
      expertDomains: expertDomains, region: region)
  }

  /// A vocabulary to look names up in, whatever rules it breaks: a scenario's while its errors
  /// are reported, so that one mistake in it is not reported again wherever a name is used. A
  /// centre never runs with one (a behaviour the model needs and the lists lack stands for the
  /// first name).
  public init(
    lenient outcomes: [Term<OutcomeBehaviour>], notReadyReasons: [Term<NotReadyBehaviour>],
    ivrBranches: [Branch], expertDomains: [String], region: Region = .greatBritain
  ) {
    self.region = region
    self.outcomes = Array(outcomes.prefix(Self.maximumTerms))
    self.notReadyReasons = Array(notReadyReasons.prefix(Self.maximumTerms))
    self.ivrBranches = Array(ivrBranches.prefix(Self.maximumTerms))
    self.expertDomains = Array(expertDomains.prefix(Self.maximumTerms))
    outcomeBehaviours = self.outcomes.map(\.behaviour)
    let reasons = self.notReadyReasons
    resolved = Outcome(self.outcomes.firstIndex { $0.behaviour == .resolved } ?? 0)
    failedSecurity = self.outcomes.firstIndex { $0.behaviour == .failsSecurity }.map(Outcome.init)
    clerical = NotReadyReason(reasons.firstIndex { $0.behaviour == .clerical } ?? 0)
    teamLeader = NotReadyReason(reasons.firstIndex { $0.behaviour == .teamLeader } ?? 0)
    firstBreak = NotReadyReason(reasons.firstIndex { $0.behaviour == .break } ?? 0)
  }

  /// Every outcome, in the vocabulary's order.
  public var allOutcomes: [Outcome] { outcomes.indices.map(Outcome.init) }
  /// Every NotReady reason code, in the vocabulary's order.
  public var allReasons: [NotReadyReason] { notReadyReasons.indices.map(NotReadyReason.init) }
  /// Every Expert Domain, in the vocabulary's order.
  public var allDomains: [ExpertDomain] { expertDomains.indices.map(ExpertDomain.init) }

  /// What the model does with a call that closes with `outcome`.
  @inline(__always)
  public func behaviour(of outcome: Outcome) -> OutcomeBehaviour {
    outcomeBehaviours[outcome.index]
  }

  /// What the model does with `reason`.
  public func behaviour(of reason: NotReadyReason) -> NotReadyBehaviour {
    notReadyReasons[reason.index].behaviour
  }

  /// What callers on branches of `kind` do.
  public func behaviour(of kind: IVRBranch.Kind) -> IVRBranchBehaviour {
    ivrBranches[kind.index].behaviour
  }

  /// The names, as reports print them.
  public func name(of outcome: Outcome) -> String { outcomes[outcome.index].name }
  public func name(of reason: NotReadyReason) -> String { notReadyReasons[reason.index].name }
  public func name(of kind: IVRBranch.Kind) -> String { ivrBranches[kind.index].name }
  public func name(of domain: ExpertDomain) -> String { expertDomains[domain.index] }

  /// The term spelt exactly `name`, if the vocabulary has one.
  public func outcome(named name: String) -> Outcome? {
    outcomes.firstIndex { $0.name == name }.map(Outcome.init)
  }
  public func reason(named name: String) -> NotReadyReason? {
    notReadyReasons.firstIndex { $0.name == name }.map(NotReadyReason.init)
  }
  public func branch(named name: String) -> IVRBranch.Kind? {
    ivrBranches.firstIndex { $0.name == name }.map(IVRBranch.Kind.init)
  }
  public func domain(named name: String) -> ExpertDomain? {
    expertDomains.firstIndex(of: name).map(ExpertDomain.init)
  }

  /// The outcomes with `behaviour`, in the vocabulary's order.
  public func outcomes(_ behaviour: OutcomeBehaviour) -> [Outcome] {
    outcomes.indices.filter { outcomes[$0].behaviour == behaviour }.map(Outcome.init)
  }

  /// The branches a line of `kind` may offer.
  public func branches(on kind: Line.Kind) -> [IVRBranch.Kind] {
    ivrBranches.indices.filter { ivrBranches[$0].lineKinds.contains(kind) }.map(
      IVRBranch.Kind.init)
  }
}
