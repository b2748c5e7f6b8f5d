import InfragateParsers

/// `Fn::ForEach` of the `AWS::LanguageExtensions` transform, expanded in `Resources` the way the
/// transform does it: `Fn::ForEach::Name: [Identifier, [items…], {"Key${Identifier}": fragment}]`
/// makes one copy of the fragment per item, with `${Identifier}`/`&{Identifier}` replaced in the
/// keys and `Ref: Identifier` and `${Identifier}` in `Fn::Sub` replaced in the values.
enum CloudFormationForEach {
    /// CloudFormation allows five nested loops.
    static let maximumDepth = 5
    /// A template may have 500 resources; a loop making more is refused, not expanded without end.
    static let maximumResources = 2_000

    /// The entries of `Resources` with every loop expanded. A collection only deploy time knows
    /// (a parameter without a default) makes one copy with the identifier unknown, so the
    /// fragment is still judged on what it states.
    static func expanding(_ entries: [TemplateMember], problems: inout [ParseProblem]) -> [TemplateMember] {
        var budget = maximumResources
        return expanding(entries, depth: 0, budget: &budget, problems: &problems)
    }

    /// `budget` counts the resources still allowed; it goes below zero once, when the problem is reported.
    private static func expanding(_ entries: [TemplateMember], depth: Int, budget: inout Int,
                                  problems: inout [ParseProblem]) -> [TemplateMember] {
        var expanded: [TemplateMember] = []
        for entry in entries {
            guard budget >= 0 else { break }
            guard entry.key.hasPrefix("Fn::ForEach::") else {
                guard budget > 0 else {
                    budget = -1
                    problems.append(ParseProblem(line: entry.keyLine, message: "`Fn::ForEach` makes more than \(maximumResources) resources; the rest were not judged"))
                    break
                }
                budget -= 1
                expanded.append(entry)
                continue
            }
            guard depth < maximumDepth else {
                problems.append(ParseProblem(line: entry.keyLine, message: "`\(entry.key)` nests loops deeper than \(maximumDepth); its resources were not judged"))
                continue
            }
            let parts = entry.value.elements
            guard parts.count == 3, let identifier = parts[0].string, case .object(let fragment) = parts[2].kind else {
                problems.append(ParseProblem(line: entry.keyLine, message: "`\(entry.key)` is not `[identifier, collection, {key: fragment}]`; its resources were not judged"))
                continue
            }
            for item in items(of: parts[1]) where budget >= 0 {
                let copies = fragment.map { member in
                    TemplateMember(key: substituted(member.key, identifier: identifier, item: item), keyLine: member.keyLine,
                                   value: member.value.substituting(identifier, with: item))
                }
                expanded += expanding(copies, depth: depth + 1, budget: &budget, problems: &problems)
            }
        }
        return expanded
    }

    /// The items of a literal list, or of a comma-delimited list parameter's default; one unknown
    /// item (nil) for anything else.
    private static func items(of collection: TemplateValue) -> [String?] {
        switch collection.kind {
        case .list(let elements):
            let texts = elements.compactMap(\.scalarText)
            return texts.count == elements.count ? texts : [nil]
        case .string(let text):
            return text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces) }
        default:
            return [nil]
        }
    }

    /// A key with the identifier replaced; `&{…}` takes the item without its non-alphanumeric characters.
    fileprivate static func substituted(_ text: String, identifier: String, item: String?) -> String {
        guard let item else { return text }
        return text.replacing("${\(identifier)}", with: item)
            .replacing("&{\(identifier)}", with: String(item.filter { $0.isLetter || $0.isNumber }))
    }
}

extension TemplateValue {
    /// The value with a loop's identifier replaced by `item`; unchanged where the item is unknown.
    fileprivate func substituting(_ identifier: String, with item: String?) -> TemplateValue {
        guard let item else { return self }
        switch kind {
        case .intrinsic(function: "Ref", argument: let argument) where argument.string == identifier:
            return TemplateValue(.string(item), line: line)
        case .intrinsic(function: "Fn::Sub", argument: let argument):
            if let text = argument.string {
                return replacingKind(with: .intrinsic(function: "Fn::Sub", argument: argument.replacingKind(
                    with: .string(CloudFormationForEach.substituted(text, identifier: identifier, item: item)))))
            }
            var elements = argument.elements
            if let text = elements.first?.string {
                elements[0] = elements[0].replacingKind(with: .string(CloudFormationForEach.substituted(text, identifier: identifier, item: item)))
            }
            return replacingKind(with: .intrinsic(function: "Fn::Sub", argument: argument.replacingKind(
                with: .list(elements.map { $0.substituting(identifier, with: item) }))))
        case .intrinsic(let function, let argument):
            return replacingKind(with: .intrinsic(function: function, argument: argument.substituting(identifier, with: item)))
        case .list(let elements):
            return replacingKind(with: .list(elements.map { $0.substituting(identifier, with: item) }))
        case .object(let members):
            // Keys too: a nested loop's fragment names its resources after the outer identifier.
            return replacingKind(with: .object(members.map {
                TemplateMember(key: CloudFormationForEach.substituted($0.key, identifier: identifier, item: item), keyLine: $0.keyLine,
                               value: $0.value.substituting(identifier, with: item))
            }))
        case .string, .number, .bool, .null:
            return self
        }
    }
}
