import ContactCentre
import SimKernel
import Testing

@testable import Scenario

/// Decoding `rules`, `agentBehaviour` and `teams` through their declarations.
struct TeamSectionTests {
  /// Keys left out take the declared defaults, and those are the model's.
  @Test func theDeclaredDefaultsAreTheModels() throws {
    let configuration = try OutcomeFixture.decode(OutcomeFixture.scenario())
    #expect(configuration.rules == .seeds)
    #expect(RulesKeys.ronaTimeout.defaultValue == Rules.seeds.ronaTimeout)
    #expect(ScenarioKeys.rules.defaultValue == .seeds)
    let gich = configuration.teams[0]
    #expect(gich.casegroups == 0 && !gich.leadersTakeCalls && gich.behaviour == .ideal)
    let shift = configuration.teams[1].shifts[0]
    #expect(shift.notReady.isEmpty && shift.agents.allSatisfy { !$0.isTeamLeader })
    let outbound = Outbound()
    #expect(OutboundKeys.suppressedShare.defaultValue == outbound.suppressedShare)
    #expect(OutboundKeys.dialTime.defaultValue == outbound.dialTime)
    #expect(OutboundKeys.noContactAcw.defaultValue == outbound.noContactAcw)
    #expect(CallBackRuleKeys.by.defaultValue == .caseworker)
  }

  /// A rule left out of `rules` keeps the procedures' value.
  @Test func aRuleLeftOutKeepsItsDefault() throws {
    let configuration = try OutcomeFixture.decode(
      OutcomeFixture.scenario(top: #""rules": {"ronaTimeout": "20s"}"#))
    #expect(
      configuration.rules
        == Rules(ronaTimeout: .seconds(20), acwLimit: .minutes(10), idleLogout: .minutes(90)))
  }

  /// A team's `behaviour` overrides the scenario's key by key; `"never"` and an `afterMiss`
  /// object are read as the model's.
  @Test func aTeamsBehaviourOverridesKeyByKey() throws {
    let top = """
      "agentBehaviour": {"missProbability": 0.03, "relogDelay": "never",
                         "afterMiss": {"reason": "Break", "duration": "1m"},
                         "shrinkage": [{"reason": "Communications", "share": 0.02,
                                        "meanLength": "10m"}]}
      """
    let text = OutcomeFixture.scenario(top: top).replacingOccurrences(
      of: #""agents": 2, "handles""#,
      with: #""agents": 2, "behaviour": {"missProbability": 0.1, "shrinkage": []}, "handles""#)
    let teams = try OutcomeFixture.decode(text).teams
    let inherited = teams[1].behaviour
    #expect(inherited.missProbability == 0.03 && inherited.relogDelay == nil)
    #expect(inherited.afterMiss == .notReady(.breakTime, .fixed(60)))
    #expect(inherited.shrinkage.map(\.reason) == [.communications])
    let own = teams[0].behaviour
    #expect(own.missProbability == 0.1 && own.shrinkage.isEmpty)
    #expect(own.relogDelay == nil && own.afterMiss == inherited.afterMiss)
  }
}
