import ContactCentre
import SimKernel

/// The keys of `aac`, the Area Advice Centre (docs/scenario-format.md, section 15).
enum AACKeys {
  static let areas = Field<[AreaAdviceCentre.Area]>(
    "areas", .array(of: .object(AreaKeys.format), nonEmpty: true).called("non-empty list of areas"),
    .required, "the areas, each with its own line of kind `aac`")
  static let evaluation = Field<IncidentEvaluation>(
    "evaluation", .object(EvaluationKeys.format), .required,
    "what AAC does with an incident on the call")

  static let format = ObjectFormat(
    "aac",
    summary:
      "The Area Advice Centre (AAC): caseworkers ring their area's line to raise an incident;"
      + " AAC logs it, gives its number and evaluates it.",
    fields: [areas, evaluation])
}

/// The keys of an area of `aac.areas`.
enum AreaKeys {
  static let prefix = Field(
    "prefix", .incidentPrefix, .required,
    "the start of the area's incident numbers: three capital letters (`\"PLY\"` for PLY12345),"
      + " unique among areas (`duplicate prefix \"PLY\" (also areas[0])`)")
  static let name = Field(
    "name", .name, .optional("the prefix"), "the area's name in reports, e.g. `\"Plymouth\"`")
  static let line = Field<Int>(
    "line", .reference(to: "line"), .required,
    "the area's line, which must be of kind `aac` (`line \"main\" is a client line: an area's"
      + " line has \"kind\": \"aac\"`); two areas cannot share a line, and each `aac` line is"
      + " the line of an area")
  static let teams = Field<[Int]>(
    "teams", .array(of: .reference(to: "team")).called("list of team ids"), .optional("`[]`"),
    "the teams whose caseworkers ring this line. A team is in one area at most (`this team is"
      + " already in area \"PLY\"`). Caseworkers of a team in no area raise no incidents")

  static let format = ObjectFormat(
    "aacArea",
    summary:
      "One AAC area: the prefix of its incident numbers, its line and the teams whose"
      + " caseworkers ring it.",
    fields: [prefix, name, line, teams])
}

/// The keys of `aac.evaluation`: one block per way an incident can go.
enum EvaluationKeys {
  static let reject = Field<(share: Double, reasons: [NamedShare])>(
    "reject", .object(RejectKeys.format), .optional("share 0"),
    "rejected within the initial call (Closed Rejected, with a rejection email)")
  static let resolve = Field<(share: Double, success: Double)>(
    "resolve", .object(ResolveKeys.format), .optional("share 0"),
    "resolved within the initial call (Closed Resolved); a resolution that does not work is"
      + " assigned to an Expert Domain")
  static let callBack = Field<ScenarioDecoder.CallBackBlock>(
    "callBack", .object(CallBackKeys.format), .optional("share 0"),
    "AAC needs to investigate and rings the caseworker back with a resolution; one that does"
      + " not work is assigned to an Expert Domain")
  static let assign = Field<ScenarioDecoder.Assignment>(
    "assign", .object(AssignKeys.format), .optional("share 0"),
    "assigned to an Expert Domain, whose resolution arrives by email; required, with its"
      + " `domains`, whenever an incident can be assigned: `assign.share` > 0, or `resolve.share`"
      + " > 0 with `resolve.success` below 1, or `callBack.share` > 0 with `callBack.success`"
      + " below 1")

  /// An incident can be assigned when `assign.share` > 0, or when a resolution in the call or
  /// on the call-back may not work; `assign` then needs its domains and a chance above 0.01
  /// that an emailed resolution works.
  static let assignable = JSONNode.schema(
    #"{"required": ["assign"], "properties": {"assign": {"required": ["domains"], "#
      + #""properties": {"emailSuccess": {"minimum": 0.01}}}}}"#)

  static let format = ObjectFormat(
    "incidentEvaluation",
    summary:
      "What AAC does with an incident on the call. The shares of reject, resolve, callBack and"
      + " assign sum to 1 (a block left out has share 0).",
    fields: [reject, resolve, callBack, assign],
    constraints: [
      (
        "allOf",
        .array(
          [
            #"{"required": ["assign"], "properties": {"assign": {"required": ["share"], "#
              + #""properties": {"share": {"exclusiveMinimum": 0}}}}}"#,
            #"{"required": ["resolve"], "properties": {"resolve": {"required": ["share", "success"], "#
              + #""properties": {"share": {"exclusiveMinimum": 0}, "#
              + #""success": {"exclusiveMaximum": 1}}}}}"#,
            #"{"required": ["callBack"], "properties": {"callBack": {"required": ["share", "#
              + #""success"], "properties": {"share": {"exclusiveMinimum": 0}, "#
              + #""success": {"exclusiveMaximum": 1}}}}}"#,
          ].map { condition in
            .object([("if", .schema(condition)), ("then", assignable)])
          })
      )
    ])
}

/// The keys of `aac.evaluation.reject`.
enum RejectKeys {
  static let share = Field(
    "share", .probability, .required, "the share of incidents rejected within the initial call")
  static let reasons = Field(
    "reasons", .reasonShares, .optional("none"),
    "why, e.g. `\"Local IT matter\"`: any non-empty names, the shares summing to 1; required"
      + " when `share` > 0")

  static let format = ObjectFormat(
    "incidentReject",
    summary: "Rejected within the initial call (Closed Rejected, with a rejection email).",
    fields: [share, reasons],
    constraints: [
      (
        "if", .schema(#"{"required": ["share"], "properties": {"share": {"exclusiveMinimum": 0}}}"#)
      ),
      ("then", .schema(#"{"required": ["reasons"]}"#)),
    ])
}

/// The keys of `aac.evaluation.resolve`.
enum ResolveKeys {
  static let share = Field(
    "share", .probability, .required, "the share of incidents resolved within the initial call")
  static let success = Field(
    "success", .probability, .defaulted("1"), "the share of those resolutions that work")

  static let format = ObjectFormat(
    "incidentResolve",
    summary:
      "Resolved within the initial call (Closed Resolved); a resolution that does not work is"
      + " assigned to an Expert Domain.",
    fields: [share, success])
}

/// The keys of `aac.evaluation.callBack`.
enum CallBackKeys {
  static let share = Field(
    "share", .probability, .required,
    "the share of incidents AAC needs to investigate and rings the caseworker back about")
  static let after = Field(
    "after", .distribution, .defaulted(#""1h""#),
    "from the end of the first call to the call-back")
  static let talk = Field(
    "talk", .distribution, .defaulted(#""10m""#), "how long the call-back takes")
  static let success = Field(
    "success", .probability, .defaulted("1"), "the share of call-back resolutions that work")

  static let format = ObjectFormat(
    "incidentCallBack",
    summary:
      "AAC investigates and rings the caseworker back with a resolution; one that does not work"
      + " is assigned to an Expert Domain.",
    fields: [share, after, talk, success])
}

/// The keys of `aac.evaluation.assign`.
enum AssignKeys {
  static let share = Field(
    "share", .probability, .required, "the share of incidents assigned to an Expert Domain at once")
  static let domains = Field<[IncidentEvaluation.DomainShare]>(
    "domains",
    .array(of: .object(DomainShareKeys.format), nonEmpty: true).called(
      "non-empty list of domain shares"),
    .optional("none"),
    "the Expert Domains and their shares of assignments, summing to 1, each domain listed once;"
      + " required whenever an incident can be assigned")
  static let emailSuccess = Field(
    "emailSuccess", .probability, .defaulted("1"),
    "the share of emailed resolutions that work; one that does not escalates again (a new"
      + " assignment). At least 0.01 whenever an incident can be assigned, or an incident could"
      + " be escalated (almost) for ever")
  static let response = Field(
    "response", .distribution, .defaulted(#""10m""#),
    "the caseworker's NotReady time answering a resolution email")
  static let respondWithin = Field(
    "respondWithin", .positiveDuration, .defaulted(#""24h""#),
    "how soon the caseworker must answer a resolution email")

  static let format = ObjectFormat(
    "incidentAssign",
    summary: "Assigned to an Expert Domain, whose resolution arrives by email.",
    fields: [share, domains, emailSuccess, response, respondWithin])
}

/// The keys of an entry of `aac.evaluation.assign.domains`.
enum DomainShareKeys {
  static let domain = Field(
    "domain", .expertDomain, .required,
    "the Expert Domain, one of the vocabulary's ([section 19](#19-vocabulary-the-centres-own-names)):"
      + " by default "
      + Vocabulary.childMaintenance.expertDomains.map { "`\"\($0)\"`" }.joined(separator: ", ")
      + ", spelt exactly (`\"Polcy\" is not an Expert Domain (did you mean \"Policy\"?)`)")
  static let share = Field(
    "share", .probability, .required,
    "its share of assignments; the shares of the domains sum to 1")
  static let delay = Field(
    "delay", .distribution, .required, "from the assignment to the resolution email")

  static let format = ObjectFormat(
    "domainShare",
    summary:
      "An Expert Domain's share of assignments and how long its resolution takes to arrive by"
      + " email.",
    fields: [domain, share, delay])
}

extension ValueKind where Value == String {
  /// Three capital letters, the start of an AAC area's incident numbers (PLY12345).
  static var incidentPrefix: ValueKind {
    ValueKind(
      schema: .schema(#"{"type": "string", "pattern": "^[A-Z]{3}$"}"#), typeName: "string",
      parse: { node, path, diagnostics in
        guard let text = Parse.string(node, path, diagnostics) else { return nil }
        guard text.count == 3, text.allSatisfy({ ("A"..."Z").contains($0) }) else {
          diagnostics.invalid(
            node, at: path,
            "\"\(text)\" is not an incident-number prefix (three capital letters, e.g. \"PLY\")")
          return nil
        }
        return text
      })
  }
}

extension ValueKind where Value == ExpertDomain {
  /// One of the vocabulary's Expert Domains, spelt exactly (the procedures' seven by default).
  static var expertDomain: ValueKind {
    .vocabularyName(
      "expertDomain",
      description:
        "One of the vocabulary's Expert Domains AAC assigns incidents to, spelled exactly: by"
        + " default the procedures' seven.",
      examples: Vocabulary.childMaintenance.expertDomains, typeName: "Expert Domain",
      parse: { node, path, diagnostics in
        guard let name = Parse.string(node, path, diagnostics) else { return nil }
        let vocabulary = diagnostics.vocabulary
        guard let domain = vocabulary.domain(named: name) else {
          diagnostics.invalid(
            node, at: path,
            "\"\(VisibleText.prefix(name))\" is not an Expert Domain"
              + ObjectReader.hint(for: name, among: vocabulary.expertDomains))
          return nil
        }
        return domain
      })
  }
}

extension ValueKind where Value == [NamedShare] {
  /// Reasons and their shares (`{NAME: share, …}`): names non-empty with no outer spaces, the
  /// shares summing to 1.
  static var reasonShares: ValueKind {
    .defined(
      "reasonShares",
      .schema(
        ##"{"description": "Reason names (non-empty, no outer spaces) and the share of each; "##
          + ##"the shares sum to 1.", "type": "object", "minProperties": 1, "##
          + ##""propertyNames": {"$ref": "#/$defs/name"}, "##
          + ##""additionalProperties": {"$ref": "#/$defs/probability"}}"##),
      typeName: "object: reason → share",
      nested: ValueKind<String>.name.definitions + ValueKind<Double>.probability.definitions,
      parse: { node, path, diagnostics in
        guard let shares = Parse.shares(node, path, diagnostics) else { return nil }
        for (name, _, location) in shares
        where name.isEmpty || String(name.trimmingSpaces) != name {
          diagnostics.report(
            .invalidValue, at: path.key(name), location,
            "\"\(name)\" is not a usable reason (non-empty, no outer spaces)")
          return nil
        }
        return shares.map { NamedShare(name: $0.key, share: $0.share) }
      })
  }
}
