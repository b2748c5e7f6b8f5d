extension SecretDetector {
    static let clojarsToken = SecretDetector(
        id: "SECRET-CLOJARS-TOKEN", title: "Clojars deploy token",
        grants: "publishing the account's Clojure libraries",
        revoke: "clojars.org › Deploy tokens, disable it",
        equivalents: [.gitleaks("clojars-api-token")],
        finder: TokenFormat(prefixes: ["CLOJARS_"], [.init(.lowerAlphanumeric, 60...60)]),
        triggering: [
            "↓CLOJARS_PASSWORD=CLOJARS_tttfk051a06kehxou9k9djw7jsh4a6slraqx0441xpcg2qj9hwfjsewghz9l",
            "# Clojars deploy token\nclient:\n↓  clojars_password: \"CLOJARS_tttfk051a06kehxou9k9djw7jsh4a6slraqx0441xpcg2qj9hwfjsewghz9l\"",
        ],
        nonTriggering: [
            "CLOJARS_PASSWORD=${CLOJARS_PASSWORD}",
            "CLOJARS_PASSWORD=CLOJARS_tttfk051a06kehxou9k9djw7jsh4a6slraqx0441xpcg2qj9hwfjsewghz9",
        ])
}
