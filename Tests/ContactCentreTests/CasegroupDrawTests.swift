import SimKernel
import Testing

@testable import ContactCentre

/// A caller's casegroup, drawn as a number among the casegroups of the IVR branch's teams,
/// finds its team by a binary search over the teams' running totals
/// (`CentreLayout.casegroup(_:ofBranch:)`): the same team and casegroup as counting the teams'
/// casegroups one team after another.
struct CasegroupDrawTests {
  /// Teams in two segments with casegroups of every size, none among them, and a team with
  /// casegroups but no caseworker (who owns none); branches for all segments, each segment
  /// and both.
  static func centre() -> CentreConfiguration {
    let sizes = [(3, 0), (0, 1), (5, 0), (1, 1), (0, 0), (7, 1), (2, 0), (4, 1)]
    var teams = sizes.enumerated().map { team, size in
      TelephonyRuleTests.team(
        "team-\(team)", agents: 2, segment: size.1, casegroups: size.0)
    }
    teams.append(TelephonyRuleTests.team("nobody", agents: 0, segment: 0, casegroups: 6))
    let branches = [[], [0], [1], [1, 0]].map {
      IVRBranch(kind: .validScin, share: 0.25, plan: 0, segments: $0)
    }
    return TelephonyRuleTests.centre(
      lines: [TelephonyRuleTests.ivrLine(branches)], teams: teams,
      plans: [RoutingPlan(id: "owner", steps: [RoutingStep(after: .zero, target: .owner)])],
      segments: ["maintenance", "special-client-records"])
  }

  /// The `index`th casegroup of `branch`'s teams, counted team by team.
  static func counted(_ index: Int, ofBranch branch: Int, in layout: CentreLayout)
    -> (team: Int, casegroup: Int)?
  {
    var left = index
    for position in layout.branchCasegroupTeams[branch] {
      let team = Int(layout.teamPool[position])
      let owned = layout.casegroupStart[team + 1] - layout.casegroupStart[team]
      if left < owned { return (team, layout.casegroupStart[team] + left) }
      left -= owned
    }
    return nil
  }

  @Test func everyCasegroupOfEveryBranchFindsTheTeamCountingFinds() throws {
    let layout = CentreLayout(Self.centre())
    #expect(layout.branchCasegroupTeams.count == 4)
    // All teams: 3 + 5 + 1 + 7 + 2 + 4 (the team without caseworkers owns none).
    #expect(layout.branchCasegroups == [22, 10, 12, 22])
    for branch in layout.branchCasegroupTeams.indices {
      for index in 0..<layout.branchCasegroups[branch] {
        let expected = try #require(Self.counted(index, ofBranch: branch, in: layout))
        let found = layout.casegroup(index, ofBranch: branch)
        #expect(found.team == expected.team && found.casegroup == expected.casegroup)
      }
    }
  }
}
