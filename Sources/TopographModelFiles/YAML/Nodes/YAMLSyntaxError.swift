/// Why a text is not well-formed YAML, in libyaml's words and at libyaml's positions (lines and
/// columns from 1, columns in Unicode scalars). `YAMLErrorMapping` turns it into a diagnostic.
enum YAMLSyntaxError: Error, Equatable {
    /// A scanner, parser or composer error: what is wrong, where, and what was being read when it went wrong.
    case malformed(problem: String, at: YAMLNode.Mark, context: String?, contextMark: YAMLNode.Mark?)
    /// A character libyaml refuses to read (a control character, say), at this UTF-8 byte offset.
    case unreadable(problem: String, byteOffset: Int)
    /// The same key twice in one mapping: the key (the first in sorted order when several repeat) and
    /// where it first occurs.
    case duplicateKey(String, first: YAMLNode.Mark)
}
