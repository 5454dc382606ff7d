import ContactCentre

extension CentreConfiguration {
  /// How the CSV files name an agent slot: the staff number, else the name, else
  /// `team/shift/place` counted from 1.
  func agentLabel(_ slot: RosterSlot) -> String {
    slot.profile.staffNumber ?? slot.profile.name
      ?? "\(teams[slot.team].id)/\(slot.shift + 1)/\(slot.place + 1)"
  }
}
