import ContactCentre
import SimKernel

/// The keys of `incidents.local.adviceAndGuidance`: a local step whose answer, given
/// `response`, comes days later (docs/scenario-format.md, section 15).
enum AdviceAndGuidanceStepKeys {
  static let time = Field(
    "time", .distribution, .required,
    "the caseworker's NotReady time on the step: raising the request (an SR), given `response`")
  static let solves = Field(
    "solves", .probability, .required,
    "the probability that A&G's answer solves a problem that reaches it")
  static let response = Field<AdviceAndGuidance>(
    "response", .object(AdviceResponseKeys.format),
    .optional("the answer is had within the step's `time`"),
    "how A&G answers: the caseworker parks the problem and returns to it when the answer comes")

  static let format = ObjectFormat(
    "adviceAndGuidanceStep",
    summary:
      "Advice and Guidance: raising the request, the chance its answer solves the problem, and"
      + " how the answer comes.",
    fields: [time, solves, response])
}

/// The keys of `incidents.local.adviceAndGuidance.response`: seed 000, "Advice and Guidance
/// aim to provide a response to case specific enquiries within five working days … urgent
/// enquiries have a 24 hour turnaround". A working day is a day (24 hours) of simulated time.
enum AdviceResponseKeys {
  static let referred = Field(
    "referred", .probability, .defaulted("1"),
    "the share of problems reaching the step that are referred to A&G; the rest, for which a"
      + " referral is not appropriate, go on to AAC")
  static let caseSpecific = Field(
    "caseSpecific", .distribution, .defaulted(#""5d""#),
    "from the request to the answer of a case-specific enquiry: five working days (a working"
      + " day is a day of simulated time)")
  static let urgentShare = Field(
    "urgentShare", .probability, .defaulted("0"), "the share of requests that are urgent")
  static let urgent = Field(
    "urgent", .distribution, .defaulted(#""24h""#),
    "from the request to the answer of an urgent enquiry: the 24-hour turnaround")
  static let review = Field(
    "review", .distribution, .defaulted(#""10m""#),
    "the caseworker's NotReady time on the answer when they return to the problem")

  static let format = ObjectFormat(
    "adviceResponse",
    summary:
      "How Advice and Guidance answers: after its response time, urgent requests sooner; the"
      + " caseworker then returns to the problem.",
    fields: [referred, caseSpecific, urgentShare, urgent, review])
}
