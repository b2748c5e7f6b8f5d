/// Maps a line of a rendered manifest back to the template that produced it. Rendering moves
/// lines, so the key is matched instead: the n-th `privileged:` rendered is the n-th in the
/// template, else the first, else the template's first line.
struct TemplateLineMap {
    let template: [Substring]
    let rendered: [Substring]

    init(template: String, rendered: String) {
        self.template = template.split(separator: "\n", omittingEmptySubsequences: false)
        self.rendered = rendered.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func templateLine(forRenderedLine line: Int) -> Int {
        guard line >= 1, line <= rendered.count, let key = Self.key(of: rendered[line - 1]) else { return 1 }
        let occurrence = rendered[..<(line - 1)].filter { Self.key(of: $0) == key }.count
        let matches = template.indices.filter { Self.key(of: template[$0]) == key }
        guard let first = matches.first else { return 1 }
        return (occurrence < matches.count ? matches[occurrence] : first) + 1
    }

    /// `privileged` for `      privileged: true` or `- name: x`; nil for lines without a key.
    private static func key(of line: Substring) -> Substring? {
        var text = line.drop { $0 == " " }
        if text.hasPrefix("- ") { text = text.dropFirst(2).drop { $0 == " " } }
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex,
              !text[..<colon].contains(" "), !text.hasPrefix("#"), !text.hasPrefix("{{") else { return nil }
        return text[..<colon]
    }
}
