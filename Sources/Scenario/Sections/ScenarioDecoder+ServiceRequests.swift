import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// `serviceRequests`: the SR types, their names unique; a case owning type's teams own
  /// casegroups (`teams`, nil when they did not decode).
  func serviceRequestsSection(_ context: ScenarioContext, teams: [Team]?)
    -> Parse.Parser<ServiceRequests>
  {
    { node, path, diagnostics in
      typealias Keys = ServiceRequestsKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let types = reader.read(
        Keys.types, with: Parse.array(nonEmpty: true, serviceRequestType(context, teams: teams)))
      let typeNodes = Self.elements(reader.member(Keys.types.key))
      var seen: Set<String> = []
      for (index, type) in (types ?? []).enumerated() where !seen.insert(type.name).inserted {
        let typePath = path.key(Keys.types.key).index(index).key("name")
        let name = Self.member("name", of: typeNodes[index]) ?? typeNodes[index]
        diagnostics.invalid(name, at: typePath, "duplicate SR type name \"\(type.name)\"")
      }
      return types.map { ServiceRequests(types: $0) }
    }
  }

  /// An SR type: exactly one of `perDay` and `perInterval`; case owning with `owningTeams`,
  /// functionally unique with `areas` whose shares sum to 1.
  func serviceRequestType(_ context: ScenarioContext, teams: [Team]?)
    -> Parse.Parser<ServiceRequestType>
  {
    { node, path, diagnostics in
      typealias Keys = ServiceRequestTypeKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let name = reader.read(Keys.name)
      let kind = reader.read(Keys.kind)
      let arrivals = serviceRequestArrivals(reader, context)
      let teamReference = Self.reference(to: context.teamIds, kind: "team")
      var routing: ServiceRequestType.Routing?
      switch kind {
      case .caseOwning:
        rejectKey(Keys.areas.key, in: reader, "areas go with kind \"functionallyUnique\" only")
        let owning = reader.required(
          Keys.owningTeams.key, Parse.array(nonEmpty: true, teamReference),
          because: "a case owning SR is raised on a casegroup of one of these teams")
        if let owning, checkOwningTeams(owning, teams: teams, reader) {
          routing = .caseOwning(teams: owning)
        }
      case .functionallyUnique:
        rejectKey(
          Keys.owningTeams.key, in: reader, "owningTeams go with kind \"caseOwning\" only")
        let areas = reader.required(
          Keys.areas.key,
          Parse.array(nonEmpty: true, serviceRequestArea(context)),
          because: "a functionally unique SR routes by the area of the person raised against")
        if let areas, let areasNode = reader.member(Keys.areas.key),
          Parse.checkSum(areas.map(\.share), areasNode, path.key(Keys.areas.key), diagnostics)
        {
          routing = .functionallyUnique(areas: areas)
        }
      case nil:
        break
      }
      let activities = reader.read(
        Keys.activities, with: Parse.array(nonEmpty: true, Self.serviceRequestActivity))
      guard let name, let arrivals, let routing, let activities else { return nil }
      return ServiceRequestType(
        name: name, arrivals: arrivals, routing: routing, activities: activities)
    }
  }

  /// Exactly one of `perDay` and `perInterval`.
  private func serviceRequestArrivals(_ reader: ObjectReader, _ context: ScenarioContext)
    -> ArrivalProfile?
  {
    typealias Keys = ServiceRequestTypeKeys
    let sources = [Keys.perDay.key, Keys.perInterval.key].filter(reader.has)
    guard sources.count == 1 else {
      diagnostics.invalid(
        reader.node, at: reader.path,
        sources.isEmpty
          ? "needs one of perDay or perInterval" : "has perDay and perInterval; give exactly one")
      return nil
    }
    if reader.has(Keys.perDay.key) {
      return reader.read(Keys.perDay).map { ArrivalProfile.perHour($0 / 24) }
    }
    return reader.read(Keys.perInterval).map {
      ArrivalProfile.perInterval($0, interval: context.interval)
    }
  }

  private func rejectKey(_ key: String, in reader: ObjectReader, _ message: String) {
    if let member = reader.member(key) {
      diagnostics.invalid(member, at: reader.path.key(key), message)
    }
  }

  /// A case owning type's teams: each once, each owning casegroups.
  private func checkOwningTeams(_ owning: [Int], teams: [Team]?, _ reader: ObjectReader) -> Bool {
    let nodes = Self.elements(reader.member(ServiceRequestTypeKeys.owningTeams.key))
    let path = reader.path.key(ServiceRequestTypeKeys.owningTeams.key)
    var seen: Set<Int> = []
    var valid = true
    for (index, team) in owning.enumerated() {
      if !seen.insert(team).inserted {
        diagnostics.invalid(nodes[index], at: path.index(index), "this team is listed twice")
        valid = false
      } else if let teams, teams[team].casegroups == 0 {
        diagnostics.invalid(
          nodes[index], at: path.index(index),
          "team \"\(teams[team].id)\" owns no casegroups (its casegroups is 0)")
        valid = false
      }
    }
    return valid
  }

  private func serviceRequestArea(_ context: ScenarioContext)
    -> Parse.Parser<ServiceRequestType.AreaRoute>
  {
    { node, path, diagnostics in
      typealias Keys = ServiceRequestAreaKeys
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let area = reader.read(Keys.area)
      let share = reader.read(Keys.share)
      let team = reader.read(Keys.team, with: Self.reference(to: context.teamIds, kind: "team"))
      guard let area, let share, let team else { return nil }
      return ServiceRequestType.AreaRoute(area: area, share: share, team: team)
    }
  }

  private static func serviceRequestActivity(
    _ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics
  ) -> ServiceRequestType.Activity? {
    typealias Keys = ServiceRequestActivityKeys
    guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
    else { return nil }
    let name = reader.read(Keys.name)
    let work = reader.read(Keys.work)
    guard let name, let work else { return nil }
    return ServiceRequestType.Activity(name: name, work: work)
  }
}
