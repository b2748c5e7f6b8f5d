extension SecretDetector {
    static let ageSecretKey = SecretDetector(
        id: "SECRET-AGE-SECRET-KEY", title: "age secret key",
        grants: "decrypting every file encrypted to its recipient (SOPS-encrypted secrets included)",
        revoke: "re-encrypt the files to a new age key and destroy this one",
        equivalents: [.gitleaks("age-secret-key")],
        finder: TokenFormat(prefixes: ["AGE-SECRET-KEY-1"], [.init(.bech32Upper, 58...58)]),
        triggering: [
            "↓SOPS_AGE_KEY=AGE-SECRET-KEY-1S39JY67EKY4AXUGSAYKU24Y9RZXPE99G65EF2FZCNZD2R7ZUCYZY9RJP52",
            "# age secret key\nclient:\n↓  sops_age_key: \"AGE-SECRET-KEY-1S39JY67EKY4AXUGSAYKU24Y9RZXPE99G65EF2FZCNZD2R7ZUCYZY9RJP52\"",
        ],
        nonTriggering: [
            "SOPS_AGE_KEY=${SOPS_AGE_KEY}",
            "SOPS_AGE_KEY=AGE-SECRET-KEY-1S39JY67EKY4AXUGSAYKU24Y9RZXPE99G65EF2FZCNZD2R7ZUCYZY9RJP5",
        ])
}
