import InfragateParsers
import XCTest

final class HCLEvaluatorTests: XCTestCase {
    private func value(of source: String, variables: [String: HCLValue] = [:]) throws -> HCLValue {
        let expression = try XCTUnwrap(HCLParser.parse("v = \(source)").attribute("v")?.expression)
        let evaluator = HCLEvaluator { root, name, _ in root == "var" ? variables[name] ?? .unknown : .unknown }
        return evaluator.evaluate(expression)
    }

    func testLiteralsCollectionsAndInterpolation() throws {
        XCTAssertEqual(try value(of: "[1, \"a\", true, null]"), .list([.number(1), .string("a"), .bool(true), .null]))
        XCTAssertEqual(try value(of: "\"${var.env}-bucket-${2 + 1}\"", variables: ["env": .string("prod")]), .string("prod-bucket-3"))
        XCTAssertEqual(try value(of: "{ a = 1, \"b\" = var.x }", variables: ["x": .bool(false)]), .object(["a": .number(1), "b": .bool(false)]))
        XCTAssertEqual(try value(of: "var.m.k[1]", variables: ["m": .object(["k": .list([.number(0), .number(7)])])]), .number(7))
    }

    func testOperatorsConditionalsAndFunctions() throws {
        XCTAssertEqual(try value(of: "var.env == \"prod\" ? 3 : 1", variables: ["env": .string("prod")]), .number(3))
        XCTAssertEqual(try value(of: "var.unset ? 1 : 1"), .number(1), "both branches agree, so the condition does not matter")
        XCTAssertEqual(try value(of: "!(1 < 2) || 4 % 3 == 1"), .bool(true))
        XCTAssertEqual(try value(of: "jsonencode({ b = [1, \"x\"], a = true })"), .string(#"{"a":true,"b":[1,"x"]}"#))
        XCTAssertEqual(try value(of: "merge({ a = 1 }, { a = 2, b = 3 })"), .object(["a": .number(2), "b": .number(3)]))
        XCTAssertEqual(try value(of: "jsondecode(\"{\\\"k\\\": [\\\"v\\\"]}\")"), .object(["k": .list([.string("v")])]))
    }

    func testCommonFunctionsOverKnownValues() throws {
        XCTAssertEqual(try value(of: "lookup({ ssh = 22 }, \"ssh\", 0)"), .number(22))
        XCTAssertEqual(try value(of: "lookup({ ssh = 22 }, \"rdp\", 3389)"), .number(3389))
        XCTAssertEqual(try value(of: "lookup(var.ports, \"ssh\", 22)"), .unknown, "an unknown map may hold the key")
        XCTAssertEqual(try value(of: "join(\",\", [\"a\", \"b\"])"), .string("a,b"))
        XCTAssertEqual(try value(of: "format(\"%s-%d%%\", \"web\", 80)"), .string("web-80%"))
        XCTAssertEqual(try value(of: "format(\"%05d\", 80)"), .unknown, "only verbs whose output is certain")
        XCTAssertEqual(try value(of: "cidrsubnet(\"10.0.0.0/16\", 8, 2)"), .string("10.0.2.0/24"))
        XCTAssertEqual(try value(of: "cidrsubnet(\"10.0.0.0/30\", 8, 2)"), .unknown)
        XCTAssertEqual(try value(of: "try(var.a, \"x\")", variables: ["a": .string("y")]), .string("y"))
        XCTAssertEqual(try value(of: "try(var.missing, \"x\")"), .unknown, "an error and an unknown value look alike")
        XCTAssertEqual(try value(of: "toset([\"0.0.0.0/0\"])"), .list([.string("0.0.0.0/0")]))
    }

    func testForExpressionsSplatsAndCollectionFunctions() throws {
        XCTAssertEqual(try value(of: "[for s in var.l : upper(s)]", variables: ["l": .list([.string("a"), .string("b")])]),
                       .list([.string("A"), .string("B")]))
        XCTAssertEqual(try value(of: "[for s in var.l : s]", variables: ["l": .list([])]), .list([]))
        XCTAssertEqual(try value(of: "{for k, v in {a = 1, b = 2} : v => k if v > 1}"), .object(["2": .string("b")]))
        XCTAssertEqual(try value(of: "{for s in [\"x\", \"x\"] : s => s...}"), .object(["x": .list([.string("x"), .string("x")])]))
        XCTAssertEqual(try value(of: "{for s in [\"x\", \"x\"] : s => s}"), .unknown, "Terraform rejects a duplicate key")
        XCTAssertEqual(try value(of: "[for i, s in [\"a\"] : \"${i}-${s}\"]"), .list([.string("0-a")]))
        XCTAssertEqual(try value(of: "[{c = \"0.0.0.0/0\"}, {c = \"10.0.0.0/8\"}][*].c"), .list([.string("0.0.0.0/0"), .string("10.0.0.0/8")]))
        XCTAssertEqual(try value(of: "flatten([[\"a\"], [[\"b\"]], \"c\"])"), .list([.string("a"), .string("b"), .string("c")]))
        XCTAssertEqual(try value(of: "flatten([var.missing])"), .unknown, "an unknown element may be a list")
        XCTAssertEqual(try value(of: "toset([\"a\", \"a\"])"), .list([.string("a")]))
        XCTAssertEqual(try value(of: "length(keys({a = 1, b = 2}))"), .number(2))
        XCTAssertEqual(try value(of: "values({b = 2, a = 1})"), .list([.number(1), .number(2)]))
        XCTAssertEqual(try value(of: "element([\"a\", \"b\"], 3)"), .string("b"))
        XCTAssertEqual(try value(of: "contains([\"0.0.0.0/0\"], \"0.0.0.0/0\")"), .bool(true))
        XCTAssertEqual(try value(of: "compact([\"a\", \"\", null])"), .list([.string("a")]))
        XCTAssertEqual(try value(of: "zipmap([\"a\"], [1])"), .object(["a": .number(1)]))
        XCTAssertEqual(try value(of: "split(\",\", \"a,,b\")"), .list([.string("a"), .string(""), .string("b")]))
    }

    func testForExpressionsOverHugeValuesStayBounded() throws {
        // Each line doubles the previous local: the value cap stops it, the result is unknown.
        var source = "locals {\n  l0 = [for i in [1, 2] : i]\n"
        for level in 1..<40 { source += "  l\(level) = flatten([for x in [1, 2] : local.l\(level - 1)])\n" }
        source += "}\n"
        let body = try HCLParser.parse(source)
        let definitions = Dictionary(uniqueKeysWithValues: body.blocks[0].body.attributes.map { ($0.name, $0.expression) })
        var cache: [String: HCLValue] = [:]
        func local(_ name: String, _ depth: Int) -> HCLValue {
            if let known = cache[name] { return known }
            guard let expression = definitions[name] else { return .unknown }
            let evaluated = HCLEvaluator { _, inner, depth in local(inner, depth) }.evaluate(expression, depth: depth)
            cache[name] = evaluated
            return evaluated
        }
        XCTAssertEqual(local("l39", 0), .unknown)
    }

    func testTemplateDirectivesRenderWhereTheirValuesAreKnown() throws {
        let cidrs: [String: HCLValue] = ["cidrs": .list([.string("10.0.0.0/8"), .string("0.0.0.0/0")]), "open": .bool(true)]
        XCTAssertEqual(try value(of: "\"%{ for c in var.cidrs }allow ${c};%{ endfor }\"", variables: cidrs),
                       .string("allow 10.0.0.0/8;allow 0.0.0.0/0;"))
        XCTAssertEqual(try value(of: "\"%{ for i, c in var.cidrs }${i}=${c} %{ endfor }\"", variables: cidrs),
                       .string("0=10.0.0.0/8 1=0.0.0.0/0 "))
        XCTAssertEqual(try value(of: "\"%{ for k, v in { a = 1, b = 2 } }${k}${v}%{ endfor }\""), .string("a1b2"))
        XCTAssertEqual(try value(of: "\"%{ if var.open }0.0.0.0/0%{ else }10.0.0.0/8%{ endif }\"", variables: cidrs), .string("0.0.0.0/0"))
        XCTAssertEqual(try value(of: "\"x%{ if !var.open }y%{ endif }\"", variables: cidrs), .string("x"))
        XCTAssertEqual(try value(of: "\"%{ for c in var.cidrs }%{ if c != \"0.0.0.0/0\" }${c}%{ endif }%{ endfor }\"", variables: cidrs),
                       .string("10.0.0.0/8"), "nested directives")
        // A heredoc policy built by a loop reads as the JSON Terraform would send.
        let heredoc = try XCTUnwrap(HCLParser.parse("""
        v = <<-EOT
          {"Action": [%{ for i, a in var.actions }%{ if i > 0 },%{ endif }"${a}"%{ endfor }]}
        EOT
        """).attribute("v")?.expression)
        let evaluator = HCLEvaluator { _, name, _ in name == "actions" ? .list([.string("s3:*"), .string("iam:*")]) : .unknown }
        XCTAssertEqual(evaluator.evaluate(heredoc), .string("{\"Action\": [\"s3:*\",\"iam:*\"]}\n"))
    }

    func testTemplateDirectivesOverUnknownValuesAreUnknown() throws {
        XCTAssertEqual(try value(of: "\"%{ for c in var.missing }${c}%{ endfor }\""), .unknown)
        XCTAssertEqual(try value(of: "\"%{ if var.missing }a%{ else }b%{ endif }\""), .unknown, "the branch is not known")
        XCTAssertEqual(try value(of: "\"%{ for c in [\"a\", var.missing] }${c}%{ endfor }\""), .unknown)
        // A loop over a huge list stops at the value cap, never builds it.
        let huge: [String: HCLValue] = ["l": .list(Array(repeating: .string(String(repeating: "x", count: 1024)), count: 2048))]
        XCTAssertEqual(try value(of: "\"%{ for s in var.l }${s}%{ endfor }\"", variables: huge), .unknown)
    }

    func testWhatIsNotLiteralIsUnknown() throws {
        XCTAssertEqual(try value(of: "var.missing"), .unknown)
        XCTAssertEqual(try value(of: "aws_s3_bucket.b.id"), .unknown)
        XCTAssertEqual(try value(of: "\"${aws_s3_bucket.b.id}-x\""), .unknown)
        XCTAssertEqual(try value(of: "[for s in var.missing : s]"), .unknown)
        XCTAssertEqual(try value(of: "[for s in [\"a\"] : s if var.missing]"), .unknown, "an unknown condition may keep or drop")
        XCTAssertEqual(try value(of: "timestamp()"), .unknown)
        XCTAssertFalse(try value(of: "[1, var.missing]").isKnown)
    }

    func testEndlessChainsOfNamesStopAtTheDepthCap() throws {
        let expression = try XCTUnwrap(HCLParser.parse("v = [[var.again]]").attribute("v")?.expression)
        var resolutions = 0
        var evaluator: HCLEvaluator!
        evaluator = HCLEvaluator { _, _, depth in
            resolutions += 1
            return evaluator.evaluate(expression, depth: depth)
        }
        XCTAssertFalse(evaluator.evaluate(expression).isKnown)
        XCTAssertLessThanOrEqual(resolutions, HCLEvaluator.maximumDepth)
    }
}
