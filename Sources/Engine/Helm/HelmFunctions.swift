import InfragateParsers

/// Helm's own template functions on top of Sprig (`include`, `tpl`, `required`, `toYaml`, …).
extension NativeHelmRenderer {
    static func functions() -> [String: TemplateEvaluator.Function] {
        var functions = SprigFunctions.all
        let helm: [String: TemplateEvaluator.Function] = [
            "include": { call in
                try call.expectArguments(1...2)
                return .string(try call.evaluator.include(SprigFunctions.text(call.arguments[0]), data: call.argument(1), template: call.template, line: call.line))
            },
            "tpl": { call in
                try call.expectArguments(2...2)
                return .string(try call.evaluator.renderInline(SprigFunctions.text(call.arguments[0]), data: call.arguments[1], template: call.template, line: call.line))
            },
            "required": { call in
                try call.expectArguments(2...2)
                switch call.arguments[1] {
                case .null, .string(""):
                    throw TemplateError(.failed, template: call.template, line: call.line, message: "required: \(SprigFunctions.text(call.arguments[0]))")
                default: return call.arguments[1]
                }
            },
            "fail": { call in
                throw TemplateError(.failed, template: call.template, line: call.line, message: "fail: \(SprigFunctions.text(call.argument(0)))")
            },
            // No cluster is asked: `helm template` answers lookups with an empty map too.
            "lookup": { _ in .map([:]) },
            "toYaml": { call in .string(HelmData.yaml(call.argument(0))) },
            "mustToYaml": { call in .string(HelmData.yaml(call.argument(0))) },
            "toYamlPretty": { call in .string(HelmData.yaml(call.argument(0))) },
            "fromYaml": { call in fromYaml(SprigFunctions.text(call.argument(0)), array: false) },
            "fromYamlArray": { call in fromYaml(SprigFunctions.text(call.argument(0)), array: true) },
            "toToml": { call in .string(HelmData.toml(call.argument(0))) },
            "toJson": { call in .string(HelmData.json(call.argument(0))) },
            "mustToJson": { call in .string(HelmData.json(call.argument(0))) },
            "toRawJson": { call in .string(HelmData.json(call.argument(0))) },
            "mustToRawJson": { call in .string(HelmData.json(call.argument(0))) },
            "toPrettyJson": { call in .string(HelmData.json(call.argument(0), pretty: true)) },
            "mustToPrettyJson": { call in .string(HelmData.json(call.argument(0), pretty: true)) },
            "fromJson": { call in fromJson(SprigFunctions.text(call.argument(0)), array: false) },
            "fromJsonArray": { call in fromJson(SprigFunctions.text(call.argument(0)), array: true) },
        ]
        functions.merge(helm) { _, helm in helm }
        return functions
    }

    /// Helm's `fromYaml`: a map, or a map holding only `Error` when the text is not one.
    private static func fromYaml(_ text: String, array: Bool) -> TemplateValue {
        let parsed = YAMLParser.parse(text, dialect: .kubernetes)
        if let problem = parsed.problems.first { return array ? .list([.string(problem.message)]) : .map(["Error": .string(problem.message)]) }
        let value = parsed.documents.first.map { HelmData.value(of: $0.root) } ?? (array ? .list([]) : .map([:]))
        switch (value, array) {
        case (.map, false), (.list, true): return value
        case (.null, _): return array ? .list([]) : .map([:])
        default: return array ? .list([.string("not a YAML array")]) : .map(["Error": .string("not a YAML map")])
        }
    }

    private static func fromJson(_ text: String, array: Bool) -> TemplateValue {
        guard let json = try? JSONParser.parse(text) else { return array ? .list([.string("invalid JSON")]) : .map(["Error": .string("invalid JSON")]) }
        return HelmData.value(ofJSON: json)
    }
}
