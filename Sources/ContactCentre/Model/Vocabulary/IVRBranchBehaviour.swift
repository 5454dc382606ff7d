/// What callers on an IVR branch do: the behaviours a centre's own branch names map to
/// (`Vocabulary.ivrBranches`).
public enum IVRBranchBehaviour: String, Sendable, CaseIterable, BitwiseCopyable {
  /// Callers hang up in the IVR: they never queue, and are not abandoned calls. The branch has
  /// no plan.
  case hangUp
  /// Callers keyed a reference the IVR recognises (a valid SCIN): they are matched to a
  /// casegroup and its owner, and wait in the branch's plan.
  case findsOwner
  /// Callers wait in the branch's plan, with its identification time; who answers is the
  /// plan's (an employer team, a third-party team, GICH …).
  case queues
}
