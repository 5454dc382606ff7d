import ContactCentre
import SimKernel

/// A vocabulary list as read: its terms, and for each the node its problems are reported at
/// (the term's name) and its place in the file's array.
private struct ListRead<Term> {
  var terms: [Term] = []
  var nodes: [JSONNode] = []
  var places: [Int] = []
  /// The list's own node; nil when the scenario left the list out.
  var node: JSONNode?
}

extension ScenarioDecoder {
  /// `"vocabulary": {"region": R, "outcomes": [...], "notReadyReasons": [...],
  /// "ivrBranches": [...], "expertDomains": [...]}`: the centre's own names, each mapped to a
  /// behaviour of the model; a list left out is the Child Maintenance Group's, of the region.
  /// Returns the vocabulary the rest of the file is read against: the scenario's when it keeps
  /// the rules, else (its errors reported) one that still knows its names, so that a mistake
  /// in it is reported once.
  static func vocabularySection(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Vocabulary?
  {
    guard let reader = ObjectReader(node, at: path, diagnostics, format: VocabularyKeys.format)
    else { return nil }
    let errors = diagnostics.errors.count
    let region = reader.read(VocabularyKeys.region) ?? .greatBritain
    let standard = Vocabulary.childMaintenance(in: region)
    let outcomes = terms(
      reader, .outcomes, OutcomeTermKeys.format, placeholder: OutcomeBehaviour.ends)
    let reasons = terms(
      reader, .notReadyReasons, ReasonTermKeys.format, placeholder: NotReadyBehaviour.other)
    let branches = branchTerms(reader)
    let domains = domainNames(reader)
    let lists = (
      outcomes: outcomes.node == nil ? standard.outcomes : outcomes.terms,
      reasons: reasons.node == nil ? standard.notReadyReasons : reasons.terms,
      branches: branches.node == nil ? standard.ivrBranches : branches.terms,
      domains: domains.node == nil ? standard.expertDomains : domains.terms
    )
    let lenient = Vocabulary(
      lenient: lists.outcomes, notReadyReasons: lists.reasons, ivrBranches: lists.branches,
      expertDomains: lists.domains, region: region)
    // The rules between names are checked once every name and behaviour is read: a misspelt
    // behaviour would otherwise show as a behaviour missing.
    guard diagnostics.errors.count == errors else { return lenient }
    let problems = Vocabulary.problems(
      outcomes: lists.outcomes, notReadyReasons: lists.reasons, ivrBranches: lists.branches,
      expertDomains: lists.domains)
    for problem in problems {
      let (list, nodes, places): (JSONNode?, [JSONNode], [Int]) =
        switch problem.list {
        case .outcomes: (outcomes.node, outcomes.nodes, outcomes.places)
        case .notReadyReasons: (reasons.node, reasons.nodes, reasons.places)
        case .ivrBranches: (branches.node, branches.nodes, branches.places)
        case .expertDomains: (domains.node, domains.nodes, domains.places)
        }
      let listPath = path.key(problem.list.rawValue)
      if let index = problem.index {
        let place = listPath.index(places[index])
        diagnostics.invalid(
          nodes[index], at: problem.list == .expertDomains ? place : place.key("name"),
          problem.message)
      } else {
        diagnostics.invalid(list ?? node, at: listPath, problem.message)
      }
    }
    checkReservedNames(outcomes, domains, at: path, diagnostics)
    guard diagnostics.errors.count == errors else { return lenient }
    return Vocabulary(
      outcomes: lists.outcomes, notReadyReasons: lists.reasons, ivrBranches: lists.branches,
      expertDomains: lists.domains, region: region)
  }

  /// The list `list` of `{"name": NAME, "behaviour": B}` terms; a term whose behaviour is not
  /// one of `Behaviour`'s keeps its name (the error reported), with the behaviour its hint
  /// suggests, else `placeholder`, so that the rest of the file reads as it was meant.
  private static func terms<Behaviour: TermBehaviour & Sendable>(
    _ reader: ObjectReader, _ list: Vocabulary.List, _ format: ObjectFormat,
    placeholder: Behaviour
  ) -> ListRead<Vocabulary.Term<Behaviour>> {
    var read = ListRead<Vocabulary.Term<Behaviour>>()
    read.node = reader.member(list.rawValue)
    for (place, element) in elements(of: list, reader) {
      guard
        let term = ObjectReader(
          element, at: reader.path.key(list.rawValue).index(place), reader.diagnostics,
          format: format)
      else { continue }
      let behaviour = term.required("behaviour", self.behaviour(Behaviour.self, of: list))
      guard let name = term.required("name", Parse.identifier) else { continue }
      read.terms.append(
        Vocabulary.Term(name, behaviour ?? meant(term.member("behaviour")) ?? placeholder))
      read.nodes.append(term.member("name")!)
      read.places.append(place)
    }
    return read
  }

  /// The behaviour a misspelt one is nearest to, if one is near (the message's hint).
  private static func meant<Behaviour: TermBehaviour>(_ node: JSONNode?) -> Behaviour? {
    guard case .string(let name)? = node?.value else { return nil }
    return ObjectReader.closest(to: name, in: Behaviour.allCases.map(\.rawValue))
      .flatMap(Behaviour.init(rawValue:))
  }

  /// `"ivrBranches": [{"name": NAME, "behaviour": B, "lineKinds": [KIND, …]}, …]`.
  private static func branchTerms(_ reader: ObjectReader) -> ListRead<Vocabulary.Branch> {
    var read = ListRead<Vocabulary.Branch>()
    let list = Vocabulary.List.ivrBranches
    read.node = reader.member(list.rawValue)
    for (place, element) in elements(of: list, reader) {
      guard
        let term = ObjectReader(
          element, at: reader.path.key(list.rawValue).index(place), reader.diagnostics,
          format: BranchTermKeys.format)
      else { continue }
      let behaviour = term.required("behaviour", behaviour(IVRBranchBehaviour.self, of: list))
      let lineKinds = term.optional("lineKinds", Parse.array(nonEmpty: true, lineWithIVR))
      guard let name = term.required("name", Parse.identifier) else { continue }
      read.terms.append(
        Vocabulary.Branch(
          name, behaviour ?? meant(term.member("behaviour")) ?? .queues,
          lineKinds: lineKinds ?? Line.Kind.withIVR))
      read.nodes.append(term.member("name")!)
      read.places.append(place)
    }
    return read
  }

  /// `"expertDomains": [NAME, …]`.
  private static func domainNames(_ reader: ObjectReader) -> ListRead<String> {
    var read = ListRead<String>()
    let list = Vocabulary.List.expertDomains
    read.node = reader.member(list.rawValue)
    for (place, element) in elements(of: list, reader) {
      let path = reader.path.key(list.rawValue).index(place)
      guard let name = Parse.identifier(element, path, reader.diagnostics) else { continue }
      read.terms.append(name)
      read.nodes.append(element)
      read.places.append(place)
    }
    return read
  }

  /// The elements of the array `list` of `reader`, with their places; none (an error
  /// reported) when it is not an array.
  private static func elements(of list: Vocabulary.List, _ reader: ObjectReader)
    -> [(Int, JSONNode)]
  {
    guard let node = reader.member(list.rawValue) else { return [] }
    guard case .array(let elements) = node.value else {
      reader.diagnostics.wrongType(node, at: reader.path.key(list.rawValue), expected: "an array")
      return []
    }
    return Array(elements.enumerated())
  }

  /// One of `Behaviour`'s names, as the behaviour of a term of `list`.
  private static func behaviour<Behaviour: TermBehaviour>(
    _: Behaviour.Type, of list: Vocabulary.List
  ) -> Parse.Parser<Behaviour> {
    { node, path, diagnostics in
      guard let name = Parse.string(node, path, diagnostics) else { return nil }
      guard let behaviour = Behaviour(rawValue: name) else {
        diagnostics.invalid(
          node, at: path,
          "unknown behaviour \"\(VisibleText.prefix(name))\" in \(list.rawValue)"
            + ObjectReader.hint(for: name, among: Behaviour.allCases.map(\.rawValue)))
        return nil
      }
      return behaviour
    }
  }

  /// A kind of line whose IVR may offer a branch: `"client"` or `"employer"`.
  private static func lineWithIVR(_ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics)
    -> Line.Kind?
  {
    guard let name = Parse.string(node, path, diagnostics) else { return nil }
    guard let kind = Line.Kind(rawValue: name), Line.Kind.withIVR.contains(kind) else {
      let known = Line.Kind(rawValue: name) != nil
      diagnostics.invalid(
        node, at: path,
        "\"\(VisibleText.prefix(name))\" is not a kind of line with an IVR"
          + (known
            ? " (a \(name) line connects at once)"
            : ObjectReader.hint(for: name, among: Line.Kind.withIVR.map(\.rawValue))))
      return nil
    }
    return kind
  }

  /// Names the format gives a meaning of its own where the vocabulary's names appear: an
  /// outcome cannot be called `abandoned` (the `redials` key of callers who hang up in the
  /// queue), nor an Expert Domain `total` (the sum of summary.json's assignments).
  private static func checkReservedNames(
    _ outcomes: ListRead<Vocabulary.Term<OutcomeBehaviour>>, _ domains: ListRead<String>,
    at path: JSONPath, _ diagnostics: Diagnostics
  ) {
    for (index, term) in outcomes.terms.enumerated() where term.name == "abandoned" {
      diagnostics.invalid(
        outcomes.nodes[index], at: path.key("outcomes").index(outcomes.places[index]).key("name"),
        "\"abandoned\" is the redials key of callers who hang up in the queue: an outcome"
          + " cannot be named so")
    }
    for (index, name) in domains.terms.enumerated() where name == "total" {
      diagnostics.invalid(
        domains.nodes[index], at: path.key("expertDomains").index(domains.places[index]),
        "\"total\" is the sum of the assignments in reports: an Expert Domain cannot be named so")
    }
  }
}
