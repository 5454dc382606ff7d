/// The JSON Schema (draft 2020-12) of the scenario format, as the decoder accepts it: every
/// key, its type, enumerations, required keys and unknown keys rejected. Rules a schema cannot
/// express (shares summing to 1, ids unique, references resolving, warm-up shorter than the
/// run, shifts ending after they start) are stated in descriptions; `ccsim validate` checks
/// them. docs/scenario-format.md describes the same format in prose.
public enum ScenarioSchema {
  /// The schema as JSON text.
  public static let document: String = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "ccsim scenario",
      "description": "One contact centre for ccsim: the lines callers ring, the kinds of call, \#
    the routing and the teams that answer. Cross-field rules (unique ids, references that \#
    resolve, shares summing to 1) are checked by ccsim validate.",
      "type": "object",
      "properties": {
        "name": {
          "$ref": "#/$defs/name",
          "description": "The scenario's title in reports (default: the file name)."
        },
        "description": {
          "description": "Free text for the reader; the simulator ignores it.",
          "type": "string"
        },
        "seed": {
          "description": "The master seed, a whole number from 0 to 2^64 − 1 written without a \#
    decimal point or exponent (default 1).",
          "type": "integer",
          "minimum": 0,
          "maximum": 18446744073709551615
        },
        "start": {
          "$ref": "#/$defs/clockTime",
          "description": "The clock time at the start of the run, t = 0 (default \"00:00\"); \#
    shift times are read against it."
        },
        "duration": {
          "$ref": "#/$defs/positiveDuration",
          "description": "How long the run lasts."
        },
        "warmup": {
          "$ref": "#/$defs/duration",
          "description": "The opening period whose calls are not counted; shorter than duration \#
    (default 0)."
        },
        "interval": {
          "$ref": "#/$defs/positiveDuration",
          "description": "The reporting interval, a whole number of seconds that divides 24 hours \#
    (default \"15m\")."
        },
        "serviceLevel": {
          "description": "The service-level goal.",
          "type": "object",
          "properties": {
            "threshold": {
              "$ref": "#/$defs/duration",
              "description": "Calls answered after waiting this long or less are within the \#
    service level (default \"20s\")."
            },
            "target": {
              "$ref": "#/$defs/probability",
              "description": "The goal shown beside the service level (default 0.8)."
            }
          },
          "additionalProperties": false
        },
        "shortAbandon": {
          "$ref": "#/$defs/duration",
          "description": "Callers who hang up after waiting at most this long are short abandons, \#
    left out of the service level (default 0)."
        },
        "rules": {
          "description": "The telephony timers of the procedures.",
          "type": "object",
          "properties": {
            "ronaTimeout": {
              "$ref": "#/$defs/positiveDuration",
              "minimum": \#(LeastDuration.ronaTimeout.seconds),
              "description": "An offered call not answered within this is redirected to the queue \#
    (default \"15s\"); at least \#(LeastDuration.ronaTimeout.seconds) s."
            },
            "acwLimit": {
              "$ref": "#/$defs/positiveDuration",
              "minimum": \#(LeastDuration.acwLimit.seconds),
              "description": "After Call Work ends at this limit; the rest is NotReady – Customer \#
    Related Clerical Work (default \"10m\"); at least \#(LeastDuration.acwLimit.seconds) s."
            },
            "idleLogout": {
              "$ref": "#/$defs/positiveDuration",
              "minimum": \#(LeastDuration.idleLogout.seconds),
              "description": "An agent Ready this long without a call or NotReady is logged out \#
    (default \"90m\"); at least \#(LeastDuration.idleLogout.seconds) s."
            }
          },
          "additionalProperties": false
        },
        "agentBehaviour": {
          "$ref": "#/$defs/agentBehaviour",
          "description": "How every team's agents behave at the phone unless the team overrides \#
    it (default: answer at once, never miss, log back in at once, no shrinkage)."
        },
        "segments": {
          "description": "The segments teams belong to.",
          "type": "array",
          "items": {
            "description": "A segment.",
            "type": "object",
            "properties": {
              "id": {
                "$ref": "#/$defs/name",
                "description": "The segment's id, unique among segments."
              }
            },
            "required": [
              "id"
            ],
            "additionalProperties": false
          }
        },
        "routing": {
          "description": "Casegroup rules and routing plans.",
          "type": "object",
          "properties": {
            "casegroups": {
              "description": "How valid-SCIN callers are matched to casegroups.",
              "type": "object",
              "properties": {
                "orphaned": {
                  "$ref": "#/$defs/probability",
                  "description": "The share of casegroups with no owner; their callers pass over \#
    \"owner\" steps (default 0)."
                },
                "skew": {
                  "description": "How strongly callers concentrate on fewer casegroups, from 0 \#
    (uniform, the default) to below 1.",
                  "type": "number",
                  "minimum": 0,
                  "exclusiveMaximum": 1
                }
              },
              "additionalProperties": false
            },
            "plans": {
              "description": "The routing plans, with unique ids.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/routingPlan"
              }
            }
          },
          "additionalProperties": false
        },
        "lines": {
          "description": "The numbers callers ring.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/line"
          },
          "minItems": 1
        },
        "callTypes": {
          "description": "The kinds of call.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/callType"
          },
          "minItems": 1
        },
        "teams": {
          "description": "The teams of agents.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/team"
          },
          "minItems": 1
        },
        "emergency": {
          "$ref": "#/$defs/name",
          "description": "Marks the day as an emergency and says why (e.g. \"strike day\"); cold \#
    transfers are allowed only then (absent: a normal day)."
        },
        "redials": {
          "description": "Callers who ring again, on the same line with the same call type and \#
    SCIN, after their call closed with an outcome or after abandoning. Keys: outcome names an \#
    inbound call can have, or \"abandoned\".",
          "type": "object",
          "propertyNames": {
            "anyOf": [
              {
                "$ref": "#/$defs/outcome",
                "not": {
                  "enum": [
                    "No Answer",
                    "Line Engaged",
                    "Voicemail – Message left",
                    "Voicemail – No Message Left"
                  ]
                }
              },
              {
                "const": "abandoned"
              }
            ]
          },
          "additionalProperties": {
            "$ref": "#/$defs/redialRule"
          }
        },
        "outbound": {
          "$ref": "#/$defs/outbound",
          "description": "Calls the caseworkers dial: call-backs, activity plans, suppression, \#
    dial time, retries and agents reserved for outbound (absent: none)."
        },
        "pulse": {
          "$ref": "#/$defs/pulse",
          "description": "CC Pulse: the thresholds at which ccsim pulse colours a cell amber \#
    or red (absent: the standard thresholds)."
        },
        "aac": {
          "$ref": "#/$defs/aac",
          "description": "The Area Advice Centre's desk: its areas (each with a line of kind aac \#
    and the teams whose caseworkers ring it) and how it evaluates an incident (absent: no AAC)."
        },
        "incidents": {
          "$ref": "#/$defs/incidents",
          "description": "Problems caseworkers meet, try to solve locally and raise with AAC; \#
    needs aac, with at least one team in an area (absent: no incidents)."
        },
        "exceptions": {
          "$ref": "#/$defs/exceptions",
          "description": "The nightly batch of CSA scheme case-closure failure reports, their \#
    triage and the caseworkers' back-office work on them (absent: none)."
        }
      },
      "required": [
        "duration",
        "lines",
        "callTypes",
        "teams"
      ],
      "additionalProperties": false,
      "$defs": {
        "name": {
          "description": "A name or id: a non-empty string of at most 200 characters with no \#
    space, tab or line break at either end; case-sensitive.",
          "type": "string",
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^\\S([\\s\\S]*\\S)?$"
        },
        "duration": {
          "description": "A length of time: seconds as a number, or a string of number-unit pairs \#
    with units d, h, m, s in that order, each at most once (\"90s\", \"1h30m\", \"2d\"); at most \#
    1,000,000,000 seconds, rounded to the microsecond.",
          "oneOf": [
            {
              "type": "number",
              "minimum": 0,
              "maximum": 1000000000
            },
            {
              "type": "string",
              "minLength": 1,
              "pattern": "^(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)d)?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)h)?(([\#
    0-9]+(\\.[0-9]*)?|\\.[0-9]+)m)?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)s)?$"
            }
          ]
        },
        "positiveDuration": {
          "description": "A duration longer than zero (after rounding to the microsecond).",
          "oneOf": [
            {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 1000000000
            },
            {
              "type": "string",
              "pattern": "^(?=[^1-9]*[1-9])(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)d)?(([0-9]+(\\.[0-9]*)?|\#
    \\.[0-9]+)h)?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)m)?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)s)?$"
            }
          ]
        },
        "clockTime": {
          "description": "A clock time \"HH:MM\" from \"00:00\" to \"23:59\", two digits each.",
          "type": "string",
          "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"
        },
        "shiftTime": {
          "description": "A clock time \"HH:MM\" on the shift's day, from \"00:00\" up to and \#
    including \"24:00\" (midnight at the end of the day).",
          "type": "string",
          "pattern": "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
        },
        "probability": {
          "description": "A number from 0 to 1 inclusive (0.8, not 80 or \"80%\").",
          "type": "number",
          "minimum": 0,
          "maximum": 1
        },
        "callCount": {
          "description": "An expected number of calls: a number from 0 to 1,000,000, decimals \#
    allowed.",
          "type": "number",
          "minimum": 0,
          "maximum": 1000000
        },
        "notReadyReason": {
          "description": "One of the ten NotReady (auxiliary) reason codes, spelled exactly.",
          "enum": [
            "Break",
            "Coaching",
            "Communications",
            "Customer Related Clerical Work",
            "Emotional Break",
            "Lunch",
            "Non Customer Related Work",
            "Outbound Call Preparation",
            "Team Leader",
            "Training"
          ]
        },
        "distribution": {
          "description": "How a time is drawn for each caller or agent: a fixed duration, or an \#
    object with exactly one of the seven distribution kinds.",
          "oneOf": [
            {
              "$ref": "#/$defs/duration",
              "description": "Fixed: every draw is exactly this duration."
            },
            {
              "description": "{\"exponential\": {...}}: exponential with this mean.",
              "type": "object",
              "properties": {
                "exponential": {
                  "description": "The parameters of the exponential distribution.",
                  "type": "object",
                  "properties": {
                    "mean": {
                      "$ref": "#/$defs/positiveDuration",
                      "description": "The mean, longer than zero."
                    }
                  },
                  "required": [
                    "mean"
                  ],
                  "additionalProperties": false
                }
              },
              "required": [
                "exponential"
              ],
              "additionalProperties": false
            },
            {
              "description": "{\"uniform\": {...}}: any value from min to max, all equally likely.",
              "type": "object",
              "properties": {
                "uniform": {
                  "description": "The parameters of the uniform distribution.",
                  "type": "object",
                  "properties": {
                    "min": {
                      "$ref": "#/$defs/duration",
                      "description": "The smallest value; at most max."
                    },
                    "max": {
                      "$ref": "#/$defs/duration",
                      "description": "The largest value; at least min."
                    }
                  },
                  "required": [
                    "min",
                    "max"
                  ],
                  "additionalProperties": false
                }
              },
              "required": [
                "uniform"
              ],
              "additionalProperties": false
            },
            {
              "description": "{\"lognormal\": {...}}: lognormal whose own mean and standard \#
    deviation are these.",
              "type": "object",
              "properties": {
                "lognormal": {
                  "description": "The parameters of the lognormal distribution.",
                  "type": "object",
                  "properties": {
                    "mean": {
                      "$ref": "#/$defs/positiveDuration",
                      "description": "The mean, longer than zero."
                    },
                    "sd": {
                      "$ref": "#/$defs/positiveDuration",
                      "description": "The standard deviation, longer than zero."
                    }
                  },
                  "required": [
                    "mean",
                    "sd"
                  ],
                  "additionalProperties": false
                }
              },
              "required": [
                "lognormal"
              ],
              "additionalProperties": false
            },
            {
              "description": "{\"gamma\": {...}}: gamma with this mean and standard deviation.",
              "type": "object",
              "properties": {
                "gamma": {
                  "description": "The parameters of the gamma distribution.",
                  "type": "object",
                  "properties": {
                    "mean": {
                      "$ref": "#/$defs/positiveDuration",
                      "description": "The mean, longer than zero."
                    },
                    "sd": {
                      "$ref": "#/$defs/positiveDuration",
                      "description": "The standard deviation, longer than zero."
                    }
                  },
                  "required": [
                    "mean",
                    "sd"
                  ],
                  "additionalProperties": false
                }
              },
              "required": [
                "gamma"
              ],
              "additionalProperties": false
            },
            {
              "description": "{\"erlang\": {...}}: the sum of k exponential stages, each of mean \#
    mean/k.",
              "type": "object",
              "properties": {
                "erlang": {
                  "description": "The parameters of the erlang distribution.",
                  "type": "object",
                  "properties": {
                    "mean": {
                      "$ref": "#/$defs/positiveDuration",
                      "description": "The mean of the sum, longer than zero."
                    },
                    "k": {
                      "description": "The number of stages: a whole number from 1 to 1,000, \#
    written without a decimal point or exponent.",
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000
                    }
                  },
                  "required": [
                    "mean",
                    "k"
                  ],
                  "additionalProperties": false
                }
              },
              "required": [
                "erlang"
              ],
              "additionalProperties": false
            },
            {
              "description": "{\"triangular\": {...}}: most likely near mode, never outside min \#
    to max.",
              "type": "object",
              "properties": {
                "triangular": {
                  "description": "The parameters of the triangular distribution.",
                  "type": "object",
                  "properties": {
                    "min": {
                      "$ref": "#/$defs/duration",
                      "description": "The smallest value; min ≤ mode and min < max."
                    },
                    "mode": {
                      "$ref": "#/$defs/duration",
                      "description": "The most likely value, from min to max."
                    },
                    "max": {
                      "$ref": "#/$defs/duration",
                      "description": "The largest value; mode ≤ max."
                    }
                  },
                  "required": [
                    "min",
                    "mode",
                    "max"
                  ],
                  "additionalProperties": false
                }
              },
              "required": [
                "triangular"
              ],
              "additionalProperties": false
            },
            {
              "description": "{\"empirical\": {...}}: one of the listed values, chosen with \#
    probability weight / sum of weights.",
              "type": "object",
              "properties": {
                "empirical": {
                  "description": "The parameters of the empirical distribution.",
                  "type": "object",
                  "properties": {
                    "values": {
                      "description": "The values drawn, as many as weights.",
                      "type": "array",
                      "items": {
                        "$ref": "#/$defs/duration"
                      },
                      "minItems": 1
                    },
                    "weights": {
                      "description": "The weight of each value: numbers ≥ 0, not all zero, not \#
    necessarily summing to 1.",
                      "type": "array",
                      "items": {
                        "type": "number",
                        "minimum": 0
                      },
                      "minItems": 1
                    }
                  },
                  "required": [
                    "values",
                    "weights"
                  ],
                  "additionalProperties": false
                }
              },
              "required": [
                "empirical"
              ],
              "additionalProperties": false
            }
          ]
        },
        "callType": {
          "description": "A kind of call, with its own talk, After Call Work and caller patience.",
          "type": "object",
          "properties": {
            "id": {
              "$ref": "#/$defs/name",
              "description": "The call type's id, unique among call types; lines and teams refer \#
    to it."
            },
            "talk": {
              "$ref": "#/$defs/distribution",
              "description": "The time the agent talks with the caller; with aht, its shape, \#
    stretched to the forecast's handle time (required unless aht is given; then exponential)."
            },
            "acw": {
              "$ref": "#/$defs/distribution",
              "description": "After Call Work once the caller has gone, cut at rules.acwLimit \#
    (default 0)."
            },
            "patience": {
              "$ref": "#/$defs/distribution",
              "description": "How long a caller waits in the queue before hanging up, from queue \#
    entry; absent: callers never hang up."
            },
            "outcomes": {
              "$ref": "#/$defs/outcomeMix",
              "description": "The outcomes of inbound calls that passed security, with shares \#
    summing to 1; never Failed Security Check (decided by security.failShare) nor No Answer, Line \#
    Engaged or a voicemail (default: Call Resolved 1)."
            },
            "outboundOutcomes": {
              "$ref": "#/$defs/outcomeMix",
              "description": "The outcomes of outbound calls of this type, with shares summing to \#
    1; never Failed Security Check. No Answer, Line Engaged, both voicemails, Client Unavailable \#
    and Wrong Number did not connect: they take the dial time (default: Call Resolved 1)."
            },
            "security": {
              "$ref": "#/$defs/securityCheck",
              "description": "The security questions every call starts with (absent: none)."
            },
            "interpretation": {
              "$ref": "#/$defs/interpretation",
              "description": "Callers who need the interpretation service, The Big Word (absent: \#
    none)."
            },
            "transfer": {
              "$ref": "#/$defs/transfer",
              "description": "Where calls closed as Call Transferred go; required exactly when a \#
    mix gives Call Transferred a share."
            },
            "aht": {
              "description": "The average handle time of a WFM forecast: talk is stretched so \#
    that its mean plus the mean ACW equals the forecast's AHT, averaged over the rows in the run \#
    (weighted by the calls column when given).",
              "type": "object",
              "properties": {
                "csv": {
                  "$ref": "#/$defs/forecastFile"
                },
                "column": {
                  "$ref": "#/$defs/name",
                  "description": "The header of the column of average handle times (seconds, \#
    M:SS or H:MM:SS)."
                },
                "calls": {
                  "$ref": "#/$defs/name",
                  "description": "The header of the column of calls that weighs each row's AHT \#
    (absent: every interval weighs the same)."
                },
                "timeColumn": {
                  "$ref": "#/$defs/name",
                  "description": "The header of the interval start column (absent: Interval, \#
    Start, Time, Period or Date/Time, in any case)."
                }
              },
              "required": [
                "csv",
                "column"
              ],
              "additionalProperties": false
            }
          },
          "required": [
            "id"
          ],
          "anyOf": [
            {
              "required": [
                "talk"
              ]
            },
            {
              "required": [
                "aht"
              ]
            }
          ],
          "additionalProperties": false
        },
        "forecastFile": {
          "description": "A forecast CSV file exported by a WFM tool, relative to the scenario's \#
    directory and inside it: a header row, then one row per interval (15 or 30 minutes, or any \#
    length that divides the day) with its start time, in time order with no gaps or overlaps. \#
    No control characters (NUL, ESC, line breaks, bidirectional overrides).",
          "type": "string",
          "minLength": 1,
          "pattern": "^(?!/)(?!(.*/)?\\.\\.(/|$))[^\\\\\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u2028-\\u202E\\u2066-\\u2069]*$"
        },
        "arrivals": {
          "description": "When calls arrive on the line: exactly one of perHour, perInterval or \#
    csv (with column), optionally with overdispersion.",
          "type": "object",
          "properties": {
            "perHour": {
              "$ref": "#/$defs/callCount",
              "description": "A constant Poisson rate of calls per hour for the whole run."
            },
            "perInterval": {
              "description": "The expected number of calls in each reporting interval from the \#
    start of the run; none arrive after the last entry.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/callCount"
              },
              "minItems": 1
            },
            "csv": {
              "$ref": "#/$defs/forecastFile"
            },
            "column": {
              "$ref": "#/$defs/name",
              "description": "The header of the forecast CSV column that holds this line's \#
    expected calls per interval; goes with csv only."
            },
            "timeColumn": {
              "$ref": "#/$defs/name",
              "description": "The header of the forecast's interval start column (absent: \#
    Interval, Start, Time, Period or Date/Time, in any case); goes with csv only."
            },
            "overdispersion": {
              "description": "Day-to-day busyness: every rate of the line is multiplied each day \#
    by a gamma factor of mean 1.",
              "type": "object",
              "properties": {
                "cv": {
                  "description": "The coefficient of variation of the daily busyness factor, from \#
    0 (none) to 10.",
                  "type": "number",
                  "minimum": 0,
                  "maximum": 10
                }
              },
              "required": [
                "cv"
              ],
              "additionalProperties": false
            }
          },
          "additionalProperties": false,
          "oneOf": [
            {
              "required": [
                "perHour"
              ]
            },
            {
              "required": [
                "perInterval"
              ]
            },
            {
              "required": [
                "csv"
              ]
            }
          ],
          "dependentRequired": {
            "csv": [
              "column"
            ],
            "column": [
              "csv"
            ],
            "timeColumn": [
              "csv"
            ]
          }
        },
        "ivrBranch": {
          "description": "One way out of the IVR, taken by a share of the line's callers; the \#
    branch names allowed depend on the line's kind, and no branch may be listed twice.",
          "type": "object",
          "properties": {
            "branch": {
              "description": "Which branch: client lines have welsh, hangUp, validScin, \#
    invalidScin, incompleteScin and noScin; the employer line has welsh, hangUp, validErn, \#
    invalidErn, incompleteErn, thirdParty and wrongOption.",
              "enum": [
                "welsh",
                "hangUp",
                "validScin",
                "invalidScin",
                "incompleteScin",
                "noScin",
                "validErn",
                "invalidErn",
                "incompleteErn",
                "thirdParty",
                "wrongOption"
              ]
            },
            "share": {
              "$ref": "#/$defs/probability",
              "description": "The share of the line's callers who take this branch; the shares of \#
    a line's branches sum to 1."
            },
            "plan": {
              "$ref": "#/$defs/name",
              "description": "The id of the routing plan whose queue the branch's callers wait \#
    in; required on every branch but hangUp, which has none."
            },
            "identification": {
              "$ref": "#/$defs/distribution",
              "description": "Time the agent spends identifying the caller (a list of contacts, a \#
    blank-screen search), added to the talk time (default 0)."
            },
            "segments": {
              "description": "For validScin only: the ids of the segments whose teams own the \#
    callers' casegroups (empty or absent: every team that owns casegroups).",
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            }
          },
          "required": [
            "branch",
            "share"
          ],
          "additionalProperties": false,
          "allOf": [
            {
              "if": {
                "properties": {
                  "branch": {
                    "const": "hangUp"
                  }
                }
              },
              "then": {
                "not": {
                  "required": [
                    "plan"
                  ]
                }
              },
              "else": {
                "required": [
                  "plan"
                ]
              }
            },
            {
              "if": {
                "properties": {
                  "branch": {
                    "not": {
                      "const": "validScin"
                    }
                  }
                }
              },
              "then": {
                "properties": {
                  "segments": {
                    "maxItems": 0
                  }
                }
              }
            }
          ]
        },
        "ivr": {
          "description": "The line's interactive voice response: the time callers spend in it and \#
    the branches they leave by.",
          "type": "object",
          "properties": {
            "time": {
              "$ref": "#/$defs/distribution",
              "description": "Time from the call connecting to leaving the IVR (default 0); \#
    callers who hang up in it leave at once."
            },
            "branches": {
              "description": "The branches, each listed at most once, whose shares sum to 1.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/ivrBranch"
              },
              "minItems": 1
            }
          },
          "required": [
            "branches"
          ],
          "additionalProperties": false
        },
        "line": {
          "description": "A telephone number callers ring: its calls' types, arrivals, IVR and \#
    routing; give callType or callTypes, not both.",
          "type": "object",
          "properties": {
            "id": {
              "$ref": "#/$defs/name",
              "description": "The line's id, unique among lines."
            },
            "kind": {
              "description": "Which kind of number: a client number, the employer number, a \#
    team leader's direct-dial number (no IVR), or an AAC area's line (no IVR; arrivals optional, \#
    default none: only caseworkers raising incidents ring it); default client.",
              "enum": [
                "client",
                "employer",
                "directDial",
                "aac"
              ]
            },
            "callType": {
              "$ref": "#/$defs/name",
              "description": "The id of the call type of every call on this line."
            },
            "callTypes": {
              "description": "A mix of call types: call-type id to the share of the line's calls \#
    of that type; the shares sum to 1.",
              "type": "object",
              "minProperties": 1,
              "additionalProperties": {
                "$ref": "#/$defs/probability"
              }
            },
            "arrivals": {
              "$ref": "#/$defs/arrivals",
              "description": "When calls arrive on this line; required except on an aac line \#
    (default there: none)."
            },
            "ivr": {
              "$ref": "#/$defs/ivr",
              "description": "The IVR callers pass through before queueing; absent: they queue at \#
    once."
            },
            "plan": {
              "$ref": "#/$defs/name",
              "description": "For a line without an ivr: the id of the routing plan its calls \#
    wait in (absent: the default queue of each call type, from the teams' handles)."
            }
          },
          "required": [
            "id"
          ],
          "additionalProperties": false,
          "oneOf": [
            {
              "required": [
                "callType"
              ]
            },
            {
              "required": [
                "callTypes"
              ]
            }
          ],
          "allOf": [
            {
              "not": {
                "required": [
                  "ivr",
                  "plan"
                ]
              }
            },
            {
              "if": {
                "properties": {
                  "kind": {
                    "const": "aac"
                  }
                },
                "required": [
                  "kind"
                ]
              },
              "then": {
                "not": {
                  "required": [
                    "ivr"
                  ]
                }
              },
              "else": {
                "required": [
                  "arrivals"
                ]
              }
            },
            {
              "if": {
                "properties": {
                  "kind": {
                    "const": "directDial"
                  }
                },
                "required": [
                  "kind"
                ]
              },
              "then": {
                "not": {
                  "required": [
                    "ivr"
                  ]
                }
              }
            },
            {
              "if": {
                "properties": {
                  "kind": {
                    "const": "employer"
                  }
                },
                "required": [
                  "kind"
                ]
              },
              "then": {
                "properties": {
                  "ivr": {
                    "properties": {
                      "branches": {
                        "items": {
                          "properties": {
                            "branch": {
                              "enum": [
                                "welsh",
                                "hangUp",
                                "validErn",
                                "invalidErn",
                                "incompleteErn",
                                "thirdParty",
                                "wrongOption"
                              ]
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              "else": {
                "properties": {
                  "ivr": {
                    "properties": {
                      "branches": {
                        "items": {
                          "properties": {
                            "branch": {
                              "enum": [
                                "welsh",
                                "hangUp",
                                "validScin",
                                "invalidScin",
                                "incompleteScin",
                                "noScin"
                              ]
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          ]
        },
        "routingTarget": {
          "description": "Who is added at a routing step: the casegroup's owner, the owner's \#
    team, the owner's segment, named teams or the teams of named segments.",
          "oneOf": [
            {
              "description": "owner: the caseworker who owns the caller's casegroup; ownerTeam: \#
    the owner's team; ownerSegment: every team in the owner's team's segment.",
              "enum": [
                "owner",
                "ownerTeam",
                "ownerSegment"
              ]
            },
            {
              "description": "{\"teams\": [...]}: every agent of these teams.",
              "type": "object",
              "properties": {
                "teams": {
                  "description": "The ids of the teams.",
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/name"
                  },
                  "minItems": 1
                }
              },
              "required": [
                "teams"
              ],
              "additionalProperties": false
            },
            {
              "description": "{\"segments\": [...]}: every agent of the teams in these segments.",
              "type": "object",
              "properties": {
                "segments": {
                  "description": "The ids of the segments.",
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/name"
                  },
                  "minItems": 1
                }
              },
              "required": [
                "segments"
              ],
              "additionalProperties": false
            }
          ]
        },
        "routingStep": {
          "description": "One timed step of a routing plan: from after in queue, the target's \#
    agents may also take the call.",
          "type": "object",
          "properties": {
            "after": {
              "$ref": "#/$defs/duration",
              "description": "Time since the call entered the queue when the step begins (default \#
    0); steps are listed in order of after."
            },
            "target": {
              "$ref": "#/$defs/routingTarget",
              "description": "Who is added at this step."
            },
            "skipIfNoneReady": {
              "description": "Whether the step is passed over for good when nobody in the target \#
    is Ready as it begins (default false).",
              "type": "boolean"
            }
          },
          "required": [
            "target"
          ],
          "additionalProperties": false
        },
        "routingPlan": {
          "description": "A routing plan: a queue of its own in reports, and the widening set of \#
    agents who may take its calls.",
          "type": "object",
          "properties": {
            "id": {
              "$ref": "#/$defs/name",
              "description": "The plan's id, unique among plans and the queue's name in reports; \#
    lines and IVR branches refer to it."
            },
            "priority": {
              "description": "Calls of a higher priority are taken first by an agent who could \#
    take several (default 0); a whole number from -1000 to 1000.",
              "type": "integer",
              "minimum": -1000,
              "maximum": 1000
            },
            "steps": {
              "description": "The steps, at most 64, in order of after (equal times allowed).",
              "type": "array",
              "items": {
                "$ref": "#/$defs/routingStep"
              },
              "minItems": 1,
              "maxItems": 64
            }
          },
          "required": [
            "id",
            "steps"
          ],
          "additionalProperties": false
        },
        "agentProfile": {
          "description": "A named agent on a shift: a caseworker or a team leader.",
          "type": "object",
          "properties": {
            "staffNumber": {
              "$ref": "#/$defs/name",
              "description": "The staff number: slots with the same staff number in a team are \#
    one person, who keeps their casegroups."
            },
            "name": {
              "$ref": "#/$defs/name",
              "description": "The agent's name, for agents.csv."
            },
            "teamLeader": {
              "$ref": "#/$defs/name",
              "description": "The name of the agent's team leader, for agents.csv."
            },
            "isTeamLeader": {
              "description": "Whether this agent is a team leader, who owns no casegroups and is \#
    NotReady – Team Leader unless the team's leaders take calls (default false).",
              "type": "boolean"
            }
          },
          "additionalProperties": false
        },
        "scheduledNotReady": {
          "description": "A scheduled NotReady period of every agent on the shift: a break, \#
    lunch, coaching, training or a meeting; it must lie within the shift.",
          "type": "object",
          "properties": {
            "reason": {
              "$ref": "#/$defs/notReadyReason",
              "description": "The reason code of the period."
            },
            "start": {
              "$ref": "#/$defs/shiftTime",
              "description": "When the first agent's period starts, on the shift's day."
            },
            "duration": {
              "$ref": "#/$defs/positiveDuration",
              "description": "How long each agent's period lasts."
            },
            "spread": {
              "$ref": "#/$defs/duration",
              "description": "The agents of the shift start their periods evenly over this \#
    window, in roster order (default 0: all at once)."
            }
          },
          "required": [
            "reason",
            "start",
            "duration"
          ],
          "additionalProperties": false
        },
        "shift": {
          "description": "A shift: who logs in when, on which day, and their scheduled NotReady \#
    periods.",
          "type": "object",
          "properties": {
            "day": {
              "description": "The day of the run the shift is on, counting from 1 (default 1); \#
    ignored with everyDay.",
              "type": "integer",
              "minimum": 1,
              "maximum": 3660
            },
            "everyDay": {
              "description": "Whether the shift repeats, with the same people, on days 1 to \#
    ⌈duration ÷ 24 h⌉ of the run (default false).",
              "type": "boolean"
            },
            "start": {
              "$ref": "#/$defs/clockTime",
              "description": "The log-in time on the shift's day."
            },
            "end": {
              "$ref": "#/$defs/shiftTime",
              "description": "The log-out time on the shift's day, after start (may be \#
    \"24:00\"); an agent on a call finishes it first."
            },
            "agents": {
              "description": "The agents on the shift: a number of anonymous caseworkers, or a \#
    non-empty list of named agents.",
              "oneOf": [
                {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 100000
                },
                {
                  "description": "Named agents.",
                  "type": "array",
                  "items": {
                    "$ref": "#/$defs/agentProfile"
                  },
                  "minItems": 1
                }
              ]
            },
            "notReady": {
              "description": "Scheduled NotReady periods taken by every agent on the shift.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/scheduledNotReady"
              }
            }
          },
          "required": [
            "start",
            "end",
            "agents"
          ],
          "additionalProperties": false
        },
        "shrinkage": {
          "description": "Unscheduled NotReady time with one reason code, taken in exponential \#
    episodes.",
          "type": "object",
          "properties": {
            "reason": {
              "$ref": "#/$defs/notReadyReason",
              "description": "The reason code of the episodes."
            },
            "share": {
              "$ref": "#/$defs/probability",
              "maximum": \#(ScenarioDecoder.maximumShrinkage),
              "description": "The long-run share of logged-in time; the shares of a behaviour sum \#
    to \#(ScenarioDecoder.maximumShrinkage) at most."
            },
            "meanLength": {
              "$ref": "#/$defs/positiveDuration",
              "minimum": \#(LeastDuration.shrinkageLength.seconds),
              "description": "The mean length of one episode; at least \#
    \#(LeastDuration.shrinkageLength.seconds) s."
            }
          },
          "required": [
            "reason",
            "share",
            "meanLength"
          ],
          "additionalProperties": false
        },
        "agentBehaviour": {
          "description": "How agents behave at the phone; every key is optional and keys left out \#
    keep the inherited value.",
          "type": "object",
          "properties": {
            "answerDelay": {
              "$ref": "#/$defs/distribution",
              "description": "Ring time before an agent answers an offered call (default 0); a \#
    ring of rules.ronaTimeout or more is a miss."
            },
            "missProbability": {
              "$ref": "#/$defs/probability",
              "description": "The probability that an agent lets an offered call ring out to a \#
    RONA (default 0)."
            },
            "afterMiss": {
              "description": "What an agent does after a RONA: \"ready\" (the default), or \#
    NotReady with a reason code for a drawn time.",
              "oneOf": [
                {
                  "const": "ready"
                },
                {
                  "description": "NotReady after a miss.",
                  "type": "object",
                  "properties": {
                    "reason": {
                      "$ref": "#/$defs/notReadyReason",
                      "description": "The reason code."
                    },
                    "duration": {
                      "$ref": "#/$defs/distribution",
                      "description": "How long the agent stays NotReady."
                    }
                  },
                  "required": [
                    "reason",
                    "duration"
                  ],
                  "additionalProperties": false
                }
              ]
            },
            "relogDelay": {
              "description": "How long an agent logged out by the idle timer takes to log back in \#
    while on shift (default 0), or \"never\".",
              "oneOf": [
                {
                  "const": "never"
                },
                {
                  "$ref": "#/$defs/distribution"
                }
              ]
            },
            "shrinkage": {
              "description": "Unscheduled NotReady time by reason code (default none); a team's \#
    list replaces the scenario's.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/shrinkage"
              }
            }
          },
          "additionalProperties": false
        },
        "team": {
          "description": "A team of agents: its segment, the call types and casegroups it answers \#
    for, and its roster; give agents or shifts, not both.",
          "type": "object",
          "properties": {
            "id": {
              "$ref": "#/$defs/name",
              "description": "The team's id, unique among teams."
            },
            "segment": {
              "$ref": "#/$defs/name",
              "description": "The id of the segment the team belongs to."
            },
            "handles": {
              "description": "The ids of the call types the team answers on lines with neither \#
    ivr nor plan; they make the default queues.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            },
            "casegroups": {
              "description": "How many casegroups the team's caseworkers own between them, dealt \#
    out in turn to its caseworkers (people, not team leaders) (default 0).",
              "type": "integer",
              "minimum": 0,
              "maximum": 100000000
            },
            "agents": {
              "description": "A number of caseworkers logged in for the whole run.",
              "type": "integer",
              "minimum": 0,
              "maximum": 100000
            },
            "shifts": {
              "description": "The team's roster.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/shift"
              },
              "minItems": 1
            },
            "behaviour": {
              "$ref": "#/$defs/agentBehaviour",
              "description": "This team's agent behaviour, overriding the scenario's \#
    agentBehaviour key by key."
            },
            "leadersTakeCalls": {
              "description": "Whether the team's team leaders take calls; otherwise they are \#
    NotReady – Team Leader (default false).",
              "type": "boolean"
            }
          },
          "required": [
            "id"
          ],
          "additionalProperties": false,
          "oneOf": [
            {
              "required": [
                "agents"
              ]
            },
            {
              "required": [
                "shifts"
              ]
            }
          ]
        },
        "outcome": {
          "description": "One of the 19 call outcomes, spelled exactly (en dashes \"–\", and \#
    \"Message left\" with a lower-case l).",
          "enum": [
            "Client Wishes to Call Back",
            "Bogus Call – Security Report",
            "Call-back Request",
            "Call Resolved",
            "Call Terminated by Client",
            "Call Terminated by CMEC",
            "Call Transferred",
            "Client Unavailable",
            "Failed Security Check",
            "Line Engaged",
            "Lost Connection",
            "No Answer",
            "Signposted to DWP Dept",
            "Signposted to Options",
            "Signposted to Other Org",
            "Unresolved – Escalated",
            "Voicemail – Message left",
            "Voicemail – No Message Left",
            "Wrong Number"
          ]
        },
        "outcomeMix": {
          "description": "Outcome names and the probability of each; the shares sum to 1.",
          "type": "object",
          "propertyNames": {
            "$ref": "#/$defs/outcome"
          },
          "additionalProperties": {
            "$ref": "#/$defs/probability"
          },
          "minProperties": 1
        },
        "securityCheck": {
          "description": "The security questions a call starts with.",
          "type": "object",
          "properties": {
            "time": {
              "$ref": "#/$defs/distribution",
              "description": "Time spent on the security questions, at the start of the talk."
            },
            "failShare": {
              "$ref": "#/$defs/probability",
              "description": "The share of calls that fail: they end after the questions as \#
    Failed Security Check, reported to the Security Advice and Support Centre; the third \#
    consecutive failure for a SCIN adds a bogus caller form, CMSF5550 (default 0)."
            }
          },
          "required": [
            "time"
          ],
          "additionalProperties": false
        },
        "interpretation": {
          "description": "Callers who need an interpreter (The Big Word).",
          "type": "object",
          "properties": {
            "share": {
              "$ref": "#/$defs/probability",
              "description": "The share of calls that need an interpreter."
            },
            "connect": {
              "$ref": "#/$defs/distribution",
              "description": "Time to bring the interpreter onto the call (default 0)."
            },
            "extraTalk": {
              "$ref": "#/$defs/distribution",
              "description": "Talk time added by speaking through the interpreter (default 0)."
            }
          },
          "required": [
            "share"
          ],
          "additionalProperties": false
        },
        "transferTarget": {
          "description": "Who a share of the transfers is for: an agent by staff number, a team \#
    or a segment (exactly one of the three).",
          "type": "object",
          "properties": {
            "agent": {
              "$ref": "#/$defs/name",
              "description": "The staff number of an agent on some team's roster."
            },
            "team": {
              "$ref": "#/$defs/name",
              "description": "The id of a team."
            },
            "segment": {
              "$ref": "#/$defs/name",
              "description": "The id of a segment."
            },
            "share": {
              "$ref": "#/$defs/probability",
              "description": "The share of the call type's transfers that go here; the shares of \#
    the targets sum to 1."
            }
          },
          "required": [
            "share"
          ],
          "additionalProperties": false,
          "oneOf": [
            {
              "required": [
                "agent"
              ]
            },
            {
              "required": [
                "team"
              ]
            },
            {
              "required": [
                "segment"
              ]
            }
          ]
        },
        "transfer": {
          "description": "Where a call type's transferred calls go and how they are handed over: \#
    warm (a consultation first) unless cold, which only an emergency day allows.",
          "type": "object",
          "properties": {
            "targets": {
              "description": "The targets, with shares summing to 1.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/transferTarget"
              },
              "minItems": 1
            },
            "consult": {
              "$ref": "#/$defs/distribution",
              "description": "The warm transfer's consultation: the caseworker and the recipient \#
    talk before the caller is handed over, both busy; required unless cold, and not allowed with \#
    cold."
            },
            "cold": {
              "description": "Whether the caller is handed over without a consultation; true only \#
    with a top-level emergency (default false).",
              "type": "boolean"
            },
            "fallback": {
              "$ref": "#/$defs/name",
              "description": "The id of the team (the group, e.g. GICH) tried when nobody in the \#
    target, its team or its segment is Ready (absent: none)."
            },
            "hold": {
              "$ref": "#/$defs/positiveDuration",
              "minimum": \#(LeastDuration.hold.seconds),
              "description": "On a warm transfer that finds nobody Ready, how long at most the \#
    caseworker holds the caller before handing them over to the queue and wrapping up (default \#
    3m; at least \#(LeastDuration.hold.seconds) s); not allowed with cold."
            }
          },
          "required": [
            "targets"
          ],
          "additionalProperties": false,
          "if": {
            "properties": {
              "cold": {
                "const": true
              }
            },
            "required": [
              "cold"
            ]
          },
          "then": {
            "not": {
              "anyOf": [
                {
                  "required": [
                    "consult"
                  ]
                },
                {
                  "required": [
                    "hold"
                  ]
                }
              ]
            }
          },
          "else": {
            "required": [
              "consult"
            ]
          }
        },
        "redialRule": {
          "description": "The chance that a caller rings again, and how long after.",
          "type": "object",
          "properties": {
            "probability": {
              "$ref": "#/$defs/probability",
              "description": "The probability that the caller rings again."
            },
            "delay": {
              "$ref": "#/$defs/distribution",
              "minimum": \#(LeastDuration.redialDelay.seconds),
              "description": "The time from the end of the call, or the hang-up, to the new call; \#
    its mean is at least \#(LeastDuration.redialDelay.seconds) s (checked by ccsim validate)."
            }
          },
          "required": [
            "probability",
            "delay"
          ],
          "additionalProperties": false
        },
        "activityPlan": {
          "description": "Outbound calls of an activity plan, made by a team's caseworkers: calls \#
    become due at random at perHour between from and to.",
          "type": "object",
          "properties": {
            "team": {
              "$ref": "#/$defs/name",
              "description": "The id of the team whose caseworkers dial."
            },
            "callType": {
              "$ref": "#/$defs/name",
              "description": "The id of the calls' call type (talk, ACW, security and \#
    outboundOutcomes)."
            },
            "perHour": {
              "$ref": "#/$defs/callCount",
              "description": "Calls that become due per hour in the window."
            },
            "due": {
              "$ref": "#/$defs/positiveDuration",
              "description": "How long after becoming due a call should be made."
            },
            "day": {
              "description": "The day of the run the window is on, counting from 1 (default 1); \#
    ignored with everyDay.",
              "type": "integer",
              "minimum": 1,
              "maximum": 3660
            },
            "everyDay": {
              "description": "Whether the window repeats on days 1 to ⌈duration ÷ 24 h⌉ of the \#
    run (default false).",
              "type": "boolean"
            },
            "from": {
              "$ref": "#/$defs/shiftTime",
              "description": "The clock time the window opens, on its day."
            },
            "to": {
              "$ref": "#/$defs/shiftTime",
              "description": "The clock time the window closes, after from (may be \"24:00\")."
            }
          },
          "required": [
            "team",
            "callType",
            "perHour",
            "due",
            "from",
            "to"
          ],
          "additionalProperties": false
        },
        "retryRule": {
          "description": "When an outbound call that did not connect is dialled again.",
          "type": "object",
          "properties": {
            "after": {
              "$ref": "#/$defs/duration",
              "minimum": \#(LeastDuration.retryAfter.seconds),
              "description": "How long after the attempt the next one is due; at least \#
    \#(LeastDuration.retryAfter.seconds) s."
            },
            "maxAttempts": {
              "description": "The most attempts in all, the first included (1: never retried).",
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          },
          "required": [
            "after",
            "maxAttempts"
          ],
          "additionalProperties": false
        },
        "outboundReserve": {
          "description": "Agents of a team kept for outbound calls only in a window: they take no \#
    inbound call then.",
          "type": "object",
          "properties": {
            "team": {
              "$ref": "#/$defs/name",
              "description": "The id of the team."
            },
            "agents": {
              "description": "How many of the team's logged-in agents are kept.",
              "type": "integer",
              "minimum": 1,
              "maximum": 100000
            },
            "day": {
              "description": "The day of the run the window is on, counting from 1 (default 1); \#
    ignored with everyDay.",
              "type": "integer",
              "minimum": 1,
              "maximum": 3660
            },
            "everyDay": {
              "description": "Whether the window repeats on days 1 to ⌈duration ÷ 24 h⌉ of the \#
    run (default false).",
              "type": "boolean"
            },
            "from": {
              "$ref": "#/$defs/shiftTime",
              "description": "The clock time the window opens, on its day."
            },
            "to": {
              "$ref": "#/$defs/shiftTime",
              "description": "The clock time the window closes, after from (may be \"24:00\")."
            }
          },
          "required": [
            "team",
            "agents",
            "from",
            "to"
          ],
          "additionalProperties": false
        },
        "outbound": {
          "description": "Calls the caseworkers dial and the rules they dial by.",
          "type": "object",
          "properties": {
            "callBacks": {
              "description": "How a call closed as Call-back Request becomes an outbound \#
    call-back (absent: the request is only counted).",
              "type": "object",
              "properties": {
                "due": {
                  "$ref": "#/$defs/positiveDuration",
                  "description": "How long after the request the call-back is due."
                },
                "by": {
                  "description": "Who makes it: the caseworker who took the call, or anyone in \#
    their team (default \"caseworker\").",
                  "enum": [
                    "caseworker",
                    "team"
                  ]
                }
              },
              "required": [
                "due"
              ],
              "additionalProperties": false
            },
            "activityPlans": {
              "description": "Batches of outbound calls teams make in given hours.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/activityPlan"
              }
            },
            "suppressedShare": {
              "$ref": "#/$defs/probability",
              "description": "The share of clients whose telephone contact is suppressed \#
    (opt-out, death): never dialled, counted as suppressed (default 0)."
            },
            "dialTime": {
              "$ref": "#/$defs/distribution",
              "description": "Dialling and ringing before an outcome that did not connect \#
    (default \"30s\")."
            },
            "noContactAcw": {
              "$ref": "#/$defs/distribution",
              "description": "The wrap-up after an outcome that did not connect, instead of the \#
    call type's acw (default 0)."
            },
            "retry": {
              "description": "Retry rules by outcome; keys are outcomes that did not connect.",
              "type": "object",
              "propertyNames": {
                "enum": [
                  "No Answer",
                  "Line Engaged",
                  "Voicemail – Message left",
                  "Voicemail – No Message Left",
                  "Client Unavailable",
                  "Wrong Number"
                ]
              },
              "additionalProperties": {
                "$ref": "#/$defs/retryRule"
              }
            },
            "reserve": {
              "description": "Agents kept for outbound only (absent: inbound always has priority).",
              "type": "array",
              "items": {
                "$ref": "#/$defs/outboundReserve"
              }
            }
          },
          "additionalProperties": false
        },
        "reasonShares": {
          "description": "Reason names (non-empty, no outer spaces) and the share of each; the \#
    shares sum to 1.",
          "type": "object",
          "minProperties": 1,
          "propertyNames": {
            "$ref": "#/$defs/name"
          },
          "additionalProperties": {
            "$ref": "#/$defs/probability"
          }
        },
        "aacArea": {
          "description": "One AAC area: the prefix of its incident numbers, its line and the \#
    teams whose caseworkers ring it.",
          "type": "object",
          "properties": {
            "prefix": {
              "description": "Three capital letters that start the area's incident numbers \#
    (PLY12345), unique among areas.",
              "type": "string",
              "pattern": "^[A-Z]{3}$"
            },
            "name": {
              "$ref": "#/$defs/name",
              "description": "The area's name in reports, e.g. \"Plymouth\" (default: the prefix)."
            },
            "line": {
              "$ref": "#/$defs/name",
              "description": "The id of the area's line, a line of kind aac; each aac line is \#
    the line of exactly one area."
            },
            "teams": {
              "description": "The ids of the teams whose caseworkers raise incidents on this \#
    line; a team is in one area at most, and a team in no area raises no incidents (default []).",
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              }
            }
          },
          "required": [
            "prefix",
            "line"
          ],
          "additionalProperties": false
        },
        "expertDomain": {
          "description": "An Expert Domain AAC assigns incidents to, spelled as the procedures \#
    spell it.",
          "enum": [
            "Design / Procedures",
            "Policy",
            "Live Service Support",
            "CFAT",
            "OED/Customer",
            "NAT Lead",
            "OMC"
          ]
        },
        "domainShare": {
          "description": "An Expert Domain's share of assignments and how long its resolution \#
    takes to arrive by email.",
          "type": "object",
          "properties": {
            "domain": {
              "$ref": "#/$defs/expertDomain",
              "description": "The domain, listed once."
            },
            "share": {
              "$ref": "#/$defs/probability",
              "description": "Its share of assignments; the shares of the domains sum to 1."
            },
            "delay": {
              "$ref": "#/$defs/distribution",
              "description": "From the assignment to the resolution email."
            }
          },
          "required": [
            "domain",
            "share",
            "delay"
          ],
          "additionalProperties": false
        },
        "aac": {
          "description": "The Area Advice Centre (AAC): caseworkers ring their area's line to \#
    raise an incident; AAC logs it, gives its number and evaluates it.",
          "type": "object",
          "properties": {
            "areas": {
              "description": "The areas, each with its own line.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/aacArea"
              },
              "minItems": 1
            },
            "evaluation": {
              "description": "What AAC does with an incident on the call. The shares of reject, \#
    resolve, callBack and assign sum to 1 (a block left out has share 0).",
              "type": "object",
              "properties": {
                "reject": {
                  "description": "Rejected within the initial call (Closed Rejected, with a \#
    rejection email).",
                  "type": "object",
                  "properties": {
                    "share": {
                      "$ref": "#/$defs/probability",
                      "description": "The share of incidents rejected."
                    },
                    "reasons": {
                      "$ref": "#/$defs/reasonShares",
                      "description": "Rejection reasons and their shares; required when share \#
    is above 0."
                    }
                  },
                  "required": [
                    "share"
                  ],
                  "additionalProperties": false
                },
                "resolve": {
                  "description": "Resolved within the initial call (Closed Resolved); a \#
    resolution that does not work is assigned to an Expert Domain.",
                  "type": "object",
                  "properties": {
                    "share": {
                      "$ref": "#/$defs/probability",
                      "description": "The share of incidents resolved in the call."
                    },
                    "success": {
                      "$ref": "#/$defs/probability",
                      "description": "The share of those resolutions that work (default 1)."
                    }
                  },
                  "required": [
                    "share"
                  ],
                  "additionalProperties": false
                },
                "callBack": {
                  "description": "AAC investigates and rings the caseworker back with a \#
    resolution; one that does not work is assigned to an Expert Domain.",
                  "type": "object",
                  "properties": {
                    "share": {
                      "$ref": "#/$defs/probability",
                      "description": "The share of incidents given a call-back."
                    },
                    "after": {
                      "$ref": "#/$defs/distribution",
                      "description": "From the end of the call to the call-back (default \"1h\")."
                    },
                    "talk": {
                      "$ref": "#/$defs/distribution",
                      "description": "How long the call-back takes (default \"10m\")."
                    },
                    "success": {
                      "$ref": "#/$defs/probability",
                      "description": "The share of call-back resolutions that work (default 1)."
                    }
                  },
                  "required": [
                    "share"
                  ],
                  "additionalProperties": false
                },
                "assign": {
                  "description": "Assigned to an Expert Domain, whose resolution arrives by \#
    email. Required, with domains, whenever an incident can be assigned: share above 0, or a \#
    resolve or callBack success below 1.",
                  "type": "object",
                  "properties": {
                    "share": {
                      "$ref": "#/$defs/probability",
                      "description": "The share of incidents assigned at once."
                    },
                    "domains": {
                      "description": "The domains and their shares of assignments (summing to 1).",
                      "type": "array",
                      "items": {
                        "$ref": "#/$defs/domainShare"
                      },
                      "minItems": 1
                    },
                    "emailSuccess": {
                      "$ref": "#/$defs/probability",
                      "description": "The share of emailed resolutions that work; one that does \#
    not escalates again (a new assignment). Above 0 whenever incidents can be assigned \#
    (default 1)."
                    },
                    "response": {
                      "$ref": "#/$defs/distribution",
                      "description": "The caseworker's NotReady time answering a resolution \#
    email (default \"10m\")."
                    },
                    "respondWithin": {
                      "$ref": "#/$defs/positiveDuration",
                      "description": "How soon the caseworker must answer a resolution email \#
    (default \"24h\")."
                    }
                  },
                  "required": [
                    "share"
                  ],
                  "additionalProperties": false
                }
              },
              "additionalProperties": false
            }
          },
          "required": [
            "areas",
            "evaluation"
          ],
          "additionalProperties": false
        },
        "localStep": {
          "description": "A step tried before raising an incident: the caseworker's NotReady \#
    time on it and the chance it solves the problem.",
          "type": "object",
          "properties": {
            "time": {
              "$ref": "#/$defs/distribution",
              "description": "The caseworker's NotReady time on the step."
            },
            "solves": {
              "$ref": "#/$defs/probability",
              "description": "The probability that the step solves a problem that reaches it."
            }
          },
          "required": [
            "time",
            "solves"
          ],
          "additionalProperties": false
        },
        "incidents": {
          "description": "How problems arise for caseworkers and what they do before ringing \#
    AAC (Incident Management – Manage Incident Locally).",
          "type": "object",
          "properties": {
            "perCaseworkerHour": {
              "description": "Problems per caseworker-hour on shift (Poisson), from 0 to 60.",
              "type": "number",
              "minimum": 0,
              "maximum": 60
            },
            "fromEscalated": {
              "$ref": "#/$defs/probability",
              "description": "The share of calls closed as Unresolved – Escalated that raise a \#
    problem about the caller's case (default 1)."
            },
            "local": {
              "description": "The local steps, tried in the procedures' order whatever the order \#
    of the keys; a step left out is skipped (default: none).",
              "type": "object",
              "properties": {
                "procedures": {
                  "$ref": "#/$defs/localStep",
                  "description": "Consulting the online procedures."
                },
                "colleagues": {
                  "$ref": "#/$defs/localStep",
                  "description": "Discussing the problem with colleagues."
                },
                "teamLeader": {
                  "$ref": "#/$defs/localStep",
                  "description": "Taking it to the team leader."
                },
                "adviceAndGuidance": {
                  "$ref": "#/$defs/localStep",
                  "description": "A service request to Advice and Guidance (A&G)."
                }
              },
              "additionalProperties": false
            },
            "document": {
              "$ref": "#/$defs/distribution",
              "description": "Documenting the problem and referring it to the team leader, in \#
    NotReady (default \"10m\")."
            },
            "approval": {
              "$ref": "#/$defs/distribution",
              "description": "From the referral to the team leader's approval; the caseworker \#
    works on meanwhile (default \"30m\")."
            },
            "reason": {
              "$ref": "#/$defs/notReadyReason",
              "description": "The NotReady reason of the caseworker's time on incidents \#
    (default \"Customer Related Clerical Work\")."
            }
          },
          "required": [
            "perCaseworkerHour"
          ],
          "additionalProperties": false
        },
        "exceptions": {
          "description": "CSA scheme case-closure exceptions: the nightly batch's failure \#
    reports, triaged to technical skip, the AMS team or a caseworker.",
          "type": "object",
          "properties": {
            "at": {
              "$ref": "#/$defs/clockTime",
              "description": "The time of day the nightly batch runs."
            },
            "reportsPerBatch": {
              "$ref": "#/$defs/callCount",
              "description": "The mean number of failure reports per batch (Poisson)."
            },
            "reasons": {
              "$ref": "#/$defs/reasonShares",
              "description": "The failure reasons and their shares."
            },
            "triage": {
              "description": "Where technical triage sends each report; the shares sum to 1 (a \#
    key left out is 0).",
              "type": "object",
              "properties": {
                "technicalSkip": {
                  "$ref": "#/$defs/probability",
                  "description": "Re-run with the next batch, where closure succeeds."
                },
                "ams": {
                  "$ref": "#/$defs/probability",
                  "description": "Sent to the AMS team."
                },
                "caseworker": {
                  "$ref": "#/$defs/probability",
                  "description": "Returned to a caseworker through the incident management team."
                }
              },
              "additionalProperties": false
            },
            "amsFixed": {
              "$ref": "#/$defs/probability",
              "description": "The share of AMS cases fixed; the rest go to clerical case \#
    handling (default 1)."
            },
            "handOver": {
              "$ref": "#/$defs/distribution",
              "description": "From the batch to the work item reaching the caseworkers (default \#
    0)."
            },
            "work": {
              "$ref": "#/$defs/distribution",
              "description": "The caseworker's time on an item, in NotReady – Customer Related \#
    Clerical Work."
            },
            "teams": {
              "description": "The ids of the teams whose caseworkers take the items, each once; \#
    required when triage.caseworker is above 0.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/name"
              },
              "minItems": 1
            },
            "reserve": {
              "description": "Caseworkers kept for exception work in given hours; each team is \#
    one of teams.",
              "type": "array",
              "items": {
                "$ref": "#/$defs/outboundReserve"
              }
            }
          },
          "required": [
            "at",
            "reportsPerBatch",
            "reasons",
            "triage",
            "work"
          ],
          "additionalProperties": false
        },
        "pulse": {
          "description": "CC Pulse views (ccsim pulse).",
          "type": "object",
          "properties": {
            "thresholds": {
              "$ref": "#/$defs/pulseThresholds"
            }
          },
          "additionalProperties": false
        },
        "pulseThresholds": {
          "description": "When a cell turns amber or red. Every key is optional, a missing \#
    value is the standard one, and red must be at least as severe as amber.",
          "type": "object",
          "properties": {
            "serviceLevel": {
              "description": "A queue's service level below amber is amber, below red red; \#
    red at most amber.",
              "type": "object",
              "properties": {
                "amber": {
                  "$ref": "#/$defs/probability",
                  "description": "Default 0.8."
                },
                "red": {
                  "$ref": "#/$defs/probability",
                  "description": "Default 0.6."
                }
              },
              "additionalProperties": false
            },
            "longestWait": {
              "description": "A queue's longest current wait above amber is amber, above red \#
    red; red at least amber.",
              "type": "object",
              "properties": {
                "amber": {
                  "$ref": "#/$defs/duration",
                  "description": "Default \"30s\"."
                },
                "red": {
                  "$ref": "#/$defs/duration",
                  "description": "Default \"60s\"."
                }
              },
              "additionalProperties": false
            },
            "abandonRate": {
              "description": "A queue's abandon rate above amber is amber, above red red; red \#
    at least amber.",
              "type": "object",
              "properties": {
                "amber": {
                  "$ref": "#/$defs/probability",
                  "description": "Default 0.05."
                },
                "red": {
                  "$ref": "#/$defs/probability",
                  "description": "Default 0.1."
                }
              },
              "additionalProperties": false
            },
            "afterCallWork": {
              "description": "An agent in After Call Work longer than amber is amber, longer \#
    than red red; red at least amber.",
              "type": "object",
              "properties": {
                "amber": {
                  "$ref": "#/$defs/duration",
                  "description": "Default \"8m\"."
                },
                "red": {
                  "$ref": "#/$defs/duration",
                  "description": "Default \"10m\"."
                }
              },
              "additionalProperties": false
            },
            "notReady": {
              "description": "An agent NotReady (any reason) longer than amber is amber, \#
    longer than red red; red at least amber.",
              "type": "object",
              "properties": {
                "amber": {
                  "$ref": "#/$defs/duration",
                  "description": "Default \"20m\"."
                },
                "red": {
                  "$ref": "#/$defs/duration",
                  "description": "Default \"45m\"."
                }
              },
              "additionalProperties": false
            }
          },
          "additionalProperties": false
        }
      }
    }
    """#
}
