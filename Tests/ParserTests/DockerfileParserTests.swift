import InfragateParsers
import XCTest

final class DockerfileParserTests: XCTestCase {
    // MARK: Lines, continuations, comments, directives

    func testContinuationsJoinLinesAndInstructionSpansThem() throws {
        let file = Dockerfile.parse("FROM alpine:3.20\nRUN apk add \\\n    curl \\\n    git\nUSER app\n")
        let stage = try XCTUnwrap(file.stages.first)
        XCTAssertEqual(stage.instructions.map(\.keyword), ["RUN", "USER"])
        let run = stage.instructions[0]
        XCTAssertEqual([run.line, run.endLine], [2, 4])
        XCTAssertEqual(run.arguments, "apk add     curl     git")
        XCTAssertEqual(stage.instructions[1].line, 5)
        XCTAssertEqual(file.problems, [])
    }

    func testCommentAndBlankLinesInsideAContinuationAreDropped() throws {
        let file = Dockerfile.parse("FROM alpine:3.20\nRUN apk add \\\n# the HTTP client\n    curl \\\n\n    git\nUSER app")
        let run = try XCTUnwrap(file.stages.first?.instructions.first)
        XCTAssertEqual(run.arguments, "apk add     curl     git")
        XCTAssertEqual([run.line, run.endLine], [2, 6])
    }

    func testEscapeDirectiveWithBacktickMakesBackslashLiteral() throws {
        let text = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY testfile.txt c:\\\nRUN dir c:\\ `\n    && echo done\n"
        let file = Dockerfile.parse(text)
        XCTAssertEqual(file.directives.escape, "`")
        let instructions = try XCTUnwrap(file.stages.first?.instructions)
        XCTAssertEqual(instructions.map(\.keyword), ["COPY", "RUN"])
        XCTAssertEqual(instructions[0].arguments, "testfile.txt c:\\")
        XCTAssertEqual([instructions[1].line, instructions[1].endLine], [4, 5])
        XCTAssertEqual(instructions[1].arguments, "dir c:\\     && echo done")
    }

    func testDirectivesAreOnlyReadAtTheTop() {
        let withSyntax = Dockerfile.parse("# syntax=docker/dockerfile:1.7\n# escape=`\nFROM alpine:3.20")
        XCTAssertEqual(withSyntax.directives, ParserDirectives(escape: "`", syntax: "docker/dockerfile:1.7"))
        let afterComment = Dockerfile.parse("# build the API\n# escape=`\nFROM alpine:3.20")
        XCTAssertEqual(afterComment.directives.escape, "\\")
        let afterInstruction = Dockerfile.parse("FROM alpine:3.20\n# escape=`\nRUN echo a")
        XCTAssertEqual(afterInstruction.directives.escape, "\\")
    }

    func testCarriageReturnLineEndings() throws {
        let file = Dockerfile.parse("FROM alpine:3.20\r\nRUN echo a \\\r\n  b\r\nUSER app\r\n")
        let run = try XCTUnwrap(file.stages.first?.instructions.first)
        XCTAssertEqual([run.line, run.endLine], [2, 3])
        XCTAssertEqual(run.arguments, "echo a   b")
        XCTAssertEqual(file.stages.first?.instructions.last?.arguments, "app")
    }

    func testKeywordsAreUppercased() {
        let file = Dockerfile.parse("from alpine:3.20 as base\nrun echo hi")
        XCTAssertEqual(file.stages.first?.from.keyword, "FROM")
        XCTAssertEqual(file.stages.first?.name, "base")
        XCTAssertEqual(file.stages.first?.instructions.first?.keyword, "RUN")
    }

    // MARK: Arguments

    func testExecFormAndShellForm() throws {
        let file = Dockerfile.parse("FROM nginx:1.27\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\nENTRYPOINT nginx -g 'daemon off;'\nRUN [\"echo\", 'single']")
        let instructions = try XCTUnwrap(file.stages.first?.instructions)
        XCTAssertEqual(instructions[0].execForm, ["nginx", "-g", "daemon off;"])
        XCTAssertNil(instructions[1].execForm)
        XCTAssertEqual(instructions[1].words, ["nginx", "-g", "daemon off;"])
        // Docker runs invalid JSON in shell form rather than rejecting it, so it is not a problem.
        XCTAssertNil(instructions[2].execForm)
        XCTAssertEqual(file.problems, [])
    }

    func testFlagsAreSplitOffTheArguments() throws {
        let text = """
            FROM --platform=linux/amd64 golang:1.22 AS build
            RUN --mount=type=cache,target=/root/.cache --network=none go build ./...
            COPY --from=build --chown=app:app --chmod=755 /out /app
            COPY --link src/ /src/
            """
        let file = Dockerfile.parse(text)
        let stage = try XCTUnwrap(file.stages.first)
        XCTAssertEqual(stage.platform, "linux/amd64")
        XCTAssertEqual(stage.from.arguments, "golang:1.22 AS build")
        let run = stage.instructions[0]
        XCTAssertEqual(run.flag("mount"), "type=cache,target=/root/.cache")
        XCTAssertEqual(run.flag("network"), "none")
        XCTAssertEqual(run.arguments, "go build ./...")
        let copy = stage.instructions[1]
        XCTAssertEqual(copy.flags, [
            InstructionFlag(name: "from", value: "build"), InstructionFlag(name: "chown", value: "app:app"),
            InstructionFlag(name: "chmod", value: "755"),
        ])
        XCTAssertEqual(copy.words, ["/out", "/app"])
        XCTAssertEqual(stage.instructions[2].flag("link"), "")
        XCTAssertNil(stage.instructions[2].flag("from"))
    }

    func testAssignmentsInEnvArgAndLegacyEnv() throws {
        let file = Dockerfile.parse("FROM alpine:3.20\nENV A=1 B=\"two words\" C=\\$HOME\nENV LEGACY some value\nARG NAME VERSION=1.0")
        let instructions = try XCTUnwrap(file.stages.first?.instructions)
        XCTAssertEqual(instructions[0].assignments, [
            Assignment(name: "A", value: "1"), Assignment(name: "B", value: "two words"), Assignment(name: "C", value: "$HOME"),
        ])
        XCTAssertEqual(instructions[1].assignments, [Assignment(name: "LEGACY", value: "some value")])
        XCTAssertEqual(instructions[2].assignments, [Assignment(name: "NAME", value: nil), Assignment(name: "VERSION", value: "1.0")])
    }

    // MARK: Heredocs

    func testHeredocBodyBelongsToTheInstruction() throws {
        let file = Dockerfile.parse("FROM alpine:3.20\nRUN <<EOF\napk add curl\n# not a Dockerfile comment\nEOF\nUSER app")
        let stage = try XCTUnwrap(file.stages.first)
        XCTAssertEqual(stage.instructions.map(\.keyword), ["RUN", "USER"])
        let run = stage.instructions[0]
        XCTAssertEqual([run.line, run.endLine], [2, 5])
        XCTAssertEqual(run.heredocs, [Heredoc(delimiter: "EOF", body: "apk add curl\n# not a Dockerfile comment", endLine: 5, stripsLeadingTabs: false, isQuoted: false)])
        XCTAssertEqual(stage.instructions[1].line, 6)
    }

    func testDashHeredocAndTwoHeredocsOnOneLine() throws {
        let file = Dockerfile.parse("FROM alpine:3.20\nCOPY <<-EOT /a.txt <<\"CONF\" /etc/b.conf\n\tfirst\n\tEOT\nkey=$value\nCONF\nUSER app")
        let copy = try XCTUnwrap(file.stages.first?.instructions.first)
        XCTAssertEqual(copy.heredocs.map(\.delimiter), ["EOT", "CONF"])
        XCTAssertEqual(copy.heredocs.map(\.body), ["first", "key=$value"])
        XCTAssertEqual(copy.heredocs.map(\.stripsLeadingTabs), [true, false])
        XCTAssertEqual(copy.heredocs.map(\.isQuoted), [false, true])
        XCTAssertEqual([copy.line, copy.endLine], [2, 6])
        XCTAssertEqual(file.stages.first?.instructions.last?.line, 7)
    }

    func testHereStringsAndQuotedMarkersAreNotHeredocs() throws {
        let file = Dockerfile.parse("FROM alpine:3.20\nRUN cat <<< hello\nRUN echo '<<EOF'\nUSER app")
        let instructions = try XCTUnwrap(file.stages.first?.instructions)
        XCTAssertEqual(instructions.map(\.keyword), ["RUN", "RUN", "USER"])
        XCTAssertTrue(instructions.allSatisfy(\.heredocs.isEmpty))
    }

    // MARK: Stages and variables

    func testMultiStageBuild() throws {
        let text = """
            FROM golang:1.22 AS Build
            RUN go build -o /out/app
            FROM build AS test
            RUN /out/app --self-test
            FROM scratch
            COPY --from=build /out/app /app
            """
        let file = Dockerfile.parse(text)
        XCTAssertEqual(file.stages.map(\.index), [0, 1, 2])
        XCTAssertEqual(file.stages.map(\.name), ["Build", "test", nil])
        XCTAssertEqual(file.stages[0].base, .image(ImageReference(parsing: "golang:1.22")))
        XCTAssertEqual(file.stages[1].base, .stage(index: 0, name: "Build"))
        XCTAssertEqual(file.stages[2].base, .scratch)
        XCTAssertEqual(file.stages[2].instructions.first?.flag("from"), "build")
        XCTAssertEqual(file.lineage(of: file.stages[1]).map(\.index), [1, 0])
        XCTAssertEqual(file.finalStage?.label, "2")
    }

    func testGlobalArgumentsResolveInFrom() throws {
        let text = """
            ARG REGISTRY=ghcr.io/acme
            ARG TAG=1.4
            ARG UNSET
            FROM ${REGISTRY}/api:${TAG:-latest} AS api
            FROM ubuntu:${UNSET:-24.04}
            FROM $UNSET
            FROM node:${TAG:+20}
            """
        let file = Dockerfile.parse(text)
        XCTAssertEqual(file.globalArguments.count, 3)
        guard case .image(let api) = file.stages[0].base else { return XCTFail("\(file.stages[0].base)") }
        XCTAssertEqual(api.registry, "ghcr.io")
        XCTAssertEqual(api.repository, "acme/api")
        XCTAssertEqual(api.tag, "1.4")
        XCTAssertEqual(file.stages[1].base, .image(ImageReference(parsing: "ubuntu:24.04")))
        XCTAssertEqual(file.stages[2].base, .unresolved("$UNSET"))
        XCTAssertEqual(file.stages[3].base, .image(ImageReference(parsing: "node:20")))
    }

    func testVariablesInsideStages() throws {
        let text = """
            ARG VERSION=1.0
            FROM alpine:3.20 AS base
            ENV APP_USER=app HOME_DIR=/home/app
            USER ${APP_USER}
            WORKDIR $HOME_DIR/data
            LABEL version=$VERSION
            ARG VERSION
            LABEL version=$VERSION
            ARG BUILD_USER
            USER $BUILD_USER
            RUN echo $APP_USER
            LABEL quoted='$APP_USER' escaped=\\$APP_USER set=${APP_USER:+yes}
            ENV APP_USER=other PREVIOUS=$APP_USER
            LABEL previous=$PREVIOUS
            FROM base
            USER $APP_USER
            """
        let file = Dockerfile.parse(text)
        let resolved = file.stages[0].instructions.map(\.resolvedWord)
        XCTAssertEqual(resolved[1], "app")
        XCTAssertEqual(resolved[2], "/home/app/data")
        XCTAssertNil(resolved[3], "a global ARG is not in scope until the stage declares it again")
        XCTAssertEqual(resolved[5], "version=1.0")
        XCTAssertNil(resolved[7], "an ARG without a value is unknown")
        XCTAssertEqual(resolved[8], "echo $APP_USER", "RUN is expanded by the shell, not by Docker")
        XCTAssertEqual(resolved[9], "quoted=$APP_USER escaped=$APP_USER set=yes", "quotes and escapes keep `$` literal")
        XCTAssertEqual(resolved[11], "previous=app", "one ENV expands with the values from before it")
        XCTAssertEqual(file.stages[1].instructions[0].resolvedWords, ["other"], "ENV is inherited through FROM <stage>")
    }

    /// The `USER` word of the last line as BuildKit substitutes it, after `lines` in one stage.
    private func lastWord(_ lines: String..., before: String = "") -> String? {
        let file = Dockerfile.parse(before + "FROM alpine:3.20\n" + lines.joined(separator: "\n"))
        return file.stages.last?.instructions.last?.resolvedWord
    }

    func testSubstitutionModifiersFollowBuildKit() {
        XCTAssertEqual(lastWord("ARG A", "USER ${A:-d}"), "d", "a declared ARG without value is unset")
        XCTAssertEqual(lastWord("ARG A", "USER ${A-d}"), "d")
        XCTAssertEqual(lastWord("ARG A", "USER x${A:+alt}x"), "xx")
        XCTAssertEqual(lastWord("ARG A", "USER x${A+alt}x"), "xx")
        XCTAssertEqual(lastWord("ARG E=", "USER ${E:-d}"), "d", "`:-` treats empty as unset")
        XCTAssertEqual(lastWord("ARG E=", "USER x${E-d}x"), "xx", "`-` keeps an empty value")
        XCTAssertEqual(lastWord("ARG E=", "USER x${E:+alt}x"), "xx")
        XCTAssertEqual(lastWord("ARG E=", "USER ${E+alt}"), "alt")
        XCTAssertEqual(lastWord("ARG V=v", "USER ${V:+alt}"), "alt")
        XCTAssertEqual(lastWord("ARG A", "ARG V=v", "USER ${A:-${V}}"), "v", "the default is itself substituted")
        XCTAssertEqual(lastWord("ARG E=", "USER $E"), "")
        XCTAssertNil(lastWord("ARG A", "USER $A"), "a build argument may set it")
        XCTAssertNil(lastWord("USER ${NOPE:-d}"), "an undeclared name may come from the base image's environment")
        XCTAssertNil(lastWord("ARG V=v", "USER ${V#v}"), "pattern removal is not modelled, so unknown")
        XCTAssertNil(lastWord("ARG V=v", "USER ${V:?}x${}"), "BuildKit refuses `${}`")
        XCTAssertNil(lastWord("ARG V=v", "USER ${V"), "an unclosed brace is refused")
        XCTAssertNil(lastWord("ARG V=v", "USER root$1"), "`$1` is a variable, not text")
    }

    func testQuotesEscapesAndValuesAreReadOnceAsBuildKitDoes() {
        XCTAssertEqual(lastWord("ARG V=v", "USER \\$V"), "$V")
        XCTAssertEqual(lastWord("ARG V=v", "USER \"\\$V\""), "$V")
        XCTAssertEqual(lastWord("ARG V=v", "USER '$V'"), "$V")
        XCTAssertEqual(lastWord("ARG V=v", "USER \"'$V'\""), "'v'", "a single quote inside double quotes is a character")
        XCTAssertEqual(lastWord("ARG Q='$V'", "ARG V=v", "USER $Q"), "$V", "a substituted value is not read again")
        XCTAssertEqual(lastWord("ENV Q=\"a b\"", "USER $Q"), "a b")
        XCTAssertEqual(lastWord("ENV Q a b", "USER $Q"), "a b", "legacy `ENV NAME value`")
        XCTAssertEqual(lastWord("USER ro\\ot"), "root")
        XCTAssertEqual(lastWord("USER \" root\""), " root", "quoted blanks stay")
        XCTAssertEqual(lastWord("USER r\"oo\"t"), "root")
        let backtick = Dockerfile.parse("# escape=`\nFROM alpine:3.20\nARG V=v\nUSER ro`ot \"`$V\\$V\"")
        XCTAssertEqual(backtick.stages[0].instructions.last?.resolvedWord, "root $V\\v", "the escape directive decides what escapes")
    }

    func testArgumentScopesFollowBuildKit() {
        XCTAssertEqual(lastWord("ARG G", "USER $G", before: "ARG G=root\n"), "root", "a bare ARG takes the global default")
        XCTAssertNil(lastWord("USER $G", before: "ARG G=root\n"), "a global ARG is not in a stage until declared there")
        XCTAssertEqual(lastWord("ARG U=a", "ENV U=b", "USER $U"), "b", "ENV overrides the ARG")
        XCTAssertEqual(lastWord("ENV U=b", "ARG U=a", "USER $U"), "a", "a later ARG replaces the value in BuildKit's state")
        let inherited = Dockerfile.parse("FROM alpine:3.20 AS base\nARG U=root\nENV E=env\nFROM base\nUSER $U:$E")
        XCTAssertEqual(inherited.stages[1].instructions.last?.resolvedWord, "root:env", "FROM <stage> starts with its ARGs and ENVs")
    }

    func testFileDefaultsTakeUndeclaredVariablesAsUnset() {
        let file = Dockerfile.parse("FROM alpine:3.20\nEXPOSE ${PORT:-22} $OTHER 80")
        let expose = file.stages[0].instructions[0]
        XCTAssertNil(expose.resolvedWords)
        XCTAssertEqual(expose.defaultResolvedWords, ["22", "", "80"])
    }

    func testParentOnbuildTriggersRunFirstInTheChildStage() {
        let file = Dockerfile.parse("FROM alpine:3.20 AS base\nENV U=root\nONBUILD USER $U\nFROM base\nCMD [\"sh\"]")
        let child = file.stages[1].instructions
        XCTAssertEqual(child.map(\.keyword), ["USER", "CMD"])
        XCTAssertEqual(child[0].line, 3, "at the ONBUILD's line")
        XCTAssertEqual(child[0].resolvedWord, "root", "substituted with the parent's variables")
        XCTAssertEqual(file.stages[0].instructions.map(\.keyword), ["ENV", "ONBUILD"], "the trigger does not run in its own stage")
        XCTAssertEqual(Dockerfile.parse("FROM alpine:3.20\nONBUILD FROM ubuntu").problems.map(\.line), [2])
        XCTAssertEqual(Dockerfile.parse("FROM alpine:3.20\nONBUILD ONBUILD RUN true").problems.map(\.line), [2])
    }

    func testDeeplyNestedSubstitutionIsUnknownNotACrash() {
        let nested = String(repeating: "${A:-", count: 5_000) + "x" + String(repeating: "}", count: 5_000)
        let file = Dockerfile.parse("FROM alpine:3.20\nUSER \(nested)")
        XCTAssertNil(file.stages.first?.instructions.first?.resolvedWord)
    }

    func testImageReferences() {
        let full = ImageReference(parsing: "localhost:5000/team/app:1.0@sha256:abc")
        XCTAssertEqual([full.registry, full.repository, full.tag, full.digest], ["localhost:5000", "team/app", "1.0", "sha256:abc"])
        let bare = ImageReference(parsing: "ubuntu")
        XCTAssertEqual([bare.registry, bare.tag, bare.digest], [nil, nil, nil])
        XCTAssertEqual(bare.dockerHubOfficialName, "ubuntu")
        XCTAssertEqual(ImageReference(parsing: "docker.io/library/ubuntu:24.04").dockerHubOfficialName, "ubuntu")
        XCTAssertNil(ImageReference(parsing: "ghcr.io/org/ubuntu:24.04").dockerHubOfficialName)
        XCTAssertNil(ImageReference(parsing: "bitnami/nginx").dockerHubOfficialName)
        XCTAssertEqual(ImageReference(parsing: "registry:5000/app").registry, "registry:5000")
        // Docker's grammar: an upper-case first component is a host (repositories are lower case).
        let upper = ImageReference(parsing: "Registry/app:1.0")
        XCTAssertEqual([upper.registry, upper.repository, upper.tag], ["Registry", "app", "1.0"])
        XCTAssertNil(upper.dockerHubOfficialName)
    }

    // MARK: Malformed input

    func testMalformedFilesAreReportedWithTheirLine() {
        XCTAssertEqual(Dockerfile.parse("").problems.map(\.line), [1])
        XCTAssertEqual(Dockerfile.parse("# only a comment\n").problems.map(\.line), [1])
        XCTAssertEqual(Dockerfile.parse("ARG A=1\nRUN echo\nFROM alpine:3.20").problems.map(\.line), [2])
        XCTAssertEqual(Dockerfile.parse("FROM alpine:3.20\nRUN <<EOF\necho never closed").problems.map(\.line), [2])
        XCTAssertEqual(Dockerfile.parse("FROM alpine:3.20\nFOO bar").problems.map(\.line), [2])
        XCTAssertEqual(Dockerfile.parse("# escape=x\nFROM alpine:3.20").problems.map(\.line), [1])
        XCTAssertEqual(Dockerfile.parse("FROM\nRUN true").problems.map(\.line), [1])
        XCTAssertEqual(Dockerfile.parse("# syntax=docker/dockerfile:1.7-labs\nFROM alpine:3.20").problems, [])
        XCTAssertEqual(Dockerfile.parse("# syntax=ghcr.io/someone/frontend:1\nFROM alpine:3.20").problems.map(\.line), [1])
    }

    func testUnterminatedHeredocSpansToTheEnd() throws {
        let file = Dockerfile.parse("FROM alpine:3.20\nRUN <<EOF\necho a\necho b")
        let run = try XCTUnwrap(file.stages.first?.instructions.first)
        XCTAssertEqual([run.line, run.endLine], [2, 4])
    }

    func testRepeatedProblemsAreCountedNotRepeated() {
        let text = "FROM alpine:3.20\n" + String(repeating: "BOGUS x\n", count: 1_000)
        let problems = Dockerfile.parse(text).problems
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.line, 2)
        XCTAssertTrue(problems.first?.message.contains("999 more") == true)
    }

    func testBinaryLookingInputDoesNotCrash() {
        let noise = String(decoding: (0..<4_096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, as: UTF8.self)
        let file = Dockerfile.parse(noise + "\nFROM \u{0}\u{FFFD}\\\n")
        XCTAssertFalse(file.problems.isEmpty)
    }

    func testTwoMebibyteInputParsesInLinearTime() {
        let block = """
            RUN apt-get update \\
                && apt-get install -y --no-install-recommends curl=7.88.1 \\
                && rm -rf /var/lib/apt/lists/*
            COPY <<EOF /etc/app.conf
            key=value
            EOF
            ENV A_${"VAR"}=1 B=two

            """
        let text = "ARG BASE=alpine:3.20\nFROM $BASE\n" + String(repeating: block, count: 2 * 1_024 * 1_024 / block.utf8.count)
        let start = Date()
        let file = Dockerfile.parse(text)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(file.problems, [])
        XCTAssertGreaterThan(file.stages.first?.instructions.count ?? 0, 30_000)
        XCTAssertLessThan(elapsed, 10, "2 MiB took \(elapsed) s")
    }

    func testInheritedTriggersAreBoundedNotMultiplied() {
        let triggers = String(repeating: "ONBUILD RUN true\n", count: 30_000)
        let children = String(repeating: "FROM base\n", count: 30_000)
        let start = Date()
        let file = Dockerfile.parse("FROM alpine:3.20 AS base\n" + triggers + children)
        let elapsed = Date().timeIntervalSince(start)
        // The budget is the instruction count (60 001): two children take 30 000 each, the third runs out.
        XCTAssertEqual(file.problems.map(\.line), [30_004], "refused at the stage past the budget")
        XCTAssertEqual(file.stages[1].instructions.count, 30_000, "triggers up to the budget still run")
        XCTAssertLessThan(elapsed, 10, "took \(elapsed) s")
    }

    func testPathologicalShapesStayLinear() {
        let manyStages = (0..<60_000).map { "FROM s\($0 / 2) AS s\($0)\n" }.joined()
        let oneLongInstruction = "FROM alpine:3.20\nRUN true" + String(repeating: " \\\n && echo a", count: 150_000)
        let manyHeredocs = "FROM alpine:3.20\nRUN " + String(repeating: "<<A ", count: 50_000) + "\n" + String(repeating: "x\nA\n", count: 50_000)
        for text in [manyStages, oneLongInstruction, manyHeredocs] {
            let start = Date()
            let file = Dockerfile.parse(text)
            let elapsed = Date().timeIntervalSince(start)
            XCTAssertEqual(file.problems, [])
            XCTAssertLessThan(elapsed, 10, "\(text.utf8.count) bytes took \(elapsed) s")
        }
    }
}
