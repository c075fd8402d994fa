import TopographTestSupport

/// Broken and unusual model texts, YAML and JSON, for comparing the loader's paths.
enum BadInputs {
    static let corpus: [String] = [
        "", "\n\n", "# only a comment\n", "---\n", "---\n...\n", "~\n", "null\n", "name: m\n---\nname: n\n",
        "name: m\nname: n\n", "name: m\nzones:\n  - {id: a, kind: dmz, id: b}\n",
        "name: m\nzones:\n  - {id: a, kind: dmz, kind: dmz, id: b}\n", "{\"name\": \"m\", \"name\": \"n\"}",
        "name: m\nzones: *nowhere\n", "name: &n m\ndescription: *n\n", "name: m\n  bad: indent\n",
        "name: 'unclosed\n", "name: \"unclosed\n", "name: m\n\tzones: []\n", "\t{\"name\": \"m\"}",
        "{\"name\":\t\"m\"}\n", "{\"name\": \"m\"}\t\n", "{\"name\": \"m\",}", "[1, 2,]", "{\"name\": \"m\"} extra",
        "{\"name\": \"a\u{85}b\"}", "{\"name\": \"a\u{2028}b\"}", "{\"name\": \"a\u{FEFF}b\"}",
        "{\"name\": \"bell\u{7}\"}", "name: bell\u{7}\n", "name: é \u{7}\n", "{\"name\": \"\\ud83d\\ude80\"}",
        "{\"name\": \"\\u00e9\\u0000\\/\\b\\f\\n\\r\\t\\\"\\\\\"}", "{\"name\": \"\\x41\"}", "{\"name\": \"\\u12\"}",
        "{\"name\": \"\\u+123\"}", "{\"\(String(repeating: "k", count: 1100))\": 1, \"name\": \"m\"}",
        "{\"name\"\n: \"m\"}", "{\"name\": \"m\",\r\n\"domain\": \"d\",\r\"description\": 1.5e3}",
        "{\"name\": \"m\", \"zones\": [{\"id\": \"z\", \"kind\": \"dmz\"}], \"hosts\": [{\"id\": 1, \"zone\": true}]}",
        "{\"name\": -0, \"domain\": 01, \"description\": 1.}", "{\"name\": tru}", "{\"name\": null}",
        "{\"name\": \"m\" # comment\n}", "[\"name\", \"m\"]", "\"name\"", "42",
        String(repeating: "[", count: 1100) + String(repeating: "]", count: 1100),
        "{\"a\":" + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + ", \"name\": \"m\"}",
        "name: !!int m\n", "name: !custom m\n", "name: ! 12\n", "name: m\nzones: !!set {a, b}\n",
        "name: m\nflows:\n  - {from: a, to: b, protocol: https, port: 0x1BB}\n",
        "name: m\nflows:\n  - {from: a, to: b, protocol: https, port: 1:30, encrypted: yes}\n",
        "name: m\ncomponents:\n  - {id: c, kind: cache, cache: {engine: 8.0}, ports: [0o17, 1_000, '80', 99999]}\n",
        "name: m\nhosts:\n  - id: h\n    components:\n      - &c {id: c, kind: client}\n      - *c\n",
        "name: m\n? [a, b]\n: c\n", "name: m\n? {a: b}\n: c\n? {a: b}\n: d\n", "{? a}",
        "\u{FEFF}name: m\n", "name: m\r\nzones:\r\n  - {id: z, kind: dmz}\r\n",
        "name: 日本語 🚀\nzones: [{id: z, kind: dmz, unknown: 1}]\n",
    ]

    /// A text with a few random edits: characters YAML and JSON give meaning to, inserted, deleted
    /// or swapped, so most results are broken in a different place.
    static func mutate(_ text: String, using random: inout SeededGenerator) -> String {
        var scalars = Array(text.unicodeScalars)
        let inserts: [Unicode.Scalar] = [
            ":", "-", " ", "\t", "\n", "{", "}", "[", "]", ",", "\"", "'", "#", "&", "*", "!", "|", ">", "?", "%", "@",
            "\u{7}", "\u{85}", "é", "\\",
        ]
        for _ in 0..<Int.random(in: 1...3, using: &random) where !scalars.isEmpty {
            let at = Int.random(in: 0..<scalars.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: scalars.insert(inserts.randomElement(using: &random)!, at: at)
            case 1: scalars.remove(at: at)
            default: scalars.swapAt(at, Int.random(in: 0..<scalars.count, using: &random))
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }
}
