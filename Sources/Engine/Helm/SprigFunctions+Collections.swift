import Foundation
import InfragateParsers

/// Sprig's lists, dicts and arithmetic.
extension SprigFunctions {
    static let lists: [String: TemplateEvaluator.Function] = [
        "list": { call in .list(call.arguments) },
        "tuple": { call in .list(call.arguments) },
        "append": { call in try call.expectArguments(2...2); return .list(try list(call.arguments[0], call) + [call.arguments[1]]) },
        "push": { call in try call.expectArguments(2...2); return .list(try list(call.arguments[0], call) + [call.arguments[1]]) },
        "prepend": { call in try call.expectArguments(2...2); return .list([call.arguments[1]] + (try list(call.arguments[0], call))) },
        "first": { call in try list(call.argument(0), call).first ?? .null },
        "last": { call in try list(call.argument(0), call).last ?? .null },
        "rest": { call in .list(Array(try list(call.argument(0), call).dropFirst())) },
        "initial": { call in .list(Array(try list(call.argument(0), call).dropLast())) },
        "uniq": { call in
            var unique: [TemplateValue] = []
            for item in try list(call.argument(0), call) where !unique.contains(item) { unique.append(item) }
            return .list(unique)
        },
        "has": { call in try call.expectArguments(2...2); return .bool(try list(call.arguments[1], call).contains(call.arguments[0])) },
        "without": { call in
            let removed = Array(call.arguments.dropFirst())
            return .list(try list(call.argument(0), call).filter { !removed.contains($0) })
        },
        "compact": { call in .list(try list(call.argument(0), call).filter { !isEmpty($0) }) },
        "concat": { call in .list(try call.arguments.flatMap { try list($0, call) }) },
        "reverse": { call in .list(try list(call.argument(0), call).reversed()) },
        "sortAlpha": { call in .list(try list(call.argument(0), call).map(text).sorted().map { .string($0) }) },
        "chunk": { call in
            let size = max(1, integer(call.argument(0)))
            let items = try list(call.argument(1), call)
            return .list(stride(from: 0, to: items.count, by: size).map { .list(Array(items[$0..<min($0 + size, items.count)])) })
        },
        "until": { call in
            let count = integer(call.argument(0))
            guard count <= call.evaluator.limits.maxListCount else { throw TemplateError(.limit, template: call.template, line: call.line, message: "until \(count) is over the list budget") }
            return .list(count >= 0 ? (0..<count).map { .int($0) } : stride(from: 0, to: count, by: -1).map { .int($0) })
        },
        "untilStep": { call in
            let (start, stop, step) = (integer(call.argument(0)), integer(call.argument(1)), integer(call.argument(2)))
            guard step != 0, (Double(stop) - Double(start)) / Double(step) <= Double(call.evaluator.limits.maxListCount) else { return .list([]) }
            return .list(stride(from: start, to: stop, by: step).map { .int($0) })
        },
    ]

    static let dictionaries: [String: TemplateEvaluator.Function] = [
        "dict": { call in
            var map: [String: TemplateValue] = [:]
            for index in stride(from: 0, to: call.arguments.count, by: 2) {
                map[text(call.arguments[index])] = index + 1 < call.arguments.count ? call.arguments[index + 1] : .string("")
            }
            return .map(map)
        },
        // Sprig's dicts are mutated in place; values here are copies, so `set` returns the new one
        // (`$_ := set $d "k" v` then reads `$d`: see HelmRenderer's note on mutation).
        "set": { call in
            try call.expectArguments(3...3)
            var map = try dictionary(call.arguments[0], call)
            map[text(call.arguments[1])] = call.arguments[2]
            return .map(map)
        },
        "unset": { call in
            try call.expectArguments(2...2)
            var map = try dictionary(call.arguments[0], call)
            map[text(call.arguments[1])] = nil
            return .map(map)
        },
        "get": { call in try call.expectArguments(2...2); return try dictionary(call.arguments[0], call)[text(call.arguments[1])] ?? .string("") },
        "hasKey": { call in try call.expectArguments(2...2); return .bool(try dictionary(call.arguments[0], call)[text(call.arguments[1])] != nil) },
        "keys": { call in .list(try call.arguments.flatMap { try dictionary($0, call).keys.sorted() }.map { .string($0) }) },
        "values": { call in .list(try dictionary(call.argument(0), call).sorted { $0.key < $1.key }.map(\.value)) },
        "pick": { call in
            let map = try dictionary(call.argument(0), call)
            let names = Set(call.arguments.dropFirst().map(text))
            return .map(map.filter { names.contains($0.key) })
        },
        "omit": { call in
            let map = try dictionary(call.argument(0), call)
            let names = Set(call.arguments.dropFirst().map(text))
            return .map(map.filter { !names.contains($0.key) })
        },
        "merge": { call in
            // The first dict wins: later ones only fill what it lacks.
            try call.arguments.reversed().reduce(TemplateValue.map([:])) { merged, next in HelmData.merged(merged, with: .map(try dictionary(next, call))) }
        },
        "mergeOverwrite": { call in
            try call.arguments.reduce(TemplateValue.map([:])) { merged, next in HelmData.merged(merged, with: .map(try dictionary(next, call))) }
        },
        "deepCopy": { call in call.argument(0) },
        "dig": { call in
            try call.expectArguments(3...Int.max)
            var current = call.arguments.last!
            let fallback = call.arguments[call.arguments.count - 2]
            for key in call.arguments.dropLast(2) {
                guard case .map(let map) = current, let next = map[text(key)] else { return fallback }
                current = next
            }
            return current
        },
    ]

    static let numbers: [String: TemplateEvaluator.Function] = [
        "int": { call in .int(integer(call.argument(0))) },
        "int64": { call in .int(integer(call.argument(0))) },
        "atoi": { call in .int(Int(text(call.argument(0))) ?? 0) },
        "float64": { call in .float(float(call.argument(0))) },
        "add": { call in .int(call.arguments.reduce(0) { $0 &+ integer($1) }) },
        "add1": { call in .int(integer(call.argument(0)) &+ 1) },
        "sub": { call in try call.expectArguments(2...2); return .int(integer(call.arguments[0]) &- integer(call.arguments[1])) },
        "mul": { call in .int(call.arguments.reduce(1) { $0 &* integer($1) }) },
        "div": { call in
            try call.expectArguments(2...2)
            guard integer(call.arguments[1]) != 0 else { throw call.failure("integer divide by zero") }
            return .int(integer(call.arguments[0]).dividedReportingOverflow(by: integer(call.arguments[1])).partialValue)
        },
        "mod": { call in
            try call.expectArguments(2...2)
            guard integer(call.arguments[1]) != 0 else { throw call.failure("integer divide by zero") }
            return .int(integer(call.arguments[0]).remainderReportingOverflow(dividingBy: integer(call.arguments[1])).partialValue)
        },
        "max": { call in .int(call.arguments.map(integer).max() ?? 0) },
        "min": { call in .int(call.arguments.map(integer).min() ?? 0) },
        "addf": { call in .float(call.arguments.reduce(0) { $0 + float($1) }) },
        "subf": { call in .float(float(call.argument(0)) - call.arguments.dropFirst().reduce(0) { $0 + float($1) }) },
        "mulf": { call in .float(call.arguments.reduce(1) { $0 * float($1) }) },
        "divf": { call in .float(call.arguments.dropFirst().reduce(float(call.argument(0))) { $0 / float($1) }) },
        "ceil": { call in .float(float(call.argument(0)).rounded(.up)) },
        "floor": { call in .float(float(call.argument(0)).rounded(.down)) },
        "round": { call in
            let precision = Double(integer(call.argument(1)))
            let scale = pow(10, precision)
            return .float((float(call.argument(0)) * scale).rounded(.toNearestOrAwayFromZero) / scale)
        },
    ]
}
