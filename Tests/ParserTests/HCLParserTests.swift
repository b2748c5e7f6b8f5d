@testable import InfragateParsers
import XCTest

final class HCLParserTests: XCTestCase {
    func testBlocksLabelsAttributesAndNestedBlocksCarryLines() throws {
        let body = try HCLParser.parse("""
        # comment
        resource "aws_s3_bucket" "logs" {
          bucket = "logs" // trailing comment
          /* a
             block comment */
          versioning {
            enabled = true
          }
        }
        terraform { required_version = ">= 1.5" }
        """)
        let resource = try XCTUnwrap(body.blocks.first)
        XCTAssertEqual(resource.type, "resource")
        XCTAssertEqual(resource.labels, ["aws_s3_bucket", "logs"])
        XCTAssertEqual(resource.line, 2)
        XCTAssertEqual(resource.endLine, 9)
        XCTAssertEqual(resource.body.attribute("bucket")?.line, 3)
        let versioning = try XCTUnwrap(resource.body.blocks(ofType: "versioning").first)
        XCTAssertEqual(versioning.line, 6)
        XCTAssertEqual(versioning.body.attribute("enabled")?.line, 7)
        guard case .bool(true) = versioning.body.attribute("enabled")?.expression.kind else { return XCTFail("enabled") }
        XCTAssertEqual(body.blocks.last?.body.attributes.map(\.name), ["required_version"])
    }

    func testLiteralForms() throws {
        let body = try HCLParser.parse(#"""
        n = 1.5e3
        t = true
        z = null
        s = "tab\there \u00e9 $${literal} %%{x}"
        """#)
        guard case .number(1500) = body.attribute("n")?.expression.kind else { return XCTFail("number") }
        guard case .bool(true) = body.attribute("t")?.expression.kind else { return XCTFail("bool") }
        guard case .null = body.attribute("z")?.expression.kind else { return XCTFail("null") }
        guard case .string(let text) = body.attribute("s")?.expression.kind else { return XCTFail("string") }
        XCTAssertEqual(text, "tab\there é ${literal} %{x}")
    }

    func testCollectionsTraversalsSplatsAndCalls() throws {
        let body = try HCLParser.parse("""
        list = [1, "two",
          var.x,
        ]
        map = { a = 1, "b" : local.y
          c = aws_s3_bucket.b.id }
        ids = aws_instance.web[*].id
        legacy = aws_instance.web.*.id
        first = aws_instance.web[0].arn
        call = merge(local.tags, { Name = "x" }, var.list...)
        ns = provider::aws::arn_parse("arn")
        """)
        guard case .tuple(let elements) = body.attribute("list")?.expression.kind else { return XCTFail("list") }
        XCTAssertEqual(elements.count, 3)
        guard case .object(let items) = body.attribute("map")?.expression.kind else { return XCTFail("map") }
        XCTAssertEqual(items.count, 3)
        guard case .variable("aws_s3_bucket", let steps) = items[2].value.kind, steps.count == 2 else { return XCTFail("traversal") }
        guard case .variable("aws_instance", let splat) = body.attribute("ids")?.expression.kind,
              case .splat = splat[1] else { return XCTFail("splat") }
        guard case .variable(_, let legacy) = body.attribute("legacy")?.expression.kind, case .splat = legacy[1] else { return XCTFail("attribute splat") }
        guard case .variable(_, let indexed) = body.attribute("first")?.expression.kind, case .index = indexed[1] else { return XCTFail("index") }
        guard case .functionCall("merge", let arguments, true) = body.attribute("call")?.expression.kind else { return XCTFail("call") }
        XCTAssertEqual(arguments.count, 3)
        guard case .functionCall("provider::aws::arn_parse", _, false) = body.attribute("ns")?.expression.kind else { return XCTFail("namespaced") }
    }

    func testOperatorsPrecedenceConditionalsAndForExpressions() throws {
        let body = try HCLParser.parse("""
        a = 1 + 2 * 3 == 7 && !false || -var.n > 0
        c = var.env == "prod" ? 3 : 1
        l = [for s in var.list : upper(s) if s != ""]
        m = {for k, v in var.map : k => v...}
        """)
        guard case .binary(.or, let left, _) = body.attribute("a")?.expression.kind,
              case .binary(.and, let equality, _) = left.kind,
              case .binary(.equal, let sum, _) = equality.kind,
              case .binary(.add, _, let product) = sum.kind,
              case .binary(.multiply, _, _) = product.kind
        else { return XCTFail("precedence") }
        guard case .conditional = body.attribute("c")?.expression.kind else { return XCTFail("conditional") }
        guard case .forExpression(let list) = body.attribute("l")?.expression.kind else { return XCTFail("for list") }
        XCTAssertEqual(list.valueVariable, "s")
        XCTAssertNil(list.resultKey)
        XCTAssertNotNil(list.condition)
        guard case .forExpression(let map) = body.attribute("m")?.expression.kind else { return XCTFail("for map") }
        XCTAssertEqual(map.keyVariable, "k")
        XCTAssertTrue(map.grouped)
    }

    /// `for_each = {` with the `for` (and its `if`) on the following lines: the most common idiom.
    func testForExpressionsAfterNewlinesInsideBrackets() throws {
        let body = try HCLParser.parse("""
        resource "aws_s3_bucket" "b" {
          for_each = {

            for name, cfg in var.buckets : name => cfg
            if cfg.enabled
          }
          ids = [
            for s in var.subnets :
            s.id
          ]
          empty = {
          }
        }
        """)
        let resource = try XCTUnwrap(body.blocks.first)
        guard case .forExpression(let map) = resource.body.attribute("for_each")?.expression.kind else { return XCTFail("for_each") }
        XCTAssertEqual(map.keyVariable, "name")
        XCTAssertNotNil(map.condition)
        guard case .forExpression = resource.body.attribute("ids")?.expression.kind else { return XCTFail("ids") }
        guard case .object(let items) = resource.body.attribute("empty")?.expression.kind else { return XCTFail("empty") }
        XCTAssertTrue(items.isEmpty)
    }

    func testTemplatesWithInterpolationsAndDirectives() throws {
        let body = try HCLParser.parse("""
        greeting = "Hello, ${var.name}!"
        list = "%{ for ip in var.ips ~}
        server ${ip}
        %{~ endfor }"
        flag = "%{if var.on}yes%{else}no%{endif}"
        """.replacingOccurrences(of: "~}\nserver", with: "~} server").replacingOccurrences(of: "}\n%{~", with: "} %{~"))
        guard case .template(let parts) = body.attribute("greeting")?.expression.kind else { return XCTFail("template") }
        XCTAssertEqual(parts.count, 3)
        guard case .template(let loop) = body.attribute("list")?.expression.kind,
              case .forDirective(nil, "ip", _, let loopBody) = loop.first,
              case .text("server ") = loopBody.first
        else { return XCTFail("for directive with strip markers") }
        guard case .template(let flag) = body.attribute("flag")?.expression.kind,
              case .ifDirective(_, let then, let otherwise) = flag.first
        else { return XCTFail("if directive") }
        guard case .text("yes") = then.first, case .text("no") = otherwise.first else { return XCTFail("branches") }
    }

    func testHeredocsPlainAndIndented() throws {
        let body = try HCLParser.parse("""
        plain = <<EOF
        {"Action": "*"}
        EOF
        indented = <<-EOT
            line one
              line ${var.two}
            EOT
        after = 1
        """)
        guard case .string(let plain) = body.attribute("plain")?.expression.kind else { return XCTFail("plain heredoc") }
        XCTAssertEqual(plain, "{\"Action\": \"*\"}\n")
        let indented = try XCTUnwrap(body.attribute("indented")?.expression)
        guard case .template(let parts) = indented.kind, case .text("line one\n  line ") = parts.first else { return XCTFail("indented heredoc") }
        XCTAssertEqual(indented.line, 4)
        XCTAssertEqual(indented.endLine, 7)
        XCTAssertEqual(body.attribute("after")?.line, 8)
    }

    func testSyntaxErrorsNameTheirLine() {
        let cases: [(String, Int)] = [
            ("a = 1\nb = \n", 2),
            ("resource \"x\" \"y\" {\n  a = 1\n", 3),
            ("a = \"unterminated\nb = 2", 1),
            ("a = [1, 2\nb = 3", 2),
            ("a = 1\n/* never closed", 2),
            ("a = <<EOF\ntext\n", 1),
            ("a = \"${var.x\"", 1),
            ("a = 1 b = 2", 1),
            ("a = @", 1),
            ("}", 1),
        ]
        for (source, line) in cases {
            XCTAssertThrowsError(try HCLParser.parse(source), source) { error in
                XCTAssertEqual((error as? ParseProblem)?.line, line, "\(source): \(error)")
            }
        }
    }

    func testHostileNestingIsRejectedWithoutOverflow() {
        for (open, close) in [("[", "]"), ("{", "}"), ("(", ")"), ("!", "")] {
            let source = "a = " + String(repeating: open, count: 100_000) + "1" + String(repeating: close, count: 100_000)
            XCTAssertThrowsError(try HCLParser.parse(source)) { error in
                XCTAssertTrue((error as? ParseProblem)?.message.contains("nesting deeper") == true, "\(error)")
            }
        }
        let blocks = String(repeating: "b {\n", count: 100_000)
        XCTAssertThrowsError(try HCLParser.parse(blocks))
        let templates = "a = " + String(repeating: "\"${", count: 50_000)
        XCTAssertThrowsError(try HCLParser.parse(templates))
    }

    func testLargeInputParsesInLinearTime() throws {
        let resource = "resource \"aws_s3_bucket\" \"b%d\" {\n  bucket = \"name-${var.env}\"\n  tags = { a = 1, b = [1, 2] }\n}\n"
        let source = (0..<20_000).map { resource.replacingOccurrences(of: "%d", with: String($0)) }.joined()
        let start = Date()
        let body = try HCLParser.parse(source)
        XCTAssertEqual(body.blocks.count, 20_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testTemplateOfJSONStringKeepsPlainTextAndParsesInterpolations() throws {
        guard case .string("plain \"text\"") = try HCLParser.parseTemplate("plain \"text\"", line: 3).kind else { return XCTFail("plain") }
        let expression = try HCLParser.parseTemplate("${var.name}-bucket", line: 7)
        XCTAssertEqual(expression.line, 7)
        guard case .template(let parts) = expression.kind, case .interpolation = parts.first else { return XCTFail("interpolation") }
    }

    /// Random sequences of HCL fragments (deterministic seed) must parse or fail cleanly, never crash or hang.
    func testArbitraryFragmentSequencesNeverCrash() {
        let fragments = ["a", " = ", "\"", "${", "%{", "}", "{", "[", "]", "(", ")", "\n", "<<EOF\n", "<<-X\n", "EOF", "X",
                         "#", "//", "/*", "*/", "1.5", ",", ":", "?", "for", " in ", "if", "endif", "~", "\\", "...", ".", "*", "=>", "\u{00e9}"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<3_000 {
            var source = ""
            for _ in 0..<Int(seed % 40) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                source += fragments[Int((seed >> 33) % UInt64(fragments.count))]
            }
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            do {
                _ = try HCLParser.parse(source)
            } catch let error as ParseProblem {
                XCTAssertGreaterThanOrEqual(error.line, 1, source)
            } catch {
                XCTFail("unexpected error \(error) for \(source)")
            }
        }
    }
}
