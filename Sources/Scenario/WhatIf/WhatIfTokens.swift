import SimKernel

/// The words of one what-if change, each with its column: a word runs to a space or a comma,
/// a quoted name (`"gich agent 3"`) to its closing quote, and a comma is a word of its own. A
/// `#` that begins a word begins a comment, which runs to the end of the line (inside a word,
/// as in the step name `gich#2`, it is part of it).
struct WhatIfTokens {
  /// One word of a change.
  struct Token: Equatable {
    /// The word, without its quotes.
    var text: String
    /// Whether it was quoted (a quoted word is always a name, never a keyword or number).
    var quoted: Bool
    /// Its first character's column, from 1.
    var column: Int

    /// Whether the word is `keyword`, unquoted.
    func isWord(_ keyword: String) -> Bool { !quoted && text == keyword }

    /// Whether it is a comma between names.
    var isComma: Bool { isWord(",") }
  }

  var tokens: [Token] = []
  /// The column just past the change's last character (for "something is missing" errors).
  var endColumn = 1

  /// The words of `line`.
  ///
  /// - Throws: `UnclosedQuote` with the column of a quote that is not closed.
  init(_ line: String) throws(WhatIfTokens.UnclosedQuote) {
    let characters = Array(line)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == " " || character == "\t" || character == "\r" {
        index += 1
        continue
      }
      if character == "#" { break }
      if character == "," {
        tokens.append(Token(text: ",", quoted: false, column: index + 1))
        index += 1
      } else if character == "\"" {
        guard let close = characters[(index + 1)...].firstIndex(of: "\"") else {
          throw UnclosedQuote(column: index + 1)
        }
        tokens.append(
          Token(text: String(characters[(index + 1)..<close]), quoted: true, column: index + 1))
        index = close + 1
      } else {
        let start = index
        while index < characters.count,
          !" \t\r,\"".contains(characters[index])
        {
          index += 1
        }
        tokens.append(
          Token(text: String(characters[start..<index]), quoted: false, column: start + 1))
      }
      endColumn = index + 1
    }
  }

  /// A quote with no closing quote, at `column`.
  struct UnclosedQuote: Error {
    var column: Int
  }
}
