import ContactCentre
import SimKernel

extension ScenarioDecoder {
  /// A team's `handleTimes`: `[{"callType": ID, "talk": DIST, "acw": DIST}, …]`, one entry
  /// per call type.
  func teamHandleTimes(_ context: ScenarioContext) -> Parse.Parser<[TeamHandleTime]> {
    { node, path, diagnostics in
      typealias Keys = TeamHandleTimeKeys
      let entry: Parse.Parser<TeamHandleTime> = { node, path, diagnostics in
        guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
        else { return nil }
        let callType = reader.read(
          Keys.callType, with: Self.reference(to: context.callTypeIds, kind: "call type"))
        let talk = reader.read(Keys.talk)
        let acw = reader.read(Keys.acw)
        let problems = [Keys.talk.key, Keys.acw.key].filter(reader.has).count
        guard let callType, problems == [talk, acw].compactMap(\.self).count else { return nil }
        return TeamHandleTime(callType: callType, talk: talk, acw: acw)
      }
      guard let entries = Parse.array(entry)(node, path, diagnostics) else { return nil }
      for index in entries.indices.dropFirst()
      where entries[..<index].contains(where: { $0.callType == entries[index].callType }) {
        diagnostics.invalid(
          Self.elements(node)[index], at: path.index(index),
          "call type \"\(context.callTypeIds[entries[index].callType])\" has two entries")
        return nil
      }
      return entries
    }
  }

  /// A call type's `proficiencyFactors`: `[{"level": 3, "talk": 0.8, "acw": 0.9}, …]`, one
  /// entry per level.
  static func proficiencyFactors(
    _ node: JSONNode, _ path: JSONPath, _ diagnostics: Diagnostics
  ) -> [ProficiencyFactor]? {
    typealias Keys = ProficiencyFactorKeys
    let entry: Parse.Parser<ProficiencyFactor> = { node, path, diagnostics in
      guard let reader = ObjectReader(node, at: path, diagnostics, format: Keys.format)
      else { return nil }
      let level = reader.read(Keys.level)
      let talk = reader.read(Keys.talk)
      let acw = reader.read(Keys.acw)
      guard let level, let talk, let acw else { return nil }
      return ProficiencyFactor(level: level, talk: talk, acw: acw)
    }
    guard let entries = Parse.array(entry)(node, path, diagnostics) else { return nil }
    for index in entries.indices.dropFirst()
    where entries[..<index].contains(where: { $0.level == entries[index].level }) {
      diagnostics.invalid(
        elements(node)[index], at: path.index(index),
        "level \(entries[index].level) has two entries")
      return nil
    }
    return entries
  }
}
