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

    func testWhatIsNotLiteralIsUnknown() throws {
        XCTAssertEqual(try value(of: "var.missing"), .unknown)
        XCTAssertEqual(try value(of: "aws_s3_bucket.b.id"), .unknown)
        XCTAssertEqual(try value(of: "\"${aws_s3_bucket.b.id}-x\""), .unknown)
        XCTAssertEqual(try value(of: "[for s in var.l : s]", variables: ["l": .list([])]), .unknown)
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
