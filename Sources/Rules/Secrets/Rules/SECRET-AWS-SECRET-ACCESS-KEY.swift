extension SecretDetector {
    static let awsSecretAccessKey = SecretDetector(
        id: "SECRET-AWS-SECRET-ACCESS-KEY", title: "AWS secret access key",
        grants: "the rights of the IAM user or role it belongs to, from anywhere",
        revoke: "IAM › Users › Security credentials, deactivate and delete the key pair",
        equivalents: [.gitleaks("aws-access-token"), .trufflehog("AWS")],
        finder: AWSSecretKey(),
        triggering: [
            "[default]\naws_access_key_id = AKIAX66S2O4A2QPOASTV\n↓aws_secret_access_key = Bi/sMb5aA0lU+Jdceww8Lz1u+1yFwA/2ITpl45pe",
            "↓AWS_SECRET_ACCESS_KEY=\"z9TeCBFV1o5E6oJWUM1ULz1u+1yFwA/2ITpl45pe\"",
        ],
        nonTriggering: [
            "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}",
            "# a build digest, nowhere near an AWS key\nsha = Bi/sMb5aA0lU+Jdceww8Lz1u+1yFwA/2ITpl45pe",
        ])
}
