import Testing

@testable import SimKernel

/// Control characters are shown, never sent: each escaped as `\u{…}`, everything else left as
/// it is; JSON escapes the same characters and still means the same string.
@Suite struct VisibleTextTests {
  @Test(arguments: [
    ("plain name", "plain name"),
    ("", ""),
    ("\u{1B}[31mred\u{1B}[0m", #"\u{1B}[31mred\u{1B}[0m"#),
    ("bell\u{7}", #"bell\u{7}"#),
    ("nul\u{0}end", #"nul\u{0}end"#),
    ("tab\tand\nline\r", #"tab\u{9}and\u{A}line\u{D}"#),
    ("del\u{7F} csi\u{9B}2J", #"del\u{7F} csi\u{9B}2J"#),
    (
      "\u{202E}evil\u{2066}x\u{2069}\u{200F}\u{061C}",
      #"\u{202E}evil\u{2066}x\u{2069}\u{200F}\u{61C}"#
    ),
    ("line\u{2028}sep", #"line\u{2028}sep"#),
    ("back\\slash é – ✓ 𝄞", "back\\slash é – ✓ 𝄞"),
  ])
  func escapesEveryControlCharacter(_ text: String, _ shown: String) {
    #expect(VisibleText.escaped(text) == shown)
    #expect(!VisibleText.escaped(text).unicodeScalars.contains(where: VisibleText.isControl))
    #expect(VisibleText.containsControl(text) == (text != shown))
  }

  @Test func keepsLineBreaksOfAMessageWhenAsked() {
    let message = "a.json: no team \"x\u{1B}\"\n1 problem found."
    #expect(
      VisibleText.escaped(message, keepingLineBreaks: true)
        == "a.json: no team \"x\\u{1B}\"\n1 problem found.")
  }

  @Test func theControlsAreExactlyC0DelC1AndTheBidirectionalFormats() {
    let controls = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(VisibleText.isControl)
    let expected: [ClosedRange<UInt32>] = [
      0...0x1F, 0x7F...0x9F, 0x61C...0x61C, 0x200E...0x200F, 0x2028...0x202E, 0x2066...0x2069,
    ]
    #expect(controls.map(\.value) == expected.flatMap { Array($0) })
  }

  @Test func prefixCutsLongTextAndShowsItsControls() {
    #expect(
      VisibleText.prefix(String(repeating: "a", count: 40)) == String(repeating: "a", count: 40))
    #expect(
      VisibleText.prefix(String(repeating: "a", count: 41)) == String(repeating: "a", count: 40)
        + "…")
    #expect(VisibleText.prefix("\u{1B}bc", 2) == #"\u{1B}b…"#)
    #expect(VisibleText.codePoint("\u{0}") == "U+0000")
    #expect(VisibleText.codePoint("\u{202E}") == "U+202E")
  }

  @Test func jsonEscapesTheSameControlsAndKeepsTheString() {
    #expect(
      JSONString.quoted("a\u{1B}b\u{7F}c\u{9B}d\u{202E}e\u{2028}")
        == #""a\u001bb\u007fc\u009bd\u202ee\u2028""#)
    #expect(JSONString.quoted("tab\tnl\n é") == #""tab\tnl\n é""#)
  }
}
